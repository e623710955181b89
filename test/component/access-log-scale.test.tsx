import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LOG_ACTIONS, type LogAction } from '../../src/access/access-log';
import { LogPagination } from '../../src/features/access-log/components/log-pagination';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator, whenQuiet } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Access log at scale: Wix pages, sorts and counts', () => {
  const wix = useEmulator('demo');
  const actions = Object.keys(LOG_ACTIONS) as LogAction[];
  const dataQueries = async () => (await wix.control.requests()).filter((r) => r.path === '/wix-data/v2/items/query').length;
  /** Entry `n` was written `n + 2` minutes ago; they are stored in a shuffled order, so only the sort puts them in order. */
  const givenEntries = (count: number) => {
    const order = Array.from({ length: count }, (_, i) => (i * 7919) % count);
    return wix.gateway.records.insertMany(
      COLLECTIONS.accessLog,
      order.map((n) => ({
        _id: `e-${n}`,
        at: new Date(wix.clock().getTime() - (n + 2) * 60_000),
        action: actions[n % actions.length],
        subjectEmail: `person${n}@example.com`,
        subjectName: `Person ${n}`,
        role: '',
        reason: '',
        actor: 'Maya Levin (owner)',
        outcome: 'done',
        detail: '',
      })),
    );
  };
  const emails = () =>
    screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[2]?.textContent);

  it("shows page 1 of 5,000 entries with two Wix requests, newest first, with Wix's count", async () => {
    await givenEntries(5000);
    const { user } = renderApp(wix);
    await screen.findByRole('row', { name: /POWR Support/ });
    // The opening's last answers may still be on their way (the roles, through a web method): count from when Wix is quiet.
    const before = await whenQuiet(wix);
    await user.click(screen.getByRole('tab', { name: 'Access log' }));
    expect(await screen.findByText('Showing 1–20 of 5,000 · page 1 of 250')).toBeInTheDocument();
    // One query for reconciliation (stale pending entries), one for the page; never the whole log. The people and
    // invite records the page read on open are reused, so those are the only requests Wix sees.
    const sent = (await wix.control.requests()).slice(before.length);
    expect(sent.map((r) => r.path)).toEqual(['/wix-data/v2/items/query', '/wix-data/v2/items/query']);
    expect(emails()).toEqual(Array.from({ length: 20 }, (_, n) => `Person ${n}person${n}@example.com`));

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Showing 21–40 of 5,000 · page 2 of 250')).toBeInTheDocument();
    expect(emails()[0]).toBe('Person 20person20@example.com');
    const afterNext = await dataQueries();
    await user.type(screen.getByLabelText('Person'), 'person4999@');
    expect(await screen.findByText('Showing 1–1 of 1 · page 1 of 1')).toBeInTheDocument();
    // Typing asks Wix once the name has settled, not once per key.
    expect((await dataQueries()) - afterNext).toBeLessThanOrEqual(2);
  });

  it('says "of more" when Wix did not count, and follows Wix on whether there is a next page', () => {
    const onPage = vi.fn();
    const { rerender } = render(<LogPagination page={2} total={null} pageSize={20} hasNext shown={20} onPage={onPage} />);
    expect(screen.getByText('Showing 21–40 of more · page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled', 'true');
    rerender(<LogPagination page={3} total={null} pageSize={20} hasNext={false} shown={7} onPage={onPage} />);
    expect(screen.getByText('Showing 41–47 of more · page 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  });
});
