import { z } from 'zod';
import { emailField, reasonField, ticketField, vendorNameField } from './pass-input';
import { REQUEST_PARAMS, requestParamsIn } from './request-params';
import { MAX_PASS_DAYS } from './support-pass';
import { hasHiddenCharacters, HIDDEN_CHARACTERS_MESSAGE, impersonationWarning, withoutHiddenCharacters } from './text-safety';
import { BUILT_IN_VENDORS, type Vendor } from './vendors';
const MAX_LINK_LENGTH = 2000;

/** Plain decimal digits only: `0x1E`, `1e1`, ` 7` or `7.0` are not a number of days here. */
const daysField = z
  .string()
  .regex(/^\d{1,3}$/, 'Duration must be a whole number of days in plain digits, like 7.')
  .transform(Number)
  .pipe(z.number().min(1, 'Duration must be at least 1 day.').max(MAX_PASS_DAYS, `Duration can be ${MAX_PASS_DAYS} days at most.`));

/** Text from a link never carries characters that can disguise what is shown (a name, an email). */
const visible = <T extends z.ZodType<unknown, string>>(field: T) =>
  z
    .string()
    .refine((text) => !hasHiddenCharacters(text), HIDDEN_CHARACTERS_MESSAGE)
    .pipe(field);

const FIELDS = {
  email: visible(emailField),
  name: visible(vendorNameField),
  ticket: visible(ticketField),
  reason: visible(reasonField),
  days: daysField,
  requesterName: visible(vendorNameField),
  requesterEmail: visible(emailField),
};
const LABELS = {
  email: 'vendor email',
  name: 'vendor name',
  ticket: 'ticket',
  reason: 'reason',
  days: 'duration',
  requesterName: 'requester name',
  requesterEmail: 'requester email',
};

export interface VendorRequest {
  email?: string;
  name?: string;
  ticket?: string;
  reason?: string;
  days?: number;
  /** Who sent the request, as the link says (name and email; not verified). */
  requesterName?: string;
  requesterEmail?: string;
  /** What was wrong with the link; each bad value is dropped, never used. */
  problems: string[];
  /** The name claims a known vendor whose support email is not the link's. */
  impersonation?: string;
}

/**
 * Reads a vendor request link. Null when the URL carries no request. Only pre-fills: nothing is granted.
 * A name that claims a known vendor (`vendors`) with another email is flagged.
 */
export function parseRequestLink(search: string, vendors: readonly Vendor[] = BUILT_IN_VENDORS): VendorRequest | null {
  const present = requestParamsIn(search);
  if (present.length === 0) return null;
  const params = new URLSearchParams(search);
  if (search.length > MAX_LINK_LENGTH)
    return { problems: [`The request link is too long (over ${MAX_LINK_LENGTH} characters) and was ignored.`] };
  const request: VendorRequest = { problems: [] };
  for (const key of present) {
    const parsed = FIELDS[key].safeParse(params.get(REQUEST_PARAMS[key]) ?? '');
    if (parsed.success) Object.assign(request, { [key]: parsed.data });
    else request.problems.push(`The link's ${LABELS[key]} was ignored: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
  }
  if (!request.email) request.problems.push('The link has no valid vendor email; type it in before approving.');
  // A name refused for hidden characters still tells which vendor it pretends to be.
  const claimed = request.name ?? withoutHiddenCharacters(params.get(REQUEST_PARAMS.name) ?? '');
  const impersonation = impersonationWarning(claimed, request.email, vendors);
  if (impersonation) request.impersonation = impersonation;
  return request;
}

/** How a pass records who asked through a link: the requester the link names, when it names one. */
export function linkRequester(request: Pick<VendorRequest, 'requesterName' | 'requesterEmail'>): string {
  const who = [request.requesterName, request.requesterEmail && `<${request.requesterEmail}>`].filter(Boolean).join(' ');
  return who ? `Vendor request link from ${who}` : 'Vendor request link';
}

/** Builds a request link to the Site Access page (used in the README and by vendors). */
export function buildRequestLink(pageUrl: string, request: Omit<VendorRequest, 'problems' | 'impersonation'>): string {
  const url = new URL(pageUrl);
  for (const [key, value] of Object.entries(request)) {
    if (value !== undefined) url.searchParams.set(REQUEST_PARAMS[key as keyof typeof REQUEST_PARAMS], String(value));
  }
  return url.toString();
}
