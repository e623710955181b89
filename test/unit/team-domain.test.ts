import { describe, expect, it } from 'vitest';
import { csvDataUri, looksLikeFormula, toCsv } from '../../src/access/csv';
import { newHandoffProblems, type Handoff } from '../../src/access/handoff';
import { checklistFor, progressOf } from '../../src/access/handoff-checklist';
import { assertCanTick, tickBlocker } from '../../src/access/handoff-order';
import { summaryRows } from '../../src/access/handoff-summary';
import { DEFAULT_TEMPLATE, renderWelcome } from '../../src/access/welcome-message';

const handoff = (overrides: Partial<Handoff> = {}): Handoff => ({
  _id: 'h1',
  _rev: 0,
  newOwnerEmail: 'jane@new.example',
  newOwnerName: 'Jane',
  handedOverBy: 'Agency',
  transfers: ['site'],
  startedAt: new Date('2026-11-01T10:00:00Z'),
  startedBy: 'Maya',
  items: [],
  ...overrides,
});

describe('CSV out', () => {
  it('quotes commas, quotes and line breaks, and neutralises formulas for spreadsheets', () => {
    expect(
      toCsv([
        ['a,b', 'say "hi"', 'two\nlines'],
        ['=SUM(A1)', '+1', '@x', '-2', 'plain'],
      ]),
    ).toBe('\uFEFF"a,b","say ""hi""","two\nlines"\r\n"\'=SUM(A1)","\'+1","\'@x","\'-2",plain\r\n');
    expect(csvDataUri('a,b')).toBe('data:text/csv;charset=utf-8,a%2Cb');
  });
  it('reads =, and +/-/@ with a call or reference, as formulas; a dash before words is not one', () => {
    expect([
      looksLikeFormula('=1'),
      looksLikeFormula('@SUM(A1)'),
      looksLikeFormula("-2+cmd|' /C calc'!A0"),
      looksLikeFormula('- spring posts'),
    ]).toEqual([true, true, true, false]);
  });
});

describe('handoff checklist', () => {
  it('adds the billing, domain and connections checks only when those transfer', () => {
    expect(checklistFor(handoff()).length).toBe(13);
    const all = checklistFor(handoff({ transfers: ['site', 'domain', 'premium-plan', 'third-party'] })).map((i) => i.id);
    expect(all).toEqual(expect.arrayContaining(['domain-moved', 'billing-stopped', 'reconnect-tools']));
    expect(all).toHaveLength(16);
  });
  it('counts progress over the items that apply', () => {
    const stamp = { doneAt: new Date(), doneBy: 'Maya', note: '' };
    const progress = progressOf(
      handoff({
        items: [
          { id: 'new-owner-ready', ...stamp },
          { id: 'billing-stopped', ...stamp },
        ],
      }),
    );
    expect(progress).toEqual({ done: 1, total: 13, complete: false });
  });
  it('refuses a bad email and a second open handoff to the same person', () => {
    const input = { newOwnerEmail: 'Jane@New.example', newOwnerName: '', handedOverBy: '', transfers: ['site' as const] };
    expect(newHandoffProblems(input, [handoff()]).newOwnerEmail).toMatch(/already an open handoff/);
    expect(newHandoffProblems(input, [handoff({ finishedAt: new Date() })])).toEqual({});
    expect(newHandoffProblems({ ...input, newOwnerEmail: 'jane' }, []).newOwnerEmail).toBe('"jane" is not a valid email address.');
  });
  it('summarises facts, then every step with who and when', () => {
    const rows = summaryRows(
      handoff({ items: [{ id: 'new-owner-ready', doneAt: new Date('2026-11-02T09:05:00Z'), doneBy: 'Maya', note: 'ok' }] }),
    );
    expect(rows[1]).toEqual(['New owner', 'Jane (jane@new.example)']);
    expect(rows.find((r) => r[1]?.startsWith('The new owner has'))).toEqual([
      'Before the transfer',
      'The new owner has a Wix account and can read email at their address',
      'Done',
      'Maya',
      'Nov 2, 2026, 9:05 AM UTC',
      'ok',
    ]);
  });
});

describe('handoff order', () => {
  const stamp = (id: string) => ({ id, doneAt: new Date('2026-11-02T10:00:00Z'), doneBy: 'Maya', note: '' });
  const before = ['new-owner-ready', 'signed-in-as-owner', 'transfers-decided'].map(stamp);

  it('refuses "accepted" before the transfer is started, and the new owner\'s checks before it is accepted', () => {
    expect(() => assertCanTick(handoff(), 'transfer-accepted')).toThrow(
      'Not saved: The new owner can only accept once the transfer is started: first record "I started the transfer".',
    );
    expect(tickBlocker(handoff(), 'transfer-started')).toBe('Tick the items before the transfer first.');
    expect(tickBlocker(handoff({ items: before }), 'transfer-started')).toBeNull();
    expect(tickBlocker(handoff({ items: [...before, stamp('transfer-started')] }), 'transfer-accepted')).toBeNull();
    expect(tickBlocker(handoff({ items: [...before, stamp('transfer-started')] }), 'verify-dashboard')).toMatch(/once they have accepted/);
    expect(tickBlocker(handoff({ items: [stamp('transfer-started'), stamp('transfer-accepted')] }), 'verify-dashboard')).toBeNull();
    expect(tickBlocker(handoff(), 'update-docs')).toBeNull();
  });
});

describe('welcome message', () => {
  it("fills the guide's placeholders, keeping a visible gap where a value is missing", () => {
    const text = renderWelcome(DEFAULT_TEMPLATE, {
      name: '',
      role: 'Blog Writer',
      roleDescription: 'Writes posts.',
      siteName: '',
      contact: 'Maya',
    });
    expect(text).toMatch(/^Hi there,\n\nYou now have Blog Writer access to \[Site Name\]\./);
    expect(text).toContain('- Writes posts.');
    expect(text).toMatch(/Please reach out to Maya if you have questions!\nMaya$/);
  });
});
