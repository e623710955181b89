import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * The app's schemas use zod's small build (`zod/mini`, the same parser as `zod` with functions instead
 * of methods): the whole of `zod` weighed 27 kB gzip of the page's first chunk, mini under 10. Mini
 * loads no messages; these are the English ones `zod` gives, so a bad answer reads the same.
 */
z.config(en());

export { z };

/** Any schema whose output is `T` (mini's or `zod`'s): what the parsing helpers take. */
export type Schema<T> = z.core.$ZodType<T>;
