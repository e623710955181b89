import { z } from '../access/zod';

/** The signed-in person, as the page shows and the backend checks them. */
export const meSchema = z.object({
  signedIn: z.boolean(),
  /** The person's Wix account (the user id for an owner Wix does not list). */
  accountId: z.string(),
  /** The person's Wix user id (Token Info's `subjectId`). */
  userId: z._default(z.string(), ''),
  name: z.string(),
  email: z.string(),
  /** Owner or Admin (Co-Owner): Wix lets them change who has access. */
  canManage: z.boolean(),
  /** The site owner; null when Wix does not say. */
  isOwner: z.nullable(z.boolean()),
  /** How the app knows (shown to the person, so nobody wonders why the page is read-only). */
  basis: z._default(z.string(), ''),
});
export type Me = z.infer<typeof meSchema>;

/** The owner as the app names them when Wix does not list them: Wix gives an app no owner's name. */
export const OWNER_UNNAMED = 'The site owner';

export const NOBODY: Me = {
  signedIn: false,
  accountId: '',
  userId: '',
  name: 'Nobody signed in',
  email: '',
  canManage: false,
  isOwner: null,
  basis: '',
};
