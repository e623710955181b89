import type { WixReadings } from './readings.js';

/** The emulator's state: what a Wix site would hold, in Wix's own wire shapes. */
export interface EmulatedRole {
  id: string;
  title: string;
  description: string;
  /** Owner-level roles cannot be removed or assigned through the API. */
  isOwner?: boolean;
  isAdmin?: boolean;
  /** Wix Secrets Manager's secrets are readable by this role ("Co-Owners and Website Managers"). */
  readsSecrets?: boolean;
}

export interface EmulatedContributor {
  /** The person's Wix account (`metaData.id`; what Remove Contributor and Change Role take). */
  accountId: string;
  /** The person's Wix user id (a contributor's top-level `id`; Token Info's `subjectId`). Shown as the account id when `distinctIds` is off. */
  userId: string;
  fullName: string;
  email: string;
  imageUrl?: string;
  policyIds: string[];
  joinedAt: string;
  /** Email the invite was sent to, when the person joined through an invite. */
  invitedEmail?: string;
}

export type InviteStatus = 'Pending' | 'Used' | 'Deleted' | 'Declined' | 'Expired';

export interface EmulatedInvite {
  id: string;
  siteId: string;
  email: string;
  policyIds: string[];
  inviterAccountId: string;
  acceptedByAccountId: string | null;
  status: InviteStatus;
  acceptLink: string;
  dateCreated: string;
  expirationDate: string;
  invitePurpose?: string;
}

/** A Wix Data item as stored: `data` holds `_id`, `_createdDate`, `_updatedDate` and the fields. */
export interface EmulatedDataItem {
  id: string;
  dataCollectionId: string;
  data: Record<string, unknown>;
  /**
   * What a read that does not ask for `consistentRead` still sees until `until` (real ms) under
   * `consistency: 'eventual'`: the item as it was before the last write (`null`: not there yet).
   */
  stale?: { data: Record<string, unknown> | null; until: number };
}

export interface EmulatedTask {
  id: string;
  revision: string;
  title: string;
  description?: string;
  dueDate?: string;
  status: 'ACTION_NEEDED' | 'COMPLETED';
  source: { sourceType: 'APP'; appId?: string };
  createdDate: string;
  updatedDate: string;
}

export interface SiteState {
  siteId: string;
  /** Which reading of Wix's docs the emulator follows where they are silent or disagree (strictest by default). */
  readings: WixReadings;
  /** The app's instance on this site (what Wix's token info reports). */
  instanceId: string;
  ownerAccountId: string;
  /** Signs page and app tokens (random per emulator; kept across resets so issued tokens stay valid). */
  secret: string;
  /** Account-level API keys the owner created (`IST.<32 hex>`). */
  apiKeys: string[];
  /** Who is signed in to the local dashboard (reset signs the owner in). */
  sessionAccountId: string;
  /** Milliseconds added to the real clock (moved by the clock control). */
  clockOffsetMs: number;
  roles: EmulatedRole[];
  contributors: EmulatedContributor[];
  invites: EmulatedInvite[];
  collections: Record<string, EmulatedDataItem[]>;
  tasks: EmulatedTask[];
  /** Wix Secrets Manager: the site's secrets (the app's backend, Co-Owners and Website Managers can read them). */
  secrets: { id: string; name: string; value: string; description: string }[];
  /** Task Overdue already delivered, by task id: the due date it was delivered for (once per due date). */
  overdueDelivered: Record<string, string>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITE_LIFETIME_DAYS = 30;
