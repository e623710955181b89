import type { Role } from '../access/people';
import type { BulkInviteResult, SentInvite } from '../wix/invites';
import { apiKeyStatus, connectApiKey, disconnectApiKey, type ConnectOutcome, type KeyStatus } from './api-key/connection';
import { appKeyServices } from './backend-context';
import { endDuePasses } from './auto-end/task-overdue';
import { requireManager } from './identity/guard';
import { whoAmI, type Me } from './identity/who-am-i';
import { openingRecords, type Opening } from './opening/opening-records';
import { myPasses } from './passes/my-passes';
import { extendPassAsCaller, revokePassAsCaller } from './passes/pass-actions';
import type { Grant } from '../access/support-pass';
import { settle, type BackendResult } from './backend-result';
import type { BackendPlatform } from './platform';
import type { AccessRequest } from '../access/requests/access-request';
import { approveAccessRequest, declineAccessRequest, provisionAgain, requestInviteSent } from './requests/decide-request';
import { myAccessRequests } from './requests/my-requests';
import type { Provisioned } from './requests/provision-request';
import { submitAccessRequest } from './requests/submit-request';
import { setRequestPolicy } from './requests/request-policy';
import { withdrawAccessRequest } from './requests/withdraw-request';
import type { RequestPolicy } from '../access/requests/access-request';
import type { LogCheck } from '../access/log-verify';
import type { Appended } from './log/append-log';
import { signedIn } from './log/log-methods';
import { keyProblem } from './api-key/key-check';
import { nameRole } from './roles/owner-named-roles';

/**
 * Everything the page asks of the app's backend. In Wix each is a web method (`site-access.web.ts`);
 * locally the same functions answer over HTTP beside the emulator (`local/backend-host.ts`).
 * Every answer is JSON: a value, or the Wix failure as data.
 */
export interface BackendApi {
  /** Whether the owner's key came with the call (the owner's page holds it; nothing is kept on the site). */
  apiKeyStatus(key?: string): Promise<BackendResult<KeyStatus>>;
  connectApiKey(key: string): Promise<BackendResult<ConnectOutcome>>;
  disconnectApiKey(): Promise<BackendResult<KeyStatus>>;
  /** Site invites with the connected key (Wix lets no other identity send them). */
  sendInvites(roleId: string, emails: string[], purpose?: string, key?: string): Promise<BackendResult<BulkInviteResult>>;
  resendInvite(inviteId: string, key?: string): Promise<BackendResult<SentInvite>>;
  revokeInvite(inviteId: string, key?: string): Promise<BackendResult<null>>;
  /** The roles the owner named, and Wix's roles catalogue (Get Roles Info) with the owner's key. */
  rolesCatalogue(key?: string): Promise<BackendResult<Role[]>>;
  /** Ends the due passes set to end by themselves (the page asks when it opens, in case an event was missed); how many ended. */
  endDuePasses(key?: string): Promise<BackendResult<number>>;
  /** Who is signed in, and whether they may change access. */
  whoAmI(): Promise<BackendResult<Me>>;
  /** Who is signed in and, for a manager, the app's records the page opens with (one request on open, not one per list and page). */
  openingRecords(key?: string): Promise<BackendResult<Opening>>;
  /** Extends a pass after checking the caller and the pass's current state (`expiresAt` as ISO). */
  extendPass(grantId: string, expiresAt: string, reason: string): Promise<BackendResult<Grant>>;
  /** Revokes a pass after checking the caller and the pass's current state. */
  revokePass(grantId: string, key?: string): Promise<BackendResult<Grant>>;
  /** The caller's own support passes, read-only. */
  myPasses(): Promise<BackendResult<Grant[]>>;
  /** A signed-in contributor asks for access; the requester is whoever the token names. */
  submitAccessRequest(input: unknown): Promise<BackendResult<{ request: AccessRequest; ownerTask: boolean }>>;
  /** The owner or a co-owner approves (not their own request, not for themselves), then the access is set up. */
  approveAccessRequest(requestId: string, roleTitle: string, reason: string, key?: string): Promise<BackendResult<Provisioned>>;
  declineAccessRequest(requestId: string, reason: string): Promise<BackendResult<AccessRequest>>;
  /** Sets up approved access again after a failure. */
  provisionAccessRequest(requestId: string, key?: string): Promise<BackendResult<Provisioned>>;
  /** Guided permanent access: the owner sent the invite in Roles & Permissions. */
  requestInviteSent(requestId: string): Promise<BackendResult<AccessRequest>>;
  /** The caller's own requests and their outcomes. */
  myAccessRequests(): Promise<BackendResult<AccessRequest[]>>;
  /** The site owner (only) sets whether requests need a second approver. */
  setRequestPolicy(secondApproval: boolean): Promise<BackendResult<RequestPolicy>>;
  /** The requester takes back their open request. */
  withdrawAccessRequest(requestId: string): Promise<BackendResult<AccessRequest>>;
  /** Appends entries to the access log: the backend numbers, hashes and inserts them (per entry: stored or why not). */
  appendLog(entries: unknown[]): Promise<BackendResult<Appended[]>>;
  /** Walks the access log's hash chain, 1,000 entries a query: intact, or the first entry changed, inserted or removed. */
  verifyLog(): Promise<BackendResult<LogCheck>>;
  /** The site owner names a role id as Roles & Permissions shows it (Wix documents only the Owner's and Co-Owner's ids). */
  nameRole(roleId: string, title: string): Promise<BackendResult<Role>>;
}

/** The entries with `actor` set to the verified caller (anything not an entry is left for the schema to refuse). */
const withActor = (entries: unknown[], actor: string): unknown[] =>
  Array.isArray(entries) ? entries.map((entry: unknown) => (typeof entry === 'object' && entry !== null ? { ...entry, actor } : entry)) : entries;

/** A web method's optional text argument: JSON turns a missing one into null, which Wix does not take. */
const textOrNothing = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * The platform for one call: with the owner's key when the page sent one (a string that can be a key). Only
 * methods a manager may call use it; the key is never stored, logged or answered.
 */
const withKey = (platform: BackendPlatform, apiKey: unknown): BackendPlatform =>
  typeof apiKey === 'string' && keyProblem(apiKey) === null ? { ...platform, apiKey: apiKey.trim() } : platform;

export function backendApi(platform: BackendPlatform): BackendApi {
  const key = appKeyServices(platform);
  const keyed = (apiKey: unknown) => appKeyServices(withKey(platform, apiKey));
  // Only the owner or a co-owner: checked in the backend before the work, whoever calls.
  const asManager = async <T>(what: string, work: (me: Me) => Promise<BackendResult<T>>): Promise<BackendResult<T>> => {
    const allowed = await settle(what, () => requireManager(platform, what));
    return allowed.ok ? work(allowed.value) : allowed;
  };
  return {
    apiKeyStatus: (apiKey) => settle('check the API key', async () => apiKeyStatus(withKey(platform, apiKey))),
    connectApiKey: (apiKey) => asManager('connect an API key', () => settle('connect the API key', () => connectApiKey(platform, apiKey))),
    disconnectApiKey: () => asManager('disconnect the API key', (me) => settle('disconnect the API key', () => disconnectApiKey(platform, me.name))),
    sendInvites: (roleId, emails, purpose, apiKey) => asManager('send invites', () => keyed(apiKey).sendInvites(roleId, emails, textOrNothing(purpose))),
    resendInvite: (inviteId, apiKey) => asManager('resend an invite', () => keyed(apiKey).resendInvite(inviteId)),
    revokeInvite: (inviteId, apiKey) => asManager('cancel an invite', () => keyed(apiKey).revokeInvite(inviteId)),
    // A read: refused to anyone but the owner or a co-owner, without a "refused" log line for every page open.
    rolesCatalogue: async (apiKey) => {
      const me = await settle('load the site roles', () => whoAmI(platform));
      if (!me.ok) return me;
      if (!me.value.canManage) return { ok: false, error: { kind: 'not-allowed', message: 'Only the site owner or a co-owner can load the site roles.' } };
      return keyed(apiKey).rolesCatalogue();
    },
    // Anyone signed in may make the backend end what is due (the vendor's own page too): it does only what the owner set.
    endDuePasses: (apiKey) => signedIn(platform, 'end the passes that are due', () => settle('end the passes that are due', () => endDuePasses(withKey(platform, apiKey)))),
    whoAmI: () => settle('find out who is signed in', () => whoAmI(platform)),
    openingRecords: (apiKey) => settle('find out who is signed in', () => openingRecords(withKey(platform, apiKey))),
    extendPass: (grantId, expiresAt, reason) => settle('extend the pass', () => extendPassAsCaller(platform, grantId, expiresAt, reason)),
    revokePass: (grantId, apiKey) => settle('revoke the pass', () => revokePassAsCaller(withKey(platform, apiKey), grantId)),
    myPasses: () => settle('load your support passes', () => myPasses(platform)),
    submitAccessRequest: (input) => settle('send the access request', () => submitAccessRequest(platform, input)),
    approveAccessRequest: (id, roleTitle, reason, apiKey) => settle('approve the access request', () => approveAccessRequest(withKey(platform, apiKey), id, roleTitle, reason)),
    declineAccessRequest: (id, reason) => settle('decline the access request', () => declineAccessRequest(platform, id, reason)),
    provisionAccessRequest: (id, apiKey) => settle('set up the requested access', () => provisionAgain(withKey(platform, apiKey), id)),
    requestInviteSent: (id) => settle('record the invite', () => requestInviteSent(platform, id)),
    myAccessRequests: () => settle('load your access requests', () => myAccessRequests(platform)),
    withdrawAccessRequest: (id) => settle('withdraw the access request', () => withdrawAccessRequest(platform, id)),
    setRequestPolicy: (secondApproval) => settle('change how access requests are approved', () => setRequestPolicy(platform, secondApproval)),
    // Only who may write the log collection (PRIVILEGED: owner, co-owners) may append to it through the page.
    // Each entry is signed with who the backend verified is signed in, whatever name the page wrote.
    appendLog: (entries) => asManager('write the access log', (me) => key.appendLog(withActor(entries, me.name))),
    verifyLog: () => signedIn(platform, 'verify the access log', () => key.verifyLog()),
    nameRole: (roleId, title) => settle('name the role', () => nameRole(platform, roleId, title)),
  };
}
