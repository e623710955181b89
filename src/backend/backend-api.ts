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

/**
 * Everything the page asks of the app's backend. In Wix each is a web method (`site-access.web.ts`);
 * locally the same functions answer over HTTP beside the emulator (`local/backend-host.ts`).
 * Every answer is JSON: a value, or the Wix failure as data.
 */
export interface BackendApi {
  apiKeyStatus(): Promise<BackendResult<KeyStatus>>;
  connectApiKey(key: string): Promise<BackendResult<ConnectOutcome>>;
  disconnectApiKey(): Promise<BackendResult<KeyStatus>>;
  /** Site invites with the connected key (Wix lets no other identity send them). */
  sendInvites(roleId: string, emails: string[], purpose?: string): Promise<BackendResult<BulkInviteResult>>;
  resendInvite(inviteId: string): Promise<BackendResult<SentInvite>>;
  revokeInvite(inviteId: string): Promise<BackendResult<null>>;
  /** Wix's roles catalogue (Get Roles Info), with the connected key. */
  rolesCatalogue(): Promise<BackendResult<Role[]>>;
  /** Ends the due passes set to end by themselves (the page asks when it opens, in case an event was missed); how many ended. */
  endDuePasses(): Promise<BackendResult<number>>;
  /** Who is signed in, and whether they may change access. */
  whoAmI(): Promise<BackendResult<Me>>;
  /** Who is signed in and, for a manager, the app's records the page opens with (one request on open, not one per list and page). */
  openingRecords(): Promise<BackendResult<Opening>>;
  /** Extends a pass after checking the caller and the pass's current state (`expiresAt` as ISO). */
  extendPass(grantId: string, expiresAt: string, reason: string): Promise<BackendResult<Grant>>;
  /** Revokes a pass after checking the caller and the pass's current state. */
  revokePass(grantId: string): Promise<BackendResult<Grant>>;
  /** The caller's own support passes, read-only. */
  myPasses(): Promise<BackendResult<Grant[]>>;
  /** A signed-in contributor asks for access; the requester is whoever the token names. */
  submitAccessRequest(input: unknown): Promise<BackendResult<{ request: AccessRequest; ownerTask: boolean }>>;
  /** The owner or a co-owner approves (not their own request, not for themselves), then the access is set up. */
  approveAccessRequest(requestId: string, roleTitle: string, reason: string): Promise<BackendResult<Provisioned>>;
  declineAccessRequest(requestId: string, reason: string): Promise<BackendResult<AccessRequest>>;
  /** Sets up approved access again after a failure. */
  provisionAccessRequest(requestId: string): Promise<BackendResult<Provisioned>>;
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
}

/** The entries with `actor` set to the verified caller (anything not an entry is left for the schema to refuse). */
const withActor = (entries: unknown[], actor: string): unknown[] =>
  Array.isArray(entries) ? entries.map((entry: unknown) => (typeof entry === 'object' && entry !== null ? { ...entry, actor } : entry)) : entries;

/** A web method's optional text argument: JSON turns a missing one into null, which Wix does not take. */
const textOrNothing = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function backendApi(platform: BackendPlatform): BackendApi {
  const key = appKeyServices(platform);
  // Only the owner or a co-owner: checked in the backend before the work, whoever calls.
  const asManager = async <T>(what: string, work: (me: Me) => Promise<BackendResult<T>>): Promise<BackendResult<T>> => {
    const allowed = await settle(what, () => requireManager(platform, what));
    return allowed.ok ? work(allowed.value) : allowed;
  };
  return {
    apiKeyStatus: () => settle('check the API key', () => apiKeyStatus(platform)),
    connectApiKey: (apiKey) => asManager('connect an API key', () => settle('connect the API key', () => connectApiKey(platform, apiKey))),
    disconnectApiKey: () => asManager('disconnect the API key', () => settle('disconnect the API key', () => disconnectApiKey(platform))),
    sendInvites: (roleId, emails, purpose) => asManager('send invites', () => key.sendInvites(roleId, emails, textOrNothing(purpose))),
    resendInvite: (inviteId) => asManager('resend an invite', () => key.resendInvite(inviteId)),
    revokeInvite: (inviteId) => asManager('cancel an invite', () => key.revokeInvite(inviteId)),
    rolesCatalogue: key.rolesCatalogue,
    endDuePasses: () => settle('end the passes that are due', () => endDuePasses(platform)),
    whoAmI: () => settle('find out who is signed in', () => whoAmI(platform)),
    openingRecords: () => settle('find out who is signed in', () => openingRecords(platform)),
    extendPass: (grantId, expiresAt, reason) => settle('extend the pass', () => extendPassAsCaller(platform, grantId, expiresAt, reason)),
    revokePass: (grantId) => settle('revoke the pass', () => revokePassAsCaller(platform, grantId)),
    myPasses: () => settle('load your support passes', () => myPasses(platform)),
    submitAccessRequest: (input) => settle('send the access request', () => submitAccessRequest(platform, input)),
    approveAccessRequest: (id, roleTitle, reason) => settle('approve the access request', () => approveAccessRequest(platform, id, roleTitle, reason)),
    declineAccessRequest: (id, reason) => settle('decline the access request', () => declineAccessRequest(platform, id, reason)),
    provisionAccessRequest: (id) => settle('set up the requested access', () => provisionAgain(platform, id)),
    requestInviteSent: (id) => settle('record the invite', () => requestInviteSent(platform, id)),
    myAccessRequests: () => settle('load your access requests', () => myAccessRequests(platform)),
    withdrawAccessRequest: (id) => settle('withdraw the access request', () => withdrawAccessRequest(platform, id)),
    setRequestPolicy: (secondApproval) => settle('change how access requests are approved', () => setRequestPolicy(platform, secondApproval)),
    // Only who may write the log collection (PRIVILEGED: owner, co-owners) may append to it through the page.
    // Each entry is signed with who the backend verified is signed in, whatever name the page wrote.
    appendLog: (entries) => asManager('write the access log', (me) => key.appendLog(withActor(entries, me.name))),
    verifyLog: () => signedIn(platform, 'verify the access log', () => key.verifyLog()),
  };
}
