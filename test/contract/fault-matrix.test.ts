import { afterAll, describe, expect, it } from 'vitest';
import { reconcileOnOpen } from '../../src/operations/reconcile';
import { repairPasses } from '../../src/operations/repair-passes';
import { invitesQuery } from '../../src/page/site-queries';
import { grantSchema } from '../../src/access/support-pass';
import { COLLECTIONS } from '../../src/wix/collections';
import type { FaultRule } from '../../emulator/store';
import { useEmulator } from '../support/emulator';
import { contextOf, FLOWS, siteOf, type Flow } from '../support/fault-matrix/flows';
import { violations } from '../support/fault-matrix/invariants';

/** Each fault, aimed at one Wix call of a flow at a time (`nth` on every path). */
const FAULTS: { label: string; rule: Omit<FaultRule, 'path'> }[] = [
  { label: '500', rule: { status: 500 } },
  { label: '429', rule: { status: 429 } },
  { label: '403', rule: { status: 403 } },
  { label: 'dropped', rule: { status: 0 } },
  { label: 'lost answer', rule: { lose: true } },
];

/** Violations the app cannot prevent from these files, with the reason; a case with only these is a known gap, not a hold. */
// None now: an invite whose answer was lost is recorded without its id (see src/operations/invites.ts).
const KNOWN_GAPS: { pattern: RegExp; reason: string }[] = [];

interface Case {
  flow: string;
  fault: string;
  call: number;
  path: string;
  problems: string[];
  gap: string | null;
}

describe('fault matrix: every write flow × every fault × every Wix call, then reload; invariants on the emulator', () => {
  const wix = useEmulator('demo');
  const cases: Case[] = [];
  const calls = new Map<string, number>();

  const fresh = async (flow: Flow) => {
    await wix.control.reset('demo');
    wix.events.length = 0;
    await wix.connectKey();
    const run = await flow.prepare(wix);
    await settleEvents();
    return run;
  };
  /**
   * Lets the backend's event handlers (Contributor Created after an accept) finish before the flow's requests
   * are counted: every event the emulator delivered since the reset has been handled.
   */
  const settleEvents = async () => {
    const delivered = (await wix.control.deliveredEvents()).length;
    for (let i = 0; i < 2000 && wix.events.length < delivered; i += 1) await new Promise((resolve) => setTimeout(resolve, 15));
    expect(wix.events.length).toBeGreaterThanOrEqual(delivered);
  };
  /** The page opens again two minutes later: the access log is reconciled and the passes repaired. */
  const reload = async () => {
    await wix.control.advanceDays(2 / 1440);
    const context = contextOf(wix);
    await reconcileOnOpen(context, () => invitesQuery(wix.gateway).queryFn());
    await repairPasses(context, await wix.gateway.records.list(COLLECTIONS.grants, grantSchema), await siteOf(wix));
  };

  afterAll(() => {
    const held = cases.filter((c) => c.problems.length === 0);
    const gaps = cases.filter((c) => c.problems.length > 0 && c.gap);
    const failed = cases.filter((c) => c.problems.length > 0 && !c.gap);
    const lines = ['', 'FAULT MATRIX (issue 14): flow × fault × Wix call, then reload (reconcile + repair)', ''];
    lines.push(`${'flow'.padEnd(22)}${'calls'.padStart(6)}${FAULTS.map((f) => f.label.padStart(13)).join('')}${'held'.padStart(12)}`);
    for (const flow of FLOWS) {
      const mine = cases.filter((c) => c.flow === flow.name);
      const cell = (label: string) => {
        const some = mine.filter((c) => c.fault === label);
        return `${some.filter((c) => c.problems.length === 0).length}/${some.length}`.padStart(13);
      };
      lines.push(
        `${flow.name.padEnd(22)}${String(calls.get(flow.name) ?? 0).padStart(6)}${FAULTS.map((f) => cell(f.label)).join('')}${`${mine.filter((c) => c.problems.length === 0).length}/${mine.length}`.padStart(12)}`,
      );
    }
    lines.push('', `cases run: ${cases.length}, held: ${held.length}, known gaps: ${gaps.length}, failed: ${failed.length}`);
    for (const c of [...gaps, ...failed]) {
      lines.push(
        `  ${c.gap ? 'KNOWN GAP' : 'FAILED'} ${c.flow} / ${c.fault} at call ${c.call} (${c.path}): ${c.problems.join('; ')}${c.gap ? ` — ${c.gap}` : ''}`,
      );
    }
    console.log(lines.join('\n'));
  });

  for (const flow of FLOWS) {
    it(
      flow.name,
      async () => {
        const clean = await fresh(flow);
        const start = (await wix.control.requests()).length;
        await clean();
        const requests = (await wix.control.requests()).slice(start);
        calls.set(flow.name, requests.length);
        expect(requests.length).toBeGreaterThan(0);
        for (const fault of FAULTS) {
          for (let call = 1; call <= requests.length; call += 1) {
            const run = await fresh(flow);
            const before = await wix.control.state();
            await wix.control.givenFaults({ path: '/', nth: call, ...fault.rule });
            await run().catch(() => undefined);
            await wix.control.clearFaults();
            await reload();
            const problems = violations(before, await wix.control.state());
            const gap = problems.length > 0 ? (KNOWN_GAPS.find((g) => problems.every((p) => g.pattern.test(p)))?.reason ?? null) : null;
            const request = requests[call - 1];
            cases.push({
              flow: flow.name,
              fault: fault.label,
              call,
              path: `${request?.method ?? ''} ${request?.path ?? ''}`,
              problems,
              gap,
            });
          }
        }
        const failed = cases.filter((c) => c.flow === flow.name && c.problems.length > 0 && !c.gap);
        expect(failed.map((c) => `${c.fault} at call ${c.call} (${c.path}): ${c.problems.join('; ')}`)).toEqual([]);
      },
      240_000,
    );
  }
});
