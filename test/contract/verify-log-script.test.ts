import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { accessLogCsvHeader, accessLogCsvLines, accessLogHeadLine, LOG_CSV_LINE_BREAK } from '../../src/access/log-csv';
import { wholeLog } from '../../src/features/access-log/chain-pages';
import { logDone, logIntent, logOutcome } from '../../src/operations/log';
import { useEmulator } from '../support/emulator';

const run = promisify(execFile);

/** Runs `npx tsx scripts/verify-log.ts <file>` as the owner would; its exit code and output. */
async function verifyScript(csv: string) {
  const dir = await mkdtemp(join(tmpdir(), 'verify-log-'));
  const file = join(dir, 'access-log.csv');
  await writeFile(file, `\uFEFF${csv}`);
  try {
    const { stdout } = await run('npx', ['tsx', 'scripts/verify-log.ts', file], { cwd: process.cwd() });
    return { code: 0, out: stdout.trim() };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: `${failed.stdout}${failed.stderr}`.trim() };
  }
}

describe('scripts/verify-log.ts on an exported access log', () => {
  const wix = useEmulator('demo');
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });

  /** The file Export CSV saves for the whole log (the same reader and lines the tab uses). */
  const exported = async () => {
    const parts = [accessLogCsvHeader()];
    let head: { seq: number; hash: string } | null = null;
    for await (const { items } of wholeLog(wix.gateway, wix.clock())) {
      const lines = accessLogCsvLines(items);
      if (lines) parts.push(lines);
      for (const e of items) if (e.seq !== undefined && e.hash !== undefined) head = { seq: e.seq, hash: e.hash };
    }
    parts.push(accessLogHeadLine(head));
    return { csv: parts.join(LOG_CSV_LINE_BREAK), head };
  };

  it('verifies the exported file, and fails it after a one-character edit or a removed line', async () => {
    const intent = await logIntent(context(), {
      action: 'removed',
      subjectEmail: 'support@powr.io',
      subjectName: 'POWR Support',
      reason: '=HYPERLINK("x"), "quoted"\nline two',
    });
    await logOutcome(wix.gateway, intent, 'done', 'Removed.');
    await logDone(context(), { action: 'review-decision', subjectEmail: 'lena@parkstudio.design', reason: 'Keep', grantId: 'g-1' });
    const { csv, head } = await exported();

    const ok = await verifyScript(csv);
    expect(ok).toEqual({
      code: 0,
      out: `Log intact: 3 entries, last at ${await wix.gateway.log.verify().then((c) => (c.intact ? c.lastAt : ''))}. Head hash ${head?.hash}.`,
    });

    const edited = csv.replace('Keep', 'Kept');
    expect(edited).not.toBe(csv);
    const bad = await verifyScript(edited);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^Log changed: Entry #3 \(.+\) was changed after it was written/);

    const lines = csv.split(LOG_CSV_LINE_BREAK);
    const withoutSecond = [...lines.slice(0, 2), ...lines.slice(3)].join(LOG_CSV_LINE_BREAK);
    expect((await verifyScript(withoutSecond)).out).toMatch(/Entry #2 is missing/);
  }, 60_000);
});
