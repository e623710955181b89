import { chooseOption } from '../support/wds-controls';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOG_ACTIONS, logEntrySchema, type LogAction } from '../../src/access/access-log';
import { accessLogCsv, accessLogHeadLine } from '../../src/access/log-csv';
import { logDone } from '../../src/operations/log';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Access log: CSV export, page by page', () => {
  const wix = useEmulator('demo');
  const minutesAgo = (minutes: number) => new Date(wix.clock().getTime() - minutes * 60_000);
  const actions = Object.keys(LOG_ACTIONS) as LogAction[];
  const logEntry = (fields: { action: LogAction; subjectEmail: string; at: Date; [key: string]: unknown }) =>
    wix.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, {
      subjectName: '',
      role: '',
      reason: '',
      actor: 'Maya Levin (owner)',
      detail: '',
      outcome: 'done',
      ...fields,
    });
  /** `count` closed entries, one a minute apart, written in bulk as Wix takes them (1,000 a call). */
  const givenEntries = (count: number) =>
    wix.gateway.records.insertMany(
      COLLECTIONS.accessLog,
      Array.from({ length: count }, (_, i) => ({
        _id: `bulk-${String(i).padStart(5, '0')}`,
        at: minutesAgo(i + 2),
        action: actions[i % actions.length],
        subjectEmail: `person${i}@example.com`,
        subjectName: `Person ${i}`,
        role: 'Blog Writer',
        reason: i % 100 === 0 ? `=HYPERLINK("http://x.example/${i}")` : `Reason, "${i}"`,
        actor: 'Maya Levin (owner)',
        outcome: 'done',
        detail: '',
      })),
    );
  const dataQueries = async () => (await wix.control.requests()).filter((r) => r.path === '/wix-data/v2/items/query').length;

  let saved: Blob[] = [];
  beforeEach(() => {
    saved = [];
    // jsdom has no object URLs or downloads: capture the file the browser would save.
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:access-log';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());
  const savedCsv = async () => (await saved[0]?.text())?.replace(/^\ufeff/, '') ?? '';

  const openLog = async () => {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Access log' }));
    return app;
  };

  it('exports the filtered view with formula-like cells neutralised', async () => {
    await logEntry({
      action: 'removed',
      subjectEmail: 'support@powr.io',
      subjectName: 'POWR Support',
      at: minutesAgo(30),
      reason: '=HYPERLINK("http://evil.example","Click")',
    });
    await logEntry({
      action: 'removed',
      subjectEmail: 'sam.ortiz.writes@gmail.com',
      subjectName: '@SUM(A1:A9)',
      at: minutesAgo(20),
      reason: '+1-2\nsecond line',
      detail: '-cmd',
    });
    await logEntry({ action: 'invited', subjectEmail: 'other@example.com', at: minutesAgo(10), reason: '\tTabbed, "quoted"' });
    const { user, notices } = await openLog();
    await chooseOption('Action', 'Access removed');
    await screen.findByText('Showing 1–2 of 2 · page 1 of 1');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const csv = await savedCsv();
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Time (UTC),Action,Person,Email,Role,Reason,By,Outcome,Detail,Action code,Support pass,Closes,Seq,Previous hash,Hash',
    );
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Click"")"');
    expect(csv).toContain('"\'@SUM(A1:A9)"');
    expect(csv).toContain('"\'+1-2\nsecond line"');
    expect(csv).toContain('"\'-cmd"');
    expect(csv).not.toContain('other@example.com');
    expect(lines[1]).toContain('sam.ortiz.writes@gmail.com');
    expect(notices()).toEqual([
      expect.objectContaining({
        kind: 'toast',
        toast: expect.objectContaining({ message: expect.stringMatching(/^Exported 2 entries to access-log-\d{4}-\d{2}-\d{2}\.csv\.$/) }),
      }),
    ]);
  });

  it('exports the whole log (unfiltered) oldest first: a count, three queries of 1,000, the chain (empty here), and its head line', async () => {
    await givenEntries(2500);
    const { user, notices } = await openLog();
    await screen.findByText('Showing 1–20 of 2,500 · page 1 of 125');
    const before = await dataQueries();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await dataQueries()) - before).toBe(5);

    const all = await wix.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { orderBy: { field: 'at', direction: 'asc' } });
    const csv = await savedCsv();
    expect(csv).toBe(`${accessLogCsv(all)}\r\n${accessLogHeadLine(null)}`);
    expect(csv.split('\r\n')).toHaveLength(2502);
    expect(csv).toContain('"\'=HYPERLINK(""http://x.example/0"")"');
    expect(notices()).toEqual([
      expect.objectContaining({ toast: expect.objectContaining({ message: expect.stringMatching(/^Exported 2500 entries to /) }) }),
    ]);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows its progress and stops on Cancel without saving a file', async () => {
    await givenEntries(2500);
    const { user, notices } = await openLog();
    await screen.findByText('Showing 1–20 of 2,500 · page 1 of 125');
    const before = await dataQueries();
    await wix.control.givenFaults({ path: '/wix-data/v2/items/query', delayMs: 300 });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Exporting 1,000 of 2,500…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(notices()).toEqual([
        expect.objectContaining({ toast: expect.objectContaining({ message: 'Export cancelled; nothing was saved.' }) }),
      ]),
    );
    await wix.control.clearFaults();
    expect(saved).toHaveLength(0);
    // The count, the first page, and the page under way when Cancel was clicked.
    expect((await dataQueries()) - before).toBe(3);
    expect(screen.queryByText(/^Exporting/)).not.toBeInTheDocument();
  });

  it('a full export ends with the chain head and sets the monthly reminder to download the next copy (moved, not doubled)', async () => {
    await logDone(
      { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' },
      { action: 'review-decision', subjectEmail: 'lena@parkstudio.design', reason: 'Keep' },
    );
    const { user, notices } = await openLog();
    await screen.findByText('Showing 1–1 of 1 · page 1 of 1');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = (await savedCsv()).split('\r\n');
    const head = (await wix.control.state()).collections[COLLECTIONS.accessLog]?.[0]?.data.hash;
    expect(lines.at(-1)).toBe(`Chain head,,,,,,,,,,,,1,,${String(head)}`);
    expect(notices()).toEqual([
      expect.objectContaining({
        toast: expect.objectContaining({
          message: expect.stringMatching(/^Exported 1 entry to .*\. Next copy reminded in Tasks & Reminders on /),
        }),
      }),
    ]);
    const tasks = () =>
      wix.control.state().then((s) => s.tasks.filter((t) => t.title === 'Site Access: download a copy of the access log'));
    const [task] = await tasks();
    expect(new Date(String(task?.dueDate)).getTime() - wix.clock().getTime()).toBeGreaterThan(29 * 86_400_000);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(await tasks()).toHaveLength(1);
  });
});
