import { chooseOption } from '../support/wds-controls';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { logEntrySchema, type LogAction } from '../../src/access/access-log';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Access log: filters, pages and reconciliation', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());
  const minutesAgo = (minutes: number) => new Date(wix.clock().getTime() - minutes * 60_000);

  const logEntry = (fields: { action: LogAction; subjectEmail: string; at: Date; outcome?: string; [key: string]: unknown }) =>
    wix.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, {
      subjectName: '',
      role: '',
      reason: '',
      actor: 'Maya Levin (owner)',
      detail: '',
      outcome: 'done',
      ...fields,
    });
  const stored = async () => ((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((item) => item.data);

  const openLog = async (user: ReturnType<typeof renderApp>['user']) => {
    await user.click(await screen.findByRole('tab', { name: 'Access log' }));
  };

  describe('with many entries', () => {
    beforeEach(async () => {
      for (let i = 0; i < 23; i++) {
        await logEntry({ action: 'invited', subjectEmail: `guest${i}@example.com`, at: minutesAgo(60 * 24 * i + 5), role: 'Blog Writer' });
      }
      await logEntry({
        action: 'removed',
        subjectEmail: 'lena@parkstudio.design',
        subjectName: 'Lena Park',
        at: minutesAgo(2),
        reason: 'Project over',
      });
    });

    it('shows the newest first, 20 to a page', async () => {
      const { user } = renderApp(wix);
      await openLog(user);
      expect(await screen.findByText('Showing 1–20 of 24 · page 1 of 2')).toBeInTheDocument();
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows).toHaveLength(20);
      expect(rows[0]).toHaveTextContent(/Lena Park.*lena@parkstudio\.design/);
      expect(rows[1]).toHaveTextContent('guest0@example.com');
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(await screen.findByText('Showing 21–24 of 24 · page 2 of 2')).toBeInTheDocument();
      expect(screen.getAllByRole('row').slice(1).at(-1)).toHaveTextContent('guest22@example.com');
      expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
    });

    it('filters by person, action and date range, and explains a reversed range', async () => {
      const { user } = renderApp(wix);
      await openLog(user);
      await user.type(await screen.findByLabelText('Person'), 'LENA');
      expect(await screen.findByText('Showing 1–1 of 1 · page 1 of 1')).toBeInTheDocument();
      await user.clear(screen.getByLabelText('Person'));
      expect(await screen.findByText('Showing 1–20 of 24 · page 1 of 2')).toBeInTheDocument();
      await user.type(screen.getByLabelText('Person'), 'guest1');
      expect(await screen.findByText('Showing 1–11 of 11 · page 1 of 1')).toBeInTheDocument();
      await user.clear(screen.getByLabelText('Person'));

      await chooseOption('Action', 'Access removed');
      expect(await screen.findByText('Showing 1–1 of 1 · page 1 of 1')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      expect(await screen.findByText('Showing 1–20 of 24 · page 1 of 2')).toBeInTheDocument();

      const day = (daysAgo: number) =>
        minutesAgo(60 * 24 * daysAgo)
          .toISOString()
          .slice(0, 10);
      await user.type(screen.getByLabelText('From'), day(4));
      await user.type(screen.getByLabelText('To'), day(2));
      const inRange = (at: Date) => at.toISOString().slice(0, 10) >= day(4) && at.toISOString().slice(0, 10) <= day(2);
      const expected = Array.from({ length: 23 }, (_, i) => i)
        .filter((i) => inRange(minutesAgo(60 * 24 * i + 5)))
        .map((i) => `guest${i}@example.com`);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      await waitFor(() =>
        expect(
          screen
            .getAllByRole('row')
            .slice(1)
            .map(
              (row) =>
                within(row)
                  .getAllByRole('cell')[2]
                  ?.textContent?.match(/guest\d+@example\.com/)?.[0],
            ),
        ).toEqual(expected),
      );
      await user.clear(screen.getByLabelText('From'));
      await user.type(screen.getByLabelText('From'), day(1));
      expect(screen.getByText('The start date is after the end date.')).toBeInTheDocument();
    });
  });

  describe('reconciliation on open', () => {
    it('closes pending entries older than a minute against Wix, and leaves recent ones alone', async () => {
      await wix.gateway.contributors.remove('acc-lena');
      await logEntry({
        action: 'removed',
        subjectEmail: 'lena@parkstudio.design',
        subjectName: 'Lena Park',
        at: minutesAgo(5),
        outcome: 'pending',
      });
      await logEntry({
        action: 'removed',
        subjectEmail: 'support@powr.io',
        subjectName: 'POWR Support',
        at: minutesAgo(3),
        outcome: 'pending',
      });
      await logEntry({ action: 'invite-revoked', subjectEmail: 'alex@ledgerlane.co', at: minutesAgo(2), outcome: 'pending' });
      await logEntry({
        action: 'removed',
        subjectEmail: 'sam.ortiz.writes@gmail.com',
        at: new Date(wix.clock().getTime() - 10_000),
        outcome: 'pending',
      });
      const { user } = renderApp(wix);
      await openLog(user);
      expect(await screen.findByText('Checked 3 unfinished entries against Wix: 1 done, 2 failed.')).toBeInTheDocument();
      expect(screen.getByRole('row', { name: /Lena Park/ })).toHaveTextContent(/done.*they no longer have access/);
      expect(screen.getByRole('row', { name: /POWR Support/ })).toHaveTextContent(/failed.*they still have access/);
      const outcomes = Object.fromEntries((await stored()).map((e) => [e.subjectEmail, e.outcome]));
      expect(outcomes).toEqual({
        'lena@parkstudio.design': 'done',
        'support@powr.io': 'failed',
        'alex@ledgerlane.co': 'failed',
        'sam.ortiz.writes@gmail.com': 'pending',
      });
    });

    it('keeps entries pending and says so when Wix cannot be asked', async () => {
      await logEntry({ action: 'removed', subjectEmail: 'support@powr.io', at: minutesAgo(3), outcome: 'pending' });
      const { user } = renderApp(wix);
      await screen.findByRole('row', { name: /POWR Support/ });
      await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 500 });
      await openLog(user);
      expect(await screen.findByRole('alert')).toHaveTextContent(/problem on its side.*stay pending/);
      expect(screen.getByRole('row', { name: /support@powr.io/ })).toHaveTextContent('pending');
      expect((await stored())[0]?.outcome).toBe('pending');
    });

    it('logs an invite as accepted once, when someone joined from it', async () => {
      await wix.control.accept('inv-bookkeeper', 'alex.work@ledgerlane.co');
      const first = renderApp(wix);
      await openLog(first.user);
      expect(await screen.findByText('Logged 1 accepted invite.')).toBeInTheDocument();
      expect(screen.getByRole('row', { name: /Invite accepted/ })).toHaveTextContent(
        /alex\.work.*alex@ledgerlane\.co.*Billing Manager.*joined as alex\.work@ledgerlane\.co/,
      );
      await first.user.click(screen.getByRole('tab', { name: 'Access review' }));
      await first.user.click(screen.getByRole('tab', { name: 'Access log' }));
      await screen.findByRole('row', { name: /Invite accepted/ });
      expect((await stored()).filter((e) => e.action === 'accepted')).toHaveLength(1);
    });
  });

  it('shows a failed load with Retry instead of an empty log', async () => {
    const { user } = renderApp(wix);
    await screen.findByRole('row', { name: /POWR Support/ });
    await wix.control.givenFaults({ path: '/wix-data/v2/items/query', status: 429, times: 1 });
    await openLog(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(/too many requests/);
    expect(screen.queryByText('Nothing logged yet')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Nothing logged yet')).toBeInTheDocument();
  });
});
