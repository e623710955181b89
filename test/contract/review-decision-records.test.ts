import { describe, expect, it } from 'vitest';
import { loadReviews } from '../../src/wix/review-reads';
import { saveDecision, startReview } from '../../src/operations/reviews';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';

describe('review decisions as their own records', () => {
  const wix = useEmulator('demo');
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' });
  const keep = (subjectKey: string, decision: 'keep' | 'remove', reason = '') => ({
    subjectKey,
    subjectType: 'person' as const,
    subjectEmail: `${subjectKey}@example.com`,
    subjectName: subjectKey,
    role: 'Admin',
    decision,
    reason,
    at: wix.clock(),
  });

  it('saves one record per row: saving it again (retry, changed decision) replaces it; loading rebuilds the open review', async () => {
    const review = await startReview(context(), 'full-quarterly');
    await saveDecision(wix.gateway, review._id, keep('sam', 'keep'));
    await saveDecision(wix.gateway, review._id, keep('sam', 'keep'));
    await saveDecision(wix.gateway, review._id, keep('sam', 'remove', 'Left the company'));
    await saveDecision(wix.gateway, review._id, keep('lena', 'keep'));
    const records = (await wix.control.state()).collections[COLLECTIONS.reviewDecisions] ?? [];
    expect(records.map((r) => r.id).sort()).toEqual([`${review._id}:lena`, `${review._id}:sam`]);
    for (const r of records) expect(new TextEncoder().encode(JSON.stringify(r.data)).length).toBeLessThan(2000);
    const [loaded] = await loadReviews(wix.gateway);
    expect(loaded?.decisions.map((d) => [d.subjectKey, d.decision, d.reason])).toEqual([
      ['sam', 'remove', 'Left the company'],
      ['lena', 'keep', ''],
    ]);
  });
});
