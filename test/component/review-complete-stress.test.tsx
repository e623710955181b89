import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/access/review/review-record';
import { loadReviews } from '../../src/wix/review-reads';
import { completeReview, saveDecision, startReview } from '../../src/operations/reviews';
import { grantsQuery, invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { buildChecklist, needsDecision } from '../../src/access/review/checklist';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

/** A completed review of the stress site (1,500 rows): the summary card and CSV read the decisions' records. */
describe('Access review at 1,500 rows: completed', { timeout: 120_000 }, () => {
  const wix = useEmulator('stress');

  it('completes with a small record; the page shows the counts and exports 1,500 lines', async () => {
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    const [{ people, roles }, invites, passes] = await Promise.all([
      peopleQuery(wix.gateway).queryFn(),
      invitesQuery(wix.gateway).queryFn(),
      grantsQuery(wix.gateway).queryFn(),
    ]);
    const open = await startReview(context, 'full-quarterly');
    const rows = buildChecklist({ people, roles, invites, passes, reviews: [] }, wix.clock()).filter((r) => needsDecision(r, open.kind));
    for (const row of rows) {
      const decision: Decision = {
        subjectKey: row.key,
        subjectType: row.type,
        subjectEmail: row.email,
        subjectName: row.type === 'person' ? row.name : '',
        role: row.role,
        decision: 'keep',
        reason: row.status === 'owner' ? 'Site owner' : '',
        at: wix.clock(),
      };
      await saveDecision(wix.gateway, open._id, decision);
    }
    const reviews = await loadReviews(wix.gateway);
    await completeReview(context, reviews[0]!, reviews);
    const [record] = (await wix.control.state()).collections[COLLECTIONS.reviews] ?? [];
    expect(new TextEncoder().encode(JSON.stringify(record?.data)).length).toBeLessThan(20_000);

    renderApp(wix);
    expect(await screen.findByText('Review summary', undefined, { timeout: 60_000 })).toBeInTheDocument();
    expect(screen.getByText('1500 decisions: Kept: 1500')).toBeInTheDocument();
    expect(screen.getByText('Yes, everyone with access is still active.')).toBeInTheDocument();
    const [link] = screen.getAllByRole('link', { name: 'Export CSV' });
    const csv = decodeURIComponent(link?.getAttribute('href')?.replace('data:text/csv;charset=utf-8,', '') ?? '');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1501);
    expect(lines.slice(1).filter((l) => l.includes(',Kept,'))).toHaveLength(1500);
  });
});
