import type { LogEntry } from '../access/access-log';
import type { InviteRecord } from '../access/invite-records';
import type { AccessRequest } from '../access/requests/access-request';
import type { Review } from '../access/review/review-record';
import type { Grant } from '../access/support-pass';
import type { Me } from './me';
import type { BackendResult } from './result';

/** Whether the owner's page sent its key with the call (nothing is kept between calls). */
export interface KeyStatus {
  connected: boolean;
}

export type ConnectOutcome = { connected: true } | { connected: false; problem: string };

/** An approved request set up: the request, and the support pass a temporary request became. */
export interface Provisioned {
  request: AccessRequest;
  grant?: Grant;
}

/** Per log entry appended: the stored entry, or why it was not logged. */
export type Appended = { entry: LogEntry } | { problem: string };

/** The app's records the page opens with, each read on its own (one that fails does not take the others with it). */
export interface OpeningRecordSets {
  reviews: BackendResult<Review[]>;
  grants: BackendResult<Grant[]>;
  invites: BackendResult<InviteRecord[]>;
  accessRequests: BackendResult<AccessRequest[]>;
  /** Whether the owner's API key came with the call (invites in one click) or the page guides them. */
  keyStatus: BackendResult<KeyStatus>;
}

/** Who is signed in and, for the owner or a co-owner, the app's records (null for anyone else). */
export interface Opening {
  me: Me;
  records: OpeningRecordSets | null;
}
