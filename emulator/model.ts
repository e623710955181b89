/** The emulator's state: what a Wix site would hold, in Wix's own wire shapes. */
export interface EmulatedRole {
  id: string;
  title: string;
  description: string;
  /** Owner-level roles cannot be removed or assigned through the API. */
  isOwner?: boolean;
  isAdmin?: boolean;
}

export interface EmulatedContributor {
  accountId: string;
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
  /** Task Overdue already delivered, by task id: the due date it was delivered for (once per due date). */
  overdueDelivered: Record<string, string>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
export const INVITE_LIFETIME_DAYS = 30;
