import { dataQueryRequest } from '../src/wix/wire-requests.js';
import { checkDataAccess, collectionItems } from './collection-access.js';
import { compileFilter, firstSorted } from './data-filter.js';
import { asRead } from './eventual.js';
import type { Caller } from './identity.js';
import type { EmulatedDataItem, SiteState } from './model.js';
import { WixHttpError } from './wix-error.js';

const DEFAULT_LIMIT = 50;
/** Wix Data returns at most 1,000 items per query page. */
const MAX_LIMIT = 1000;

/** Query Data Items, as `@wix/data` sends it (GET `.r=` or POST body): filter, sort, offset paging. */
export function runQuery(state: SiteState, caller: Caller, raw: unknown) {
  const requested = (raw as { query?: { paging?: { limit?: unknown } } } | null)?.query?.paging?.limit;
  if (typeof requested === 'number' && requested > MAX_LIMIT) {
    // The SDK's own message table gives WDE0036 ("parameter cannot exceed") for this; Wix's server code
    // for it is not in the docs available here.
    throw new WixHttpError(400, 'WDE0036', `Invalid limit parameter [${requested}]. limit parameter cannot exceed ${MAX_LIMIT}.`);
  }
  const parsed = dataQueryRequest.safeParse(raw);
  if (!parsed.success) throw new WixHttpError(400, 'INVALID_ARGUMENT', `Invalid query: ${parsed.error.issues[0]?.message ?? 'malformed'}.`);
  const { dataCollectionId, query: q } = parsed.data;
  const stored = collectionItems(state, dataCollectionId);
  checkDataAccess(caller, dataCollectionId, 'itemRead');
  // Only what this read may see: the latest when it asked for `consistentRead`.
  const items = asRead(stored, (raw as { consistentRead?: unknown }).consistentRead === true);
  const returnTotalCount = (raw as { returnTotalCount?: unknown }).returnTotalCount === true;
  let matching: EmulatedDataItem[];
  try {
    const matches = compileFilter(q?.filter);
    matching = items.filter((i) => matches(i.data));
  } catch (error) {
    throw new WixHttpError(400, 'WDE0007', (error as Error).message);
  }
  const limit = q?.paging?.limit ?? DEFAULT_LIMIT;
  const offset = q?.paging?.offset ?? 0;
  const page = firstSorted(
    matching.map((i) => i.data),
    q?.sort,
    offset + limit,
  ).slice(offset);
  return {
    dataItems: page.map((data) => ({ id: String(data._id), dataCollectionId, data })),
    // Wix counts the matches only when asked (`returnTotalCount`); `hasNext` comes either way.
    pagingMetadata: {
      count: page.length,
      offset,
      hasNext: offset + limit < matching.length,
      ...(returnTotalCount ? { total: matching.length, tooManyToCount: false } : {}),
    },
  };
}
