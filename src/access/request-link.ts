import { z } from 'zod';
import { emailField, reasonField, ticketField, vendorNameField } from './pass-input';
import { REQUEST_PARAMS, requestParamsIn } from './request-params';
import { MAX_PASS_DAYS } from './support-pass';
const MAX_LINK_LENGTH = 2000;

const daysField = z.coerce
  .number('Duration must be a number of days.')
  .int('Duration must be a whole number of days.')
  .min(1, 'Duration must be at least 1 day.')
  .max(MAX_PASS_DAYS, `Duration can be ${MAX_PASS_DAYS} days at most.`);

const FIELDS = { email: emailField, name: vendorNameField, ticket: ticketField, reason: reasonField, days: daysField };
const LABELS = { email: 'vendor email', name: 'vendor name', ticket: 'ticket', reason: 'reason', days: 'duration' };

export interface VendorRequest {
  email?: string;
  name?: string;
  ticket?: string;
  reason?: string;
  days?: number;
  /** What was wrong with the link; each bad value is dropped, never used. */
  problems: string[];
}

/** Reads a vendor request link. Null when the URL carries no request. Only pre-fills: nothing is granted. */
export function parseRequestLink(search: string): VendorRequest | null {
  const present = requestParamsIn(search);
  if (present.length === 0) return null;
  const params = new URLSearchParams(search);
  if (search.length > MAX_LINK_LENGTH) return { problems: [`The request link is too long (over ${MAX_LINK_LENGTH} characters) and was ignored.`] };
  const request: VendorRequest = { problems: [] };
  for (const key of present) {
    const parsed = FIELDS[key].safeParse(params.get(REQUEST_PARAMS[key]) ?? '');
    if (parsed.success) Object.assign(request, { [key]: parsed.data });
    else request.problems.push(`The link's ${LABELS[key]} was ignored: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
  }
  if (!request.email) request.problems.push('The link has no valid vendor email; type it in before approving.');
  return request;
}

/** Builds a request link to the Site Access page (used in the README and by vendors). */
export function buildRequestLink(pageUrl: string, request: Omit<VendorRequest, 'problems'>): string {
  const url = new URL(pageUrl);
  for (const [key, value] of Object.entries(request)) {
    if (value !== undefined) url.searchParams.set(REQUEST_PARAMS[key as keyof typeof REQUEST_PARAMS], String(value));
  }
  return url.toString();
}
