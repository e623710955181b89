import { addDays } from './clock';
import { formatDate } from './format';
import { describeInvite, type InviteRecord } from './invite-records';
import { endOfDay, expiryProblem, reasonField, ticketField, vendorNameField, emailField } from './pass-input';
import { normalizeEmail, roleTitles, type Contributor, type Role } from './people';
import { OPEN_STATES, type PassView } from './support-pass';

export type Duration = '1' | '7' | '30' | 'date';

export interface PassForm {
  email: string;
  vendorName: string;
  roleId: string;
  ticket: string;
  reason: string;
  duration: Duration;
  /** Remove the access automatically at the end (the default for vendor passes), or only remind the owner. */
  autoEnd: boolean;
  /** yyyy-mm-dd, when duration is 'date'. */
  endDate: string;
}

export type PassFormErrors = Partial<Record<keyof PassForm, string>>;

export interface ValidPass {
  email: string;
  vendorName: string;
  role: Role;
  ticket: string;
  reason: string;
  expiresAt: Date;
  autoEnd: boolean;
  /** Set when the email already has access and the owner chose to put it on the pass. */
  existingPerson?: Contributor;
}

interface Site {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  passes: readonly PassView[];
}

/** Why this email cannot get a new pass now (it already has access, a pass or a pending invite). */
export function existingAccess(email: string, site: Site, now: Date): { message: string; pass?: PassView; person?: Contributor } | null {
  const wanted = normalizeEmail(email);
  const pass = site.passes.find((p) => normalizeEmail(p.grant.email) === wanted && OPEN_STATES.includes(p.state));
  if (pass) return { message: `${email} already has a support pass until ${formatDate(pass.grant.expiresAt)}. Extend it instead.`, pass };
  const person = site.people.find((p) => normalizeEmail(p.email) === wanted);
  if (person) {
    const role = roleTitles(person.roleIds, site.roles);
    return { person, message: `${email} already has access as ${role}. Put that access on this pass instead, so it ends on time.` };
  }
  const invite = site.invites.find((i) => normalizeEmail(i.email) === wanted && describeInvite(i, site.people, now).state === 'pending');
  if (invite)
    return { message: `${email} already has a pending invite as ${invite.roleTitle}. Cancel it first or wait for them to accept.` };
  return null;
}

export function expiryFromForm(form: Pick<PassForm, 'duration' | 'endDate'>, now: Date): Date {
  if (form.duration !== 'date') return addDays(now, Number(form.duration));
  return endOfDay(new Date(`${form.endDate}T00:00:00Z`));
}

function firstIssue<T>(result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }) {
  return result.success ? null : (result.error.issues[0]?.message ?? 'Invalid value.');
}

/**
 * Checks the whole form before anything is recorded or sent. With `adoptExisting`, an email that
 * already has access is accepted: its current access goes on the pass instead of a new invite.
 */
export function validatePassForm(
  form: PassForm,
  site: Site,
  now: Date,
  adoptExisting = false,
): { errors: PassFormErrors; value?: ValidPass } {
  const errors: PassFormErrors = {};
  const email = emailField.safeParse(form.email);
  const name = vendorNameField.safeParse(form.vendorName);
  const ticket = ticketField.safeParse(form.ticket);
  const reason = reasonField.safeParse(form.reason);
  const existing = email.success ? existingAccess(email.data, site, now) : null;
  const adopt = adoptExisting && existing?.person ? existing.person : undefined;
  errors.email = firstIssue(email) ?? (adopt ? undefined : existing?.message);
  errors.vendorName = firstIssue(name) ?? undefined;
  errors.ticket = firstIssue(ticket) ?? undefined;
  errors.reason = firstIssue(reason) ?? undefined;
  const role = site.roles.find((r) => r.id === form.roleId);
  if (!role) errors.roleId = 'Choose the role to give.';
  const expiresAt = expiryFromForm(form, now);
  errors.endDate = expiryProblem(expiresAt, now) ?? undefined;
  const clean = Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as PassFormErrors;
  if (Object.keys(clean).length > 0 || !email.success || !name.success || !ticket.success || !reason.success || !role)
    return { errors: clean };
  return {
    errors: {},
    value: {
      email: email.data,
      vendorName: name.data,
      role,
      ticket: ticket.data,
      reason: reason.data,
      expiresAt,
      autoEnd: form.autoEnd,
      existingPerson: adopt,
    },
  };
}
