import { describe, expect, it } from 'vitest';
import { canOpenStep, laterStep, offboardingSchema, planProblems, type Offboarding } from '../../src/access/offboarding';
import { applyCheckChanges, settledStatus, skipReasonProblem } from '../../src/access/offboarding-checks';
import { documentationRow, teamMessage } from '../../src/access/offboarding-summary';
import { checkGroupsFor, checksFor } from '../../src/access/security-checklist';

const plan = { reason: 'Project over', assets: '', workInProgress: '', takenOverBy: '', credentials: '', notes: '' };
const record = (fields: Partial<Offboarding> = {}): Offboarding =>
  offboardingSchema.parse({
    _id: 'o1',
    status: 'in-progress',
    step: 'security',
    accountId: 'acc-lena',
    name: 'Lena Park',
    email: 'lena@parkstudio.design',
    roleTitles: ['Website Designer'],
    startedAt: new Date('2026-03-01T00:00:00Z'),
    startedBy: 'Maya Levin (owner)',
    joinedAt: new Date('2025-07-01T00:00:00Z'),
    removedAt: new Date('2026-03-01T01:00:00Z'),
    removedBy: 'Maya Levin (owner)',
    removal: 'removed',
    ...plan,
    checks: checksFor(['Website Designer'], false),
    ...fields,
  });

describe('post-removal security checks by role', () => {
  it.each([
    [['Admin (Co-Owner)'], ['admin', 'billing', 'code', 'everyone']],
    [['Website Manager'], ['admin', 'code', 'everyone']],
    [['Billing Manager'], ['billing', 'everyone']],
    [['Website Designer'], ['code', 'everyone']],
    [['Blog Writer'], ['everyone']],
    [['Custom Role Nobody Knows'], ['admin', 'billing', 'code', 'everyone']],
  ])('%j gets %j', (roles, groups) => {
    expect(checkGroupsFor(roles, false)).toEqual(groups);
  });

  it('adds a rotation check when the plan lists credentials, unless admin checks already rotate keys', () => {
    expect(checkGroupsFor(['Blog Writer'], true)).toEqual(['credentials', 'everyone']);
    expect(checkGroupsFor(['Website Manager'], true)).not.toContain('credentials');
  });

  it('keeps ticks when the checks are rebuilt', () => {
    const ticked = checksFor(['Blog Writer'], false).map((c) =>
      c.id === 'everyone-docs' ? { ...c, tickedAt: new Date(), tickedBy: 'Maya' } : c,
    );
    const rebuilt = checksFor(['Blog Writer'], true, ticked);
    expect(rebuilt.map((c) => c.id)).toEqual(['credentials-rotate', 'everyone-docs', 'everyone-stakeholders', 'everyone-tools']);
    expect(rebuilt.find((c) => c.id === 'everyone-docs')?.tickedBy).toBe('Maya');
  });
});

describe('offboarding plan and progress', () => {
  it('needs a reason and limits every field', () => {
    expect(planProblems({ ...plan, reason: '  ' }).reason).toBe('Give a reason: it is kept in the access log.');
    expect(planProblems({ ...plan, reason: 'x'.repeat(501) }).reason).toMatch(/under 500 characters \(now 501\)/);
    expect(planProblems({ ...plan, notes: 'x'.repeat(1001) }).notes).toBe('Notes: keep it under 1000 characters (now 1001).');
    expect(planProblems(plan)).toEqual({});
  });

  it('only moves forward, and opens only steps already reached', () => {
    expect(laterStep('security', 'remove')).toBe('security');
    expect(laterStep('plan', 'remove')).toBe('remove');
    expect(canOpenStep(record(), 'remove')).toBe(true);
    expect(canOpenStep(record(), 'verify')).toBe(false);
    expect(canOpenStep(record(), 'choose')).toBe(false);
  });
});

describe('documentation', () => {
  it("fills the guide's columns and writes a message listing what is still open", () => {
    expect(documentationRow(record())).toEqual({
      user: 'Lena Park',
      email: 'lena@parkstudio.design',
      role: 'Website Designer',
      added: 'Jul 1, 2025',
      removed: 'Mar 1, 2026',
      reason: 'Project over',
      removedBy: 'Maya Levin (owner)',
    });
    const message = teamMessage(record({ takenOverBy: 'Daniel Cohen' }));
    expect(message).toContain('Lena Park (lena@parkstudio.design) no longer has access to our Wix site.');
    expect(message).toContain('Their work is taken over by: Daniel Cohen');
    expect(message).toContain('Security follow-up: 0 of 6 checks done.\nStill to do:\n- Review custom code (Settings, Custom Code)');
  });
});

describe('completion', () => {
  const at = new Date('2026-03-02T00:00:00Z');
  const ids = checksFor(['Website Designer'], false).map((c) => c.id);

  it('is in progress while a check is open, even once documented (mends records saved as completed)', () => {
    expect(settledStatus(record({ status: 'completed', documentedAt: at }))).toBe('in-progress');
    expect(settledStatus(record({ status: 'cancelled' }))).toBe('cancelled');
  });

  it('completes once documented and every check is done or skipped with a reason, in the order made', () => {
    const changes = ids.map((checkId, i) =>
      i === 0
        ? { checkId, kind: 'skip' as const, at, by: 'Maya', reason: ' Never had code access ' }
        : { checkId, kind: 'tick' as const, at, by: 'Maya' },
    );
    const done = applyCheckChanges(record({ documentedAt: at }), changes);
    expect(done.status).toBe('completed');
    expect(done.checks[0]).toMatchObject({ tickedAt: null, skippedBy: 'Maya', skipReason: 'Never had code access' });
    const reopened = applyCheckChanges(done, [{ checkId: ids[1] ?? '', kind: 'reopen' }]);
    expect(reopened.status).toBe('in-progress');
    expect(teamMessage(done)).toContain('Skipped:\n- Review custom code (Settings, Custom Code) (Never had code access)');
  });

  it('needs a reason to skip', () => {
    expect(skipReasonProblem('  ')).toMatch(/^Give a reason/);
    expect(skipReasonProblem('x'.repeat(501))).toMatch(/under 500 characters/);
    expect(skipReasonProblem('Not relevant')).toBeNull();
  });
});
