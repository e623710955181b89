import type { ReadyRow } from '../access/invite-sheet-check';
import { WixError } from '../wix/errors';
import { sendInvites } from './invites';
import type { OperationContext } from './log';
import { groupByRole, type InviteRowOutcome } from '../access/bulk-invite-rows';

/**
 * Sends checked rows: one `sendInvites` (one Wix `bulkInvite`) per role, each invite recorded and
 * logged there. A role whose call fails does not stop the others; every row gets an outcome.
 */
export async function sendInviteRows(
  context: OperationContext,
  rows: readonly ReadyRow[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<InviteRowOutcome[]> {
  const groups = groupByRole(rows);
  const outcomes: InviteRowOutcome[] = [];
  for (const [index, group] of groups.entries()) {
    onProgress(index, groups.length);
    const [first] = group;
    if (!first) continue;
    const base = (row: ReadyRow) => ({ line: row.line, email: row.email, roleTitle: row.role.title, notes: row.notes });
    try {
      const reasons = Object.fromEntries(group.map((row) => [row.email, row.notes]));
      const result = await sendInvites(context, { emails: group.map((row) => row.email), role: first.role, reason: '', reasons });
      for (const row of group) {
        const sent = result.sent.find((s) => s.email === row.email);
        const failed = result.failed.find((f) => f.email === row.email);
        if (sent) outcomes.push({ ...base(row), status: 'sent', detail: sent.warning ?? 'Invite sent; it is valid for 30 days.' });
        else outcomes.push({ ...base(row), status: 'failed', detail: failed?.reason ?? 'Wix did not confirm this invite.' });
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const permission = error instanceof WixError && error.kind === 'permission';
      for (const row of group) outcomes.push({ ...base(row), status: 'failed', detail, permission });
    }
  }
  onProgress(groups.length, groups.length);
  return outcomes.sort((a, b) => a.line - b.line);
}
