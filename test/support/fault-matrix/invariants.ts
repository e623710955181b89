import { normalizeEmail } from '../../../src/access/people';
import { COLLECTIONS } from '../../../src/wix/collections';
import { passIdsIn } from '../../../src/wix/reminders';
import type { EmulatorState } from '../emulator';
import { foldedRows } from '../folded-log';

type Row = Record<string, unknown>;
const rows = (state: EmulatorState, collection: string): Row[] =>
  (state.collections[collection] ?? []).map((item) => ({ ...item.data, _id: item.id }));
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const email = (value: unknown) => normalizeEmail(text(value));
/** A stored date: an ISO string or Wix Data's `{$date}`. */
const time = (value: unknown) =>
  new Date(value && typeof value === 'object' && '$date' in value ? text((value as { $date: unknown }).$date) : text(value)).getTime();
const LIVE = ['approved', 'awaiting-invite', 'invited', 'cancel-in-wix'];

/**
 * The invariants on the emulator's state after a flow ran under a fault and the page reloaded
 * (reconciliation and repair). `before` is the state just before the flow. Returns what does not hold.
 */
export function violations(before: EmulatorState, after: EmulatorState): string[] {
  const found: string[] = [];
  const oldLog = new Set(rows(before, COLLECTIONS.accessLog).map((e) => e._id));
  const log = foldedRows(rows(after, COLLECTIONS.accessLog)).filter((e) => !oldLog.has(e._id));
  const lines = (action: string, who: string, outcome?: string) =>
    log.filter((e) => e.action === action && email(e.subjectEmail) === who && (outcome === undefined || e.outcome === outcome));
  const listed = (who: string) => after.contributors.some((p) => normalizeEmail(p.email) === who);
  const records = rows(after, COLLECTIONS.invites);
  const oldRecords = new Set(rows(before, COLLECTIONS.invites).map((r) => text(r._id)));
  const passes = rows(after, COLLECTIONS.grants);
  const oldInvites = new Set(before.invites.map((i) => i.id));

  // 1. What the app did in Wix is tracked.
  for (const invite of after.invites.filter((i) => !oldInvites.has(i.id) && i.status === 'Pending')) {
    const who = normalizeEmail(invite.email);
    // By its id, or (its answer was lost) by a record without one for the email, made after the flow began.
    const recorded = records.some(
      (r) => r.inviteId === invite.id || (r.inviteId === '' && email(r.email) === who && !oldRecords.has(text(r._id))),
    );
    const onPass = passes.some((p) => email(p.email) === who && LIVE.includes(text(p.status)));
    const logged = lines('invited', who, 'done').length > 0;
    if (!recorded && !onPass && !logged) found.push(`untracked invite to ${who}`);
    if (!recorded && !onPass && logged) found.push(`invite to ${who} tracked by its log line only (no invite id)`);
  }
  for (const gone of before.contributors.filter((p) => !after.contributors.some((q) => q.accountId === p.accountId))) {
    if (lines('removed', normalizeEmail(gone.email), 'done').length === 0)
      found.push(`${gone.email} removed without a "removed: done" line`);
  }

  // 2. No log line contradicts Wix (or the app's own records).
  for (const entry of log) {
    const who = email(entry.subjectEmail);
    const tag = `${text(entry.action)}: ${text(entry.outcome)} for ${who}`;
    if (entry.outcome === 'pending') found.push(`${tag} left pending after reconciliation`);
    const done = lines(text(entry.action), who, 'done').length > 0;
    const pass = passes.find((p) => p._id === entry.grantId);
    switch (entry.action) {
      case 'removed':
        if (entry.outcome === 'failed' && !listed(who) && !done) found.push(`${tag} while Wix no longer lists them`);
        if (entry.outcome === 'done' && listed(who)) found.push(`${tag} while Wix still lists them`);
        break;
      case 'invited':
        if (
          entry.outcome === 'failed' &&
          !done &&
          after.invites.some((i) => !oldInvites.has(i.id) && normalizeEmail(i.email) === who && i.status === 'Pending')
        ) {
          found.push(`${tag} while Wix holds the invite`);
        }
        break;
      case 'pass-revoked':
        if (entry.outcome === 'done' && pass?.status !== 'revoked') found.push(`${tag} while the pass is ${text(pass?.status)}`);
        if (entry.outcome === 'failed' && pass?.status === 'revoked' && !done) found.push(`${tag} while the pass is revoked`);
        break;
      case 'extended': {
        const moved = pass !== undefined && time(pass.expiresAt) > time(passBefore(before, text(entry.grantId))?.expiresAt);
        if (entry.outcome === 'done' && !moved) found.push(`${tag} while the pass keeps its old end`);
        if (entry.outcome === 'failed' && moved && !done) found.push(`${tag} while the pass has the new end`);
        break;
      }
      default:
    }
  }
  for (const pass of passes) {
    const holder = after.contributors.find((p) => normalizeEmail(p.email) === email(pass.email));
    const heldBefore = before.contributors.some((p) => normalizeEmail(p.email) === email(pass.email));
    if (pass.status === 'revoked' && holder) found.push(`pass for ${text(pass.email)} revoked while they still have access`);
    if (LIVE.includes(text(pass.status)) && heldBefore && !holder)
      found.push(`pass for ${text(pass.email)} still ${text(pass.status)} though they were removed`);
  }

  // 3. No duplicates: passes, tasks, log lines, invites.
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  for (const [key, n] of count(passes.filter((p) => text(p.status) !== 'declined').map((p) => email(p.email))))
    if (n > 1) found.push(`${n} passes for ${key}`);
  const open = after.tasks.filter((t) => t.status !== 'COMPLETED');
  for (const pass of passes) {
    const tasks = open.filter((t) => t.id === pass.reminderTaskId || passIdsIn(t).includes(text(pass._id)));
    if (tasks.length > 1) found.push(`${tasks.length} open reminders for the pass of ${text(pass.email)}`);
    if (!LIVE.includes(text(pass.status)) && tasks.length > 0)
      found.push(`reminder left open for the ${text(pass.status)} pass of ${text(pass.email)}`);
    const due = tasks[0]?.dueDate;
    if (LIVE.includes(text(pass.status)) && due && !(Math.abs(new Date(due).getTime() - time(pass.expiresAt)) <= 1000)) {
      found.push(`reminder of ${text(pass.email)} due ${due}, the pass ends ${new Date(time(pass.expiresAt)).toISOString()}`);
    }
  }
  for (const [key, n] of count(
    log.filter((e) => e.outcome === 'done').map((e) => `${text(e.action)} ${email(e.subjectEmail)} ${text(e.grantId)}`),
  )) {
    if (n > 1) found.push(`${n} "${key}" log lines`);
  }
  const pending = after.invites.filter((i) => !oldInvites.has(i.id) && i.status === 'Pending');
  for (const [key, n] of count(pending.map((i) => normalizeEmail(i.email)))) if (n > 1) found.push(`${n} pending invites to ${key}`);
  return found;
}

function passBefore(before: EmulatorState, id: string): Row | undefined {
  return rows(before, COLLECTIONS.grants).find((p) => p._id === id);
}
