import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonical, chainAfter, chainId, GENESIS_HASH } from '../../src/access/log-chain';
import { chainWalker } from '../../src/access/log-verify';

const entry = {
  at: new Date('2026-12-02T10:00:00Z'),
  action: 'removed',
  subjectEmail: 'support@powr.io',
  subjectName: 'POWR Support',
  role: 'Website Manager',
  reason: 'Ticket "4711" closed',
  actor: 'Maya Levin (owner)',
  outcome: 'pending',
  detail: '',
};

describe('the log chain (canonical form as the README documents it)', () => {
  it('is a JSON array of the fields in a fixed order, the date in ISO, a missing text as ""', () => {
    expect(canonical({ ...entry, seq: 1 })).toBe(
      '[1,"2026-12-02T10:00:00.000Z","removed","support@powr.io","POWR Support","Website Manager","Ticket \\"4711\\" closed","Maya Levin (owner)","pending","","",""]',
    );
  });

  it("hashes SHA-256 hex over the previous hash and the canonical form (checked against Node's own crypto)", async () => {
    const [first, second] = await chainAfter(null, [entry, { ...entry, outcome: 'done', closes: chainId(1) }]);
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(first).toMatchObject({
      seq: 1,
      _id: chainId(1),
      prevHash: GENESIS_HASH,
      hash: sha(GENESIS_HASH + canonical({ ...entry, seq: 1 })),
    });
    expect(second?.prevHash).toBe(first?.hash);
    expect(second?.hash).toBe(sha(String(first?.hash) + canonical({ ...entry, outcome: 'done', closes: chainId(1), seq: 2 })));
  });

  it('derives GUID-shaped ids from the number', () => {
    expect(chainId(1234)).toBe('5ac0e000-0000-4000-8000-000000001234');
    expect(chainId(1234)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('walks a chain and stops at the first break', async () => {
    const chained = await chainAfter(null, [entry, entry, entry]);
    const walk = async (entries: typeof chained) => {
      const walker = chainWalker();
      for (const e of entries) if (await walker.next(e)) break;
      return walker.result();
    };
    await expect(walk(chained)).resolves.toMatchObject({ intact: true, count: 3 });
    const [a, b, c] = chained;
    if (!a || !b || !c) throw new Error('chain');
    await expect(walk([a, { ...b, actor: 'Someone else' }, c])).resolves.toMatchObject({
      intact: false,
      problem: { kind: 'changed', seq: 2 },
    });
    await expect(walk([a, c])).resolves.toMatchObject({ intact: false, problem: { kind: 'removed', seq: 2 } });
  });
});
