import { inviteRecordSchema } from '../access/invite-records';
import { accessRequestSchema } from '../access/requests/access-request';
import { grantSchema } from '../access/support-pass';
import { COLLECTIONS } from './collections';
import type { Gateway } from './gateway';

// The app's own records that page and backend both read, newest first.

/** The invites the app sent (Wix offers no list of invites). */
export const listInvites = (gateway: Gateway) =>
  gateway.records.list(COLLECTIONS.invites, inviteRecordSchema, { orderBy: { field: 'sentAt', direction: 'desc' } });

/** The support passes. */
export const listGrants = (gateway: Gateway) =>
  gateway.records.list(COLLECTIONS.grants, grantSchema, { orderBy: { field: 'createdAt', direction: 'desc' } });

/** Access requests. */
export const listAccessRequests = (gateway: Gateway) =>
  gateway.records.list(COLLECTIONS.accessRequests, accessRequestSchema, { orderBy: { field: 'createdAt', direction: 'desc' } });
