/**
 * The app's own Wix Data collections. Wix keeps no reasons, expiry or list of sent invites,
 * so the app records them here. Create them in the app's dashboard (see README).
 */
export const COLLECTIONS = {
  invites: 'SiteAccessInvites',
  grants: 'SiteAccessGrants',
  accessLog: 'SiteAccessLog',
  reviews: 'SiteAccessReviews',
  offboardings: 'SiteAccessOffboardings',
  handoffs: 'SiteAccessHandoffs',
  vendors: 'SiteAccessVendors',
  welcomeMessages: 'SiteAccessWelcomeMessages',
} as const;

export type CollectionId = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
