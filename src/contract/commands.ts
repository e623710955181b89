import { z } from '../access/zod';
import type { Role } from '../access/people';
import type { AccessRequest, RequestPolicy } from '../access/requests/access-request';
import type { LogCheck } from '../access/log-verify';
import type { Grant } from '../access/support-pass';
import type { BulkInviteResult, SentInvite } from '../wix/invites';
import type { Appended, ConnectOutcome, KeyStatus, Opening, Provisioned } from './answers';
import type { Me } from './me';
import { removePeopleInputSchema, type BulkRemovalResult } from './people';
import { declineInputSchema, grantInputSchema, type GrantAnswer } from './passes';
import type { BackendResult } from './result';

// JSON turns a missing argument into null: optional text is text, null or absent.
const text = z.string();
const optionalText = z.optional(z.nullable(z.string()));
const id = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Every command the page may send the backend, by name: its arguments (checked by the backend before
 * anything runs) and whether the owner's account API key follows them (the owner's page holds the key and
 * adds it as the argument after these; nothing keeps it on the site). The backend's table
 * (`src/backend/commands.ts`) gives each one its guard and handler; the types below say what each answers.
 */
export const COMMANDS = {
  whoAmI: { args: z.tuple([]), key: false },
  openingRecords: { args: z.tuple([]), key: true },
  apiKeyStatus: { args: z.tuple([]), key: true },
  connectApiKey: { args: z.tuple([z.unknown()]), key: false },
  disconnectApiKey: { args: z.tuple([]), key: false },
  sendInvites: { args: z.tuple([id, z.array(text).check(z.maxLength(1000)), optionalText]), key: true },
  resendInvite: { args: z.tuple([id]), key: true },
  revokeInvite: { args: z.tuple([id]), key: true },
  rolesCatalogue: { args: z.tuple([]), key: true },
  nameRole: { args: z.tuple([z.unknown(), z.unknown()]), key: false },
  endDuePasses: { args: z.tuple([]), key: true },
  grantPass: { args: z.tuple([grantInputSchema]), key: true },
  retryPassInvite: { args: z.tuple([id]), key: true },
  passInviteSent: { args: z.tuple([id]), key: false },
  passInviteCancelled: { args: z.tuple([id]), key: false },
  declineVendorRequest: { args: z.tuple([declineInputSchema]), key: false },
  extendPass: { args: z.tuple([id, text, text]), key: false },
  removePeople: { args: z.tuple([removePeopleInputSchema]), key: true },
  revokePass: { args: z.tuple([id]), key: true },
  myPasses: { args: z.tuple([]), key: false },
  submitAccessRequest: { args: z.tuple([z.unknown()]), key: false },
  approveAccessRequest: { args: z.tuple([id, z.unknown(), z.unknown()]), key: true },
  declineAccessRequest: { args: z.tuple([id, z.unknown()]), key: false },
  provisionAccessRequest: { args: z.tuple([id]), key: true },
  requestInviteSent: { args: z.tuple([id]), key: false },
  myAccessRequests: { args: z.tuple([]), key: false },
  setRequestPolicy: { args: z.tuple([z.unknown()]), key: false },
  withdrawAccessRequest: { args: z.tuple([id]), key: false },
  appendLog: { args: z.tuple([z.array(z.unknown()).check(z.maxLength(10_000))]), key: false },
  verifyLog: { args: z.tuple([]), key: false },
} as const;

export type CommandName = keyof typeof COMMANDS;

/** What each command answers when it succeeds. */
export interface CommandAnswers {
  whoAmI: Me;
  openingRecords: Opening;
  apiKeyStatus: KeyStatus;
  connectApiKey: ConnectOutcome;
  disconnectApiKey: KeyStatus;
  sendInvites: BulkInviteResult;
  resendInvite: SentInvite;
  revokeInvite: null;
  rolesCatalogue: Role[];
  nameRole: Role;
  endDuePasses: number;
  grantPass: GrantAnswer;
  retryPassInvite: GrantAnswer;
  passInviteSent: Grant;
  passInviteCancelled: Grant;
  declineVendorRequest: null;
  extendPass: Grant;
  removePeople: BulkRemovalResult;
  revokePass: Grant;
  myPasses: Grant[];
  submitAccessRequest: { request: AccessRequest; ownerTask: boolean };
  approveAccessRequest: Provisioned;
  declineAccessRequest: AccessRequest;
  provisionAccessRequest: Provisioned;
  requestInviteSent: AccessRequest;
  myAccessRequests: AccessRequest[];
  setRequestPolicy: RequestPolicy;
  withdrawAccessRequest: AccessRequest;
  appendLog: Appended[];
  verifyLog: LogCheck;
}

/** A command's arguments as the page passes them (the key, for a command that takes one, is added by the page's key holder). */
export type CommandArgs<N extends CommandName> = z.input<(typeof COMMANDS)[N]['args']>;

/** The backend as the page calls it: one method per command, each answering its value or why not. */
export type Backend = {
  [N in CommandName]: (...args: [...CommandArgs<N>, key?: string]) => Promise<BackendResult<CommandAnswers[N]>>;
};

/** Sends one command: in Wix the `command` web method, locally an HTTP call beside the emulator. */
export type SendCommand = (name: CommandName, args: unknown[]) => Promise<unknown>;

export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];

export const isCommand = (name: unknown): name is CommandName => typeof name === 'string' && Object.hasOwn(COMMANDS, name);

/** Where a command's key goes: the argument after its own (null for a command that takes none). */
export const keyPosition = (name: CommandName): number | null => (COMMANDS[name].key ? COMMANDS[name].args.def.items.length : null);

/** The page's backend: each method sends its command with its arguments as they are. */
export function commandClient(send: SendCommand): Backend {
  return Object.fromEntries(COMMAND_NAMES.map((name) => [name, (...args: unknown[]) => send(name, args)])) as unknown as Backend;
}
