import type { LogEntry } from './access-log';

/** A closing entry: the outcome of an earlier intent, written as a new entry (the intent is never edited). */
export const isClosure = (entry: { closes?: string }) => entry.closes !== undefined && entry.closes !== '';

/**
 * The log as people read it: each intent with the outcome and detail of its latest closure (by `seq`,
 * then time), closures themselves left out. Entries written before closures existed pass unchanged.
 */
export function foldLog(intents: readonly LogEntry[], closures: readonly LogEntry[]): LogEntry[] {
  const latest = new Map<string, LogEntry>();
  for (const c of closures) {
    if (!c.closes) continue;
    const seen = latest.get(c.closes);
    if (!seen || later(c, seen)) latest.set(c.closes, c);
  }
  return intents
    .filter((e) => !isClosure(e))
    .map((e) => {
      const closure = latest.get(e._id);
      return closure ? { ...e, outcome: closure.outcome, detail: closure.detail } : e;
    });
}

function later(a: LogEntry, b: LogEntry): boolean {
  if (a.seq !== undefined && b.seq !== undefined) return a.seq > b.seq;
  return a.at.getTime() > b.at.getTime();
}

/** The closing entry for an intent: the intent's own fields, the new outcome and detail, `closes` its id. */
export function closureOf(entry: LogEntry, outcome: 'done' | 'failed', detail: string, at: Date) {
  return {
    at,
    action: entry.action,
    subjectEmail: entry.subjectEmail,
    subjectName: entry.subjectName,
    role: entry.role,
    reason: entry.reason,
    actor: entry.actor,
    outcome,
    detail,
    ...(entry.grantId ? { grantId: entry.grantId } : {}),
    closes: entry._id,
  };
}
