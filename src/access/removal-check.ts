import { describeInvite, type InviteRecord, type InviteView } from './invite-records';
import { normalizeEmail, type Contributor } from './people';

export interface RemovalCheck {
  /** The person, when Wix still lists them among the people with access. */
  stillThere: Contributor | null;
  /** Invites to their email that could still be accepted. */
  pendingInvites: InviteView[];
  gone: boolean;
}

/** Step 5 of the guide: they are no longer a contributor and no invite to them remains. */
export function checkRemoval(
  subject: { accountId: string; email: string },
  people: readonly Contributor[],
  invites: readonly InviteRecord[],
  now: Date,
): RemovalCheck {
  const email = normalizeEmail(subject.email);
  const stillThere = people.find((p) => p.accountId === subject.accountId || (email !== '' && normalizeEmail(p.email) === email)) ?? null;
  const pendingInvites = invites
    .filter((record) => email !== '' && normalizeEmail(record.email) === email)
    .map((record) => describeInvite(record, people, now))
    .filter((view) => view.state === 'pending');
  return { stillThere, pendingInvites, gone: stillThere === null && pendingInvites.length === 0 };
}
