import type { CommandAnswers, CommandName, COMMANDS } from '../contract/commands';
import type { Me } from '../contract/me';
import type { z } from '../access/zod';
import { apiKeyStatus, connectApiKey, disconnectApiKey } from './api-key/connection';
import { endDuePasses } from './auto-end/task-overdue';
import { appKeyServices } from './backend-context';
import { unwrapResult } from './backend-result';
import { openingRecords } from './opening/opening-records';
import { myPasses } from './passes/my-passes';
import { extendPassAsCaller, revokePassAsCaller } from './passes/pass-actions';
import { grantPassAsCaller, retryPassInvite } from './passes/grant-pass';
import { declineVendorRequest, passInviteCancelled, passInviteSent } from './passes/owner-said';
import type { BackendPlatform } from './platform';
import { approveAccessRequest, declineAccessRequest, provisionAgain, requestInviteSent } from './requests/decide-request';
import { myAccessRequests } from './requests/my-requests';
import { setRequestPolicy } from './requests/request-policy';
import { NOT_ON_SITE, submitAccessRequest } from './requests/submit-request';
import { withdrawAccessRequest } from './requests/withdraw-request';
import { nameRole } from './roles/owner-named-roles';
import { whoAmI } from './identity/who-am-i';
import { removePeople } from './people/remove-people';

/**
 * Who may send a command, checked by the backend before its handler runs (`run-command.ts`):
 * - `anyone`: answers everyone (who is signed in; the opening answers records only to a manager);
 * - `signed-in`: anyone Wix signed in to the site's dashboard (the handler limits them to their own things);
 * - `manager`: the site owner or a co-owner; a refusal is logged;
 * - `manager-read`: the same for a read, refused without a log line (it is asked on every page open);
 * - `owner`: the site owner only; a refusal is logged.
 */
export type Guard = 'anyone' | 'signed-in' | 'manager' | 'manager-read' | 'owner';

/** One call of a command: the platform (with the owner's key when the page sent one) and the verified caller. */
export interface Call {
  platform: BackendPlatform;
  me: Me;
}

type Handler<N extends CommandName, C> = (call: C, ...args: z.output<(typeof COMMANDS)[N]['args']>) => Promise<CommandAnswers[N]>;

/** A command answering anyone gets no verified caller (Wix is not asked who it is unless the handler asks). */
export type Command<N extends CommandName = CommandName> = {
  /** What the command does, as a refusal or a failure words it ("… to <what>"). */
  what: string;
  /** What a caller Wix does not sign in is told, when "Sign in to the site's dashboard to <what>" is not enough. */
  notSignedIn?: string;
} & ({ guard: 'anyone'; run: Handler<N, Pick<Call, 'platform'>> } | { guard: Exclude<Guard, 'anyone'>; run: Handler<N, Call> });

type CommandTable = { [N in CommandName]: Command<N> };

const keyed = ({ platform }: Call) => appKeyServices(platform);
/** A web method's optional text: JSON turns a missing one into null, which Wix does not take. */
const textOrNothing = (value: string | null | undefined) => (value ? value : undefined);

/** Every command, with its guard and handler. A command the contract lists without an entry here fails the type check. */
export const COMMAND_TABLE: CommandTable = {
  whoAmI: { guard: 'anyone', what: 'find out who is signed in', run: ({ platform }) => whoAmI(platform) },
  openingRecords: { guard: 'anyone', what: 'find out who is signed in', run: ({ platform }) => openingRecords(platform) },
  apiKeyStatus: { guard: 'anyone', what: 'check the API key', run: async ({ platform }) => apiKeyStatus(platform) },
  connectApiKey: { guard: 'manager', what: 'connect an API key', run: ({ platform }, key) => connectApiKey(platform, key) },
  disconnectApiKey: { guard: 'manager', what: 'disconnect the API key', run: ({ platform, me }) => disconnectApiKey(platform, me.name) },
  sendInvites: {
    guard: 'manager',
    what: 'send invites',
    run: (call, roleId, emails, purpose) => unwrapResult(keyed(call).sendInvites(roleId, emails, textOrNothing(purpose))),
  },
  resendInvite: { guard: 'manager', what: 'resend an invite', run: (call, inviteId) => unwrapResult(keyed(call).resendInvite(inviteId)) },
  revokeInvite: { guard: 'manager', what: 'cancel an invite', run: (call, inviteId) => unwrapResult(keyed(call).revokeInvite(inviteId)) },
  rolesCatalogue: { guard: 'manager-read', what: 'load the site roles', run: (call) => unwrapResult(keyed(call).rolesCatalogue()) },
  nameRole: { guard: 'owner', what: 'name roles', run: nameRole },
  // Anyone signed in may make the backend end what is due (the vendor's own page too): it does only what the owner set.
  endDuePasses: { guard: 'signed-in', what: 'end the passes that are due', run: ({ platform }) => endDuePasses(platform) },
  grantPass: { guard: 'manager', what: 'give support access', run: grantPassAsCaller },
  retryPassInvite: { guard: 'manager', what: 'send the invite again', run: retryPassInvite },
  passInviteSent: { guard: 'manager', what: 'record the invite you sent', run: passInviteSent },
  passInviteCancelled: { guard: 'manager', what: 'close the pass', run: passInviteCancelled },
  declineVendorRequest: { guard: 'manager', what: 'decline the request', run: declineVendorRequest },
  // Bulk removal: one by one in this process, each guarded (owner, last admin, counting the removals before it) and logged.
  removePeople: { guard: 'manager', what: 'remove people', run: removePeople },
  extendPass: { guard: 'manager', what: 'extend a support pass', run: extendPassAsCaller },
  revokePass: { guard: 'manager', what: 'revoke a support pass', run: revokePassAsCaller },
  myPasses: { guard: 'signed-in', what: 'load your support passes', run: ({ platform }) => myPasses(platform) },
  submitAccessRequest: {
    guard: 'signed-in',
    what: 'send the access request',
    notSignedIn: NOT_ON_SITE,
    run: ({ platform }, input) => submitAccessRequest(platform, input),
  },
  approveAccessRequest: { guard: 'manager', what: 'approve an access request', run: approveAccessRequest },
  declineAccessRequest: { guard: 'manager', what: 'decline an access request', run: declineAccessRequest },
  provisionAccessRequest: { guard: 'manager', what: 'set up the requested access', run: provisionAgain },
  requestInviteSent: { guard: 'manager', what: 'record the invite', run: requestInviteSent },
  myAccessRequests: { guard: 'signed-in', what: 'load your access requests', run: ({ platform }) => myAccessRequests(platform) },
  setRequestPolicy: { guard: 'owner', what: 'change how access requests are approved', run: setRequestPolicy },
  // The requester only: the handler checks the request is the caller's own.
  withdrawAccessRequest: {
    guard: 'signed-in',
    what: 'withdraw the access request',
    run: ({ platform }, requestId) => withdrawAccessRequest(platform, requestId),
  },
  // Each entry is signed with who the backend verified is signed in, whatever name the page wrote, and
  // stamped with the backend's clock, whatever time the page wrote (nothing backdated or pinned on top).
  appendLog: {
    guard: 'manager',
    what: 'write the access log',
    run: (call, entries) => unwrapResult(keyed(call).appendLog(signed(entries, call.me.name, call.platform.now()))),
  },
  verifyLog: { guard: 'signed-in', what: 'verify the access log', run: (call) => unwrapResult(keyed(call).verifyLog()) },
};

/** The entries with `actor` set to the verified caller and `at` to now (anything not an entry is left for the schema to refuse). */
const signed = (entries: unknown[], actor: string, now: Date): unknown[] =>
  entries.map((entry: unknown) => (typeof entry === 'object' && entry !== null ? { ...entry, actor, at: now } : entry));
