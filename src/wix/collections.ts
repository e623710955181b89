/**
 * The app's namespace, as set in the app dashboard (Develop → App namespace). Wix creates the
 * collections declared in `src/backend/data-collections.json` (the data collections extension)
 * when the app is installed, with ids `<namespace>/<idSuffix>`. Change it here, once.
 */
export const APP_NAMESPACE = '@site-access/app';

/** The collection id Wix gives a declared suffix. */
export const collectionId = (idSuffix: string) => `${APP_NAMESPACE}/${idSuffix}`;

/**
 * The app's own Wix Data collections. Wix keeps no reasons, expiry or list of sent invites,
 * so the app records them here. Every id comes from this object.
 */
export const COLLECTIONS = {
  invites: collectionId('invites'),
  grants: collectionId('grants'),
  accessLog: collectionId('access-log'),
  reviews: collectionId('reviews'),
  /** One record per decision of an open review (`_id` `<reviewId>:<subjectKey>`), so a decision saves a few hundred bytes. */
  reviewDecisions: collectionId('review-decisions'),
  offboardings: collectionId('offboardings'),
  handoffs: collectionId('handoffs'),
  vendors: collectionId('vendors'),
  welcomeMessages: collectionId('welcome-messages'),
  /** Wix event ids the backend has handled, so an event delivered twice is handled once. */
  handledEvents: collectionId('handled-events'),
  /** Requests for access (a contributor in the app, or a link), with each step's who and when. */
  accessRequests: collectionId('access-requests'),
  /** One record (`_id` `access-requests`): whether a request needs a second approver; set by the owner only. */
  requestPolicy: collectionId('request-policy'),
  /** Role ids the owner named (`_id` = Wix's role id): Wix documents only the Owner's and Co-Owner's ids. */
  roleNames: collectionId('role-names'),
} as const;

export type CollectionId = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];
