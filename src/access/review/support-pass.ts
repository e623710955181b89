import { addDays } from '../clock';
import { normalizeEmail, type Contributor } from '../people';
import type { Grant } from '../support-pass';
import { BUILT_IN_VENDORS } from '../vendors';

/** Pass statuses that no longer give access. */
const CLOSED = new Set<Grant['status']>(['ended', 'revoked', 'declined', 'failed']);

export interface SupportPass {
  vendor: string;
  dueAt: Date;
  reason: string;
  /** `record` when the app holds a pass; `directory` when a known vendor got in without one. */
  source: 'record' | 'directory';
}

/**
 * The support pass behind someone's access: the app's record (Support access tab), or — for a
 * known vendor such as POWR who got in without one — the vendor's usual duration from when they joined.
 */
export function supportPassFor(person: Contributor, passes: readonly Grant[]): SupportPass | null {
  const email = normalizeEmail(person.email);
  const record = passes.find((p) => normalizeEmail(p.email) === email && !CLOSED.has(p.status));
  if (record) return { vendor: record.vendorName || 'Vendor', dueAt: record.expiresAt, reason: record.reason, source: 'record' };
  const vendor = BUILT_IN_VENDORS.find((v) => normalizeEmail(v.email) === email);
  if (vendor && person.joinedAt)
    return { vendor: vendor.name, dueAt: addDays(person.joinedAt, vendor.defaultDays), reason: '', source: 'directory' };
  return null;
}
