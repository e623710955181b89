import declared from '../backend/data-collections.json';
import { collectionId } from './collections';

/**
 * The declared collections with their permissions (the emulator creates exactly these at reset). Apart
 * from `collections.ts` so the page does not carry the extension's JSON (11 kB) it never reads.
 */
export const DECLARED_COLLECTIONS = declared.collections.map((c) => ({ id: collectionId(c.idSuffix), permissions: c.dataPermissions }));
