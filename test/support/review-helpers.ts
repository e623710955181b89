import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { COLLECTIONS } from '../../src/wix/collections';
import type { EmulatorContext } from './emulator';
import { foldedRows } from './folded-log';

/** The checklist row of a person or invite, found by the text it starts with. */
export async function checklistRow(start: string): Promise<HTMLElement> {
  const escaped = start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // During a review the row starts with its checkbox, labelled "Select <name>".
  return screen.findByRole('row', { name: new RegExp(`^(Select ${escaped}\\s*)?${escaped}`) });
}

export async function startReview(user: UserEvent, kind = 'Full access review') {
  await user.click(await screen.findByRole('radio', { name: new RegExp(kind) }));
  await user.click(screen.getByRole('button', { name: 'Start review' }));
  await screen.findByText(`${kind} in progress`);
}

/** Opens a row's decision, fills the panel and confirms. */
export async function decide(user: UserEvent, row: string, action: RegExp, reason: string, confirm: string, role?: string) {
  await user.click(within(await checklistRow(row)).getByRole('button', { name: action }));
  const panel = await screen.findByRole('dialog');
  if (role) await user.click(within(panel).getByRole('radio', { name: new RegExp(`^${role}`) }));
  if (reason) await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), reason);
  await user.click(within(panel).getByRole('button', { name: confirm }));
}

export async function logEntries(wix: EmulatorContext) {
  const state = await wix.control.state();
  return foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((item) => item.data as Record<string, unknown>));
}

/** The open reviews' decisions as saved, one record each (`_id` `<reviewId>:<subjectKey>`). */
export async function savedDecisions(wix: EmulatorContext) {
  const state = await wix.control.state();
  return (state.collections[COLLECTIONS.reviewDecisions] ?? []).map((item) => item.data as Record<string, unknown>);
}

export async function savedReviews(wix: EmulatorContext) {
  const state = await wix.control.state();
  return (state.collections[COLLECTIONS.reviews] ?? []).map(
    (item) => item.data as Record<string, unknown> & { decisions?: Record<string, unknown>[] },
  );
}
