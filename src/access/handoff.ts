import { z } from 'zod';
import { isEmailAddress } from './people';
import { revision } from './revision';

/** What can move to the new owner, as Wix's Transfer Ownership screen asks. */
export const TRANSFERS = {
  site: 'Site ownership',
  domain: 'Domain ownership',
  'premium-plan': 'Premium plan and billing',
  'third-party': 'Third-party connections (analytics, tag managers)',
} as const;
export type TransferId = keyof typeof TRANSFERS;
const transferIds = Object.keys(TRANSFERS) as [TransferId, ...TransferId[]];

/** A ticked checklist item: who did it and when. */
export const handoffStampSchema = z.object({
  id: z.string(),
  doneAt: z.coerce.date(),
  doneBy: z.string(),
  note: z.string().default(''),
});
export type HandoffStamp = z.infer<typeof handoffStampSchema>;

/** One handoff (ownership transfer) and its checklist progress, kept in the handoffs collection. */
export const handoffSchema = z.object({
  _id: z.string(),
  _rev: revision,
  newOwnerEmail: z.string(),
  newOwnerName: z.string().default(''),
  /** The previous owner or the agency handing the site over. */
  handedOverBy: z.string().default(''),
  transfers: z.array(z.enum(transferIds)).default(['site']),
  startedAt: z.coerce.date(),
  startedBy: z.string().default(''),
  items: z.array(handoffStampSchema).default([]),
  /** The Wix task reminding that the new owner must accept the transfer. */
  reminderTaskId: z.string().nullish(),
  acceptBy: z.coerce.date().nullish(),
  finishedAt: z.coerce.date().nullish(),
  finishedBy: z.string().nullish(),
});
export type Handoff = z.infer<typeof handoffSchema>;

/** Days the owner gets to see the transfer accepted before Wix's Tasks & Reminders nudges them. */
export const ACCEPT_REMINDER_DAYS = 7;
const MAX_NAME = 100;

export interface NewHandoff {
  newOwnerEmail: string;
  newOwnerName: string;
  handedOverBy: string;
  transfers: TransferId[];
}

export type HandoffFormProblems = Partial<Record<'newOwnerEmail' | 'newOwnerName' | 'handedOverBy', string>>;

/** What is wrong with a new handoff, per field; empty when it can be saved. */
export function newHandoffProblems(input: NewHandoff, open: readonly Handoff[]): HandoffFormProblems {
  const problems: HandoffFormProblems = {};
  const email = input.newOwnerEmail.trim().toLowerCase();
  if (!email) problems.newOwnerEmail = "Enter the new owner's email: Wix sends the transfer there.";
  else if (!isEmailAddress(email)) problems.newOwnerEmail = `"${email.slice(0, 60)}" is not a valid email address.`;
  else if (open.some((h) => !h.finishedAt && h.newOwnerEmail === email))
    problems.newOwnerEmail = `There is already an open handoff to ${email}. Continue that one.`;
  if (input.newOwnerName.trim().length > MAX_NAME) problems.newOwnerName = `Keep the name under ${MAX_NAME} characters.`;
  if (input.handedOverBy.trim().length > MAX_NAME) problems.handedOverBy = `Keep the name under ${MAX_NAME} characters.`;
  return problems;
}

export const stampOf = (handoff: Handoff, itemId: string) => handoff.items.find((item) => item.id === itemId) ?? null;

/** The handoff's items with one ticked (stamped now) or unticked. */
export function withItem(handoff: Handoff, stamp: HandoffStamp | { id: string; clear: true }): HandoffStamp[] {
  const others = handoff.items.filter((item) => item.id !== stamp.id);
  return 'clear' in stamp ? others : [...others, stamp];
}
