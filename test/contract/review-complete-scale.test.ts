import { describe, expect, it } from 'vitest';
import { buildChecklist, needsDecision } from '../../src/access/review/checklist';
import { reviewCsv } from '../../src/access/review/review-csv';
import { decisionsLoaded, reviewCounts } from '../../src/access/review/review-record';
import { keepRows } from '../../src/operations/review-keeps';
import { loadReviewDecisions, loadReviews } from '../../src/wix/review-reads';
import { completeReview, saveDecision, startReview } from '../../src/operations/reviews';
import { grantsQuery, invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';

/** The stress site: 1,000 contributors and 500 invites, 1,500 rows, all kept, then the review completed. */
describe('completing a review of 1,500 rows', { timeout: 180_000 }, () => {
  const wix = useEmulator('stress');
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' });
  const size = (data: unknown) => new TextEncoder().encode(JSON.stringify(data)).length;

  it('writes a small summary record, keeps the decisions in their records, and reads them back for the summary and CSV', async () => {
    const [{ people, roles }, invites, passes] = await Promise.all([
      peopleQuery(wix.gateway).queryFn(),
      invitesQuery(wix.gateway).queryFn(),
      grantsQuery(wix.gateway).queryFn(),
    ]);
    const open = await startReview(context(), 'full-quarterly');
    const rows = buildChecklist({ people, roles, invites, passes, reviews: [] }, wix.clock()).filter((r) => needsDecision(r, open.kind));
    expect(rows).toHaveLength(1500);
    // The bulk "Keep selected" path: the rows kept at once (their log entries in one backend call per 1,000),
    // then each decision saved as its own record.
    const kept = await keepRows(context(), rows, '', open.kind);
    const decisions = kept.flatMap((k) => ('outcome' in k ? [k.outcome] : []));
    expect(decisions).toHaveLength(1500);
    expect(decisions.flatMap((d) => d.warnings)).toEqual([]);
    for (const { decision } of decisions) await saveDecision(wix.gateway, open._id, decision);
    const logged = (await wix.control.state()).collections[COLLECTIONS.accessLog]?.filter((e) => e.data.action === 'review-decision') ?? [];
    expect(logged).toHaveLength(1500);
    await expect(wix.gateway.log.verify()).resolves.toMatchObject({ intact: true });

    const [loadedOpen] = await loadReviews(wix.gateway);
    expect(loadedOpen?.decisions).toHaveLength(1500);
    const { review, warnings } = await completeReview(context(), loadedOpen!, [loadedOpen!]);
    expect(warnings).toEqual([]);
    expect(review.completedAt).not.toBeNull();
    expect(review.decisions).toHaveLength(1500);

    const state = await wix.control.state();
    const [record] = state.collections[COLLECTIONS.reviews] ?? [];
    expect(size(record?.data)).toBeLessThan(20_000);
    expect(record?.data).toMatchObject({
      decisions: [],
      summary: { decisions: 1500, byDecision: { keep: 1500, remove: 0, cancel: 0 }, bySubjectType: { person: 1000, invite: 500 } },
    });
    expect(state.collections[COLLECTIONS.reviewDecisions]).toHaveLength(1500);

    // Opening the page: the reviews, then the latest completed review's decisions from their records.
    const before = (await wix.control.requests()).length;
    const [completed] = await loadReviews(wix.gateway);
    const queries = (await wix.control.requests()).slice(before).map((r) => r.path);
    expect(queries.every((p) => p.startsWith('/wix-data/v2/items/query'))).toBe(true);
    expect(queries).toHaveLength(3); // the reviews; the decisions' two pages of 1,000
    expect(completed?.completedAt).not.toBeNull();
    expect(decisionsLoaded(completed!)).toBe(true);
    expect(reviewCounts(completed!)).toMatchObject({
      decisions: 1500,
      byDecision: { keep: 1500 },
      bySubjectType: { person: 1000, invite: 500 },
    });
    const lines = reviewCsv(completed!).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1501);
    expect(lines.slice(1).filter((l) => l.includes(',Kept,'))).toHaveLength(1500);

    // A later completed review: the older one keeps its counts, and its CSV reads its records when asked.
    const next = await startReview(context(), 'invites-monthly');
    await completeReview(context(), next, await loadReviews(wix.gateway));
    const [latest, older] = await loadReviews(wix.gateway);
    expect(latest?._id).toBe(next._id);
    expect(older?.decisions).toEqual([]);
    expect(decisionsLoaded(older!)).toBe(false);
    expect(reviewCounts(older!).decisions).toBe(1500);
    expect(
      reviewCsv(await loadReviewDecisions(wix.gateway, older!))
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(1501);
  });
});
