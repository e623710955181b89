import type { PassForm } from '../../access/pass-form';
import { addDays } from '../../access/clock';
import { findRoleByTitle, type Role } from '../../access/people';
import type { VendorRequest } from '../../access/request-link';
import { DEFAULT_PASS_DAYS, PASS_PRESETS } from '../../access/support-pass';
import type { Vendor } from '../../access/vendors';

export interface Draft {
  title: string;
  form: PassForm;
  request?: VendorRequest;
}

function duration(days: number, now: Date): Pick<PassForm, 'duration' | 'endDate'> {
  if ((PASS_PRESETS as readonly number[]).includes(days)) return { duration: String(days) as PassForm['duration'], endDate: '' };
  return { duration: 'date', endDate: addDays(now, days).toISOString().slice(0, 10) };
}

const blank = (now: Date): PassForm => ({
  email: '',
  vendorName: '',
  roleId: '',
  ticket: '',
  reason: '',
  autoEnd: true,
  ...duration(DEFAULT_PASS_DAYS, now),
});

export function vendorDraft(vendor: Vendor, roles: readonly Role[], now: Date): Draft {
  return {
    title: `Grant ${vendor.name} support access`,
    form: {
      ...blank(now),
      email: vendor.email,
      vendorName: vendor.name,
      reason: vendor.defaultReason,
      roleId: findRoleByTitle(roles, vendor.roleTitle)?.id ?? '',
      ...duration(vendor.defaultDays, now),
    },
  };
}

export function otherDraft(roles: readonly Role[], now: Date, prefill: Record<string, string> = {}): Draft {
  return {
    title: 'Grant support access',
    form: {
      ...blank(now),
      email: prefill.email ?? '',
      vendorName: prefill.vendor ?? '',
      reason: prefill.reason ?? '',
      roleId: (prefill.role && findRoleByTitle(roles, prefill.role)?.id) || '',
    },
  };
}

/** A vendor's request: pre-filled only with the values that passed validation. */
export function requestDraft(request: VendorRequest, roles: readonly Role[], now: Date): Draft {
  return {
    title: `Review ${request.name ?? request.email ?? 'the vendor'}'s request`,
    request,
    form: {
      ...blank(now),
      email: request.email ?? '',
      vendorName: request.name ?? '',
      ticket: request.ticket ?? '',
      reason: request.reason ?? '',
      roleId: findRoleByTitle(roles, 'Website Manager')?.id ?? '',
      ...duration(request.days ?? DEFAULT_PASS_DAYS, now),
    },
  };
}
