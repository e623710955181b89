import { z } from 'zod';
import { addDays } from '../clock';
import { normalizeEmail, type Contributor } from '../people';

/**
 * What the review reads from a support pass (grants collection). Loose: the support-access job owns
 * the full record; the review needs only who, which vendor, until when and why.
 */
export const passRecordSchema = z.looseObject({
  _id: z.string(),
  email: z.string(),
  vendor: z.string().default(''),
  reason: z.string().default(''),
  expiresAt: z.coerce.date().nullish(),
  status: z.string().default('active'),
});
export type PassRecord = z.infer<typeof passRecordSchema>;

/** Vendors known to ask for support access. Their access is meant to end with the ticket. */
export const KNOWN_VENDORS = [{ name: 'POWR', email: 'support@powr.io' }] as const;

/** Support access lasts this long when nothing else was agreed (DESIGN: default duration 7 days). */
export const DEFAULT_PASS_DAYS = 7;

const CLOSED = new Set(['revoked', 'declined', 'expired', 'failed']);

export interface SupportPass {
  vendor: string;
  dueAt: Date;
  reason: string;
  /** `record` when the app holds a pass; `directory` when a known vendor got in without one. */
  source: 'record' | 'directory';
}

/** The support pass behind someone's access: the app's record, or a known vendor with none. */
export function supportPassFor(person: Contributor, passes: readonly PassRecord[]): SupportPass | null {
  const email = normalizeEmail(person.email);
  const record = passes.find((p) => normalizeEmail(p.email) === email && !CLOSED.has(p.status.toLowerCase()));
  if (record?.expiresAt) return { vendor: record.vendor || 'Vendor', dueAt: record.expiresAt, reason: record.reason, source: 'record' };
  const vendor = KNOWN_VENDORS.find((v) => v.email === email);
  if (vendor && person.joinedAt) {
    return { vendor: vendor.name, dueAt: addDays(person.joinedAt, DEFAULT_PASS_DAYS), reason: record?.reason ?? '', source: 'directory' };
  }
  return null;
}
