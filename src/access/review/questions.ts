import { plural } from '../format';
import type { ChecklistRow } from './checklist';
import { REVIEW_KINDS, type Review } from './review-record';

export interface QuestionAnswer {
  question: string;
  answer: string;
  answered: boolean;
}

const list = (items: string[]) => (items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', '));

/** The guide's four review questions, answered by the decisions made so far. */
export function answerQuestions(review: Review, subjects: readonly Pick<ChecklistRow, 'key' | 'type'>[]): QuestionAnswer[] {
  const people = subjects.filter((r) => r.type === 'person');
  const invites = subjects.filter((r) => r.type === 'invite');
  const decidedKeys = new Set(review.decisions.map((d) => d.subjectKey));
  const decided = (rows: readonly Pick<ChecklistRow, 'key'>[]) => rows.filter((r) => decidedKeys.has(r.key));
  const withDecision = (kinds: string[]) => review.decisions.filter((d) => kinds.includes(d.decision));
  const notPart = 'Not part of a pending invites check.';
  const coversPeople = REVIEW_KINDS[review.kind].coversPeople;

  const peopleLeft = people.length - decided(people).length;
  const leaving = withDecision(['remove', 'offboard']).map((d) => d.subjectName || d.subjectEmail);
  const changes = withDecision(['change-role']).map((d) => `${d.subjectName || d.subjectEmail}: ${d.role} → ${d.newRole ?? ''}`);
  const invitesLeft = invites.length - decided(invites).length;
  const cancelled = withDecision(['cancel']).map((d) => d.subjectEmail);
  const resent = withDecision(['resend']).length;

  return [
    {
      question: 'Is everyone still active?',
      answered: !coversPeople || peopleLeft === 0,
      answer: !coversPeople
        ? notPart
        : peopleLeft > 0
          ? `${plural(peopleLeft, 'person', 'people')} not reviewed yet.`
          : leaving.length
            ? `No: ${list(leaving)} ${leaving.length === 1 ? 'is' : 'are'} leaving; everyone else is active.`
            : 'Yes, everyone with access is still active.',
    },
    {
      question: 'Are roles still appropriate?',
      answered: !coversPeople || peopleLeft === 0,
      answer: !coversPeople
        ? notPart
        : peopleLeft > 0
          ? 'Waiting for the remaining people.'
          : changes.length
            ? `${plural(changes.length, 'role')} changed; the others were confirmed.`
            : 'Yes, every role was confirmed.',
    },
    {
      question: 'Any pending invites to cancel?',
      answered: invitesLeft === 0,
      answer:
        invitesLeft > 0
          ? `${plural(invitesLeft, 'invite')} not reviewed yet.`
          : invites.length === 0
            ? 'No open invites.'
            : `${cancelled.length ? `Cancelled: ${list(cancelled)}.` : 'None cancelled.'}${resent ? ` ${plural(resent, 'invite')} resent.` : ''}`,
    },
    {
      question: 'Anyone needing an upgrade or downgrade?',
      answered: !coversPeople || peopleLeft === 0,
      answer: !coversPeople ? notPart : changes.length ? list(changes) : peopleLeft > 0 ? 'None so far.' : 'No one.',
    },
  ];
}
