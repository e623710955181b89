import { z } from './zod';

/**
 * A record's revision, counted up by every update. Records that carry one are updated by
 * read-check-write (src/wix/records.ts): a tab holding an older copy is refused, not obeyed.
 * Records written before revisions existed read as revision 0.
 */
export const revision = z._default(z.int().check(z.nonnegative()), 0);
