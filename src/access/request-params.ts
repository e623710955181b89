/**
 * Query parameters of a vendor request link (prefixed so they never clash with Wix's own). Apart
 * from request-link.ts, so the page can choose its opening tab without loading the link's checks.
 */
export const REQUEST_PARAMS = {
  email: 'sa_email',
  name: 'sa_name',
  ticket: 'sa_ticket',
  reason: 'sa_reason',
  days: 'sa_days',
  /** Who sends the request (a person at the vendor): said by the link, not verified. */
  requesterName: 'sa_from',
  requesterEmail: 'sa_from_email',
} as const;

export type RequestParam = keyof typeof REQUEST_PARAMS;

/** The request parameters the URL's query string carries. */
export function requestParamsIn(search: string): RequestParam[] {
  const params = new URLSearchParams(search);
  return (Object.keys(REQUEST_PARAMS) as RequestParam[]).filter((key) => params.has(REQUEST_PARAMS[key]));
}
