import { DECLARED_COLLECTIONS } from '../src/wix/declared-collections.js';
import { mayManage, type Caller } from './identity.js';
import type { EmulatedDataItem, SiteState } from './model.js';
import { WixHttpError } from './wix-error.js';

export type DataOperation = 'itemRead' | 'itemInsert' | 'itemUpdate' | 'itemRemove';

/** What the app's data collections extension declares, by collection id (a Map: ids never reach a prototype). */
const DECLARED = new Map(DECLARED_COLLECTIONS.map((c) => [c.id, c.permissions as Partial<Record<DataOperation, string>>]));

const VERB: Record<DataOperation, string> = { itemRead: 'read', itemInsert: 'insert', itemUpdate: 'update', itemRemove: 'remove' };

/** Wix's access levels a dashboard user meets when they are any current contributor of the site. */
const ANY_CONTRIBUTOR_LEVELS = new Set(['ANYONE', 'SITE_MEMBER', 'SITE_MEMBER_AUTHOR']);

/** The stored items of a declared collection; anything else is Wix's WDE0025. */
export function collectionItems(state: SiteState, id: string): EmulatedDataItem[] {
  const items = DECLARED.has(id) && Object.hasOwn(state.collections, id) ? state.collections[id] : undefined;
  if (!Array.isArray(items)) throw new WixHttpError(404, 'WDE0025', `The ${id} collection does not exist. Create it before using it.`);
  return items;
}

/**
 * The collection's permission for the operation, as Wix applies it to the caller: the app and an API key
 * always pass; a page user needs the Owner or Admin (Co-Owner) role for PRIVILEGED and CMS_EDITOR (and for
 * an unknown level), any current contributor for SITE_MEMBER, SITE_MEMBER_AUTHOR and ANYONE.
 * The code WDE0027 is the one Wix's Velo error list gives for a missing collection permission (not
 * confirmed in the REST docs available here).
 */
export function checkDataAccess(caller: Caller, id: string, operation: DataOperation): void {
  if (caller.kind !== 'user') return;
  const level = DECLARED.get(id)?.[operation] ?? 'PRIVILEGED';
  if (ANY_CONTRIBUTOR_LEVELS.has(level) || mayManage(caller)) return;
  throw new WixHttpError(403, 'WDE0027', `The current user does not have permissions to ${VERB[operation]} on the ${id} collection.`);
}

/** Wix saves items of at most 500 KB ("The maximum size of an item you can save to a collection is 500 kb"). */
export const MAX_ITEM_BYTES = 500 * 1024;

/** The reason an item is refused for its size, or null. WDE0009 is unconfirmed (see README table). */
export function itemTooLarge(data: Record<string, unknown>): WixHttpError | null {
  const bytes = Buffer.byteLength(JSON.stringify(data));
  if (bytes <= MAX_ITEM_BYTES) return null;
  return new WixHttpError(400, 'WDE0009', `The item is too large (${Math.ceil(bytes / 1024)} KB); an item can be at most 500 KB.`);
}
