/**
 * Measures the access log and offboarding on a large site: the stress seed (1,000 contributors,
 * 500 invites) plus a 5,000-entry access log with 200 stale pending entries. Prints figures.
 *
 *   npx tsx scripts/bench-access-log.ts
 */
import { performance } from 'node:perf_hooks';
import { LOG_ACTIONS, logEntrySchema, type LogAction } from '../src/access/access-log.js';
import { accessLogCsv } from '../src/access/log-csv.js';
import { filterLog, logPage, NO_FILTER } from '../src/access/log-view.js';
import { offboardPerson } from '../src/operations/offboard.js';
import { reconcileLog } from '../src/operations/reconcile.js';
import { invitesQuery, peopleQuery } from '../src/operations/site-queries.js';
import { COLLECTIONS } from '../src/wix/collections.js';
import { backendApi } from '../src/backend/backend-api.js';
import { emulatorSite, localPlatform } from '../src/backend/local/local-platform.js';
import { createEmulatorClient, tokenAuth } from '../src/wix/client.js';
import { createGateway } from '../src/wix/gateway.js';
import { startEmulator } from '../emulator/server.js';

const ENTRIES = 5_000;
const STALE_PENDING = 200;
const actions = Object.keys(LOG_ACTIONS) as LogAction[];

async function timed<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(58)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}

const emulator = await startEmulator({ seed: 'stress' });
const gateway = createGateway(
    createEmulatorClient(emulator.url, tokenAuth(emulator.store.pageToken(emulator.store.state.ownerAccountId))),
    backendApi(localPlatform(emulatorSite(emulator))),
  );
const clock = () => emulator.store.now();
const context = { gateway, clock, actor: 'Benchmark' };
const now = clock().getTime();

// A long-lived site's log, written straight into the emulator's store (Wix Data's wire shape).
emulator.store.state.collections[COLLECTIONS.accessLog] = Array.from({ length: ENTRIES }, (_, i) => {
  const id = `log-${i}`;
  const pending = i < STALE_PENDING;
  const data = {
    _id: id, at: { $date: new Date(now - (i + 2) * 60_000).toISOString() }, action: pending ? 'removed' : actions[i % actions.length],
    subjectEmail: pending && i % 2 === 0 ? `left${i}@example.com` : `person${i % 999 + 1}@example.com`, subjectName: `Contributor ${i % 999 + 1}`, role: 'Blog Writer',
    reason: i % 50 === 0 ? `=HYPERLINK("http://x.example/${i}")` : `Reason ${i}`, actor: 'Maya Levin (owner)',
    outcome: pending ? 'pending' : 'done', detail: '',
  };
  return { id, dataCollectionId: COLLECTIONS.accessLog, data };
});

const heapBefore = process.memoryUsage().heapUsed;
const entries = await timed(`load ${ENTRIES.toLocaleString('en-US')} log entries through @wix/data`, () =>
  gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { orderBy: { field: 'at', direction: 'desc' } }),
);
const reconciled = await timed(`reconcile ${STALE_PENDING} stale pending entries against Wix`, () => reconcileLog(context, entries));
console.log(`  closed: ${reconciled.confirmed} done, ${reconciled.failed} failed; problem: ${reconciled.problem ?? 'none'}`);
const filtered = await timed('filter (person "contributor 1", action Removed) + page 1', () => {
  const matching = filterLog(reconciled.entries, { ...NO_FILTER, person: 'contributor 1', action: 'removed' });
  return { matching, page: logPage(matching, 1) };
});
console.log(`  ${filtered.matching.length} matching entries`);
const csv = await timed(`CSV export of all ${ENTRIES.toLocaleString('en-US')} entries (papaparse)`, () => accessLogCsv(reconciled.entries));
console.log(`  ${(csv.length / 1024).toFixed(0)} kB, ${csv.split('\r\n').length - 1} rows, ${(csv.match(/"'=/g) ?? []).length} formula cells neutralised`);
console.log(`heap used by the loaded log: ${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(1)} MB`);

const site = await timed('load 1,000 contributors + 500 invite records', async () => ({
  ...(await peopleQuery(gateway).queryFn()), invites: await invitesQuery(gateway).queryFn(),
}));
const person = site.people.find((p) => p.accountId === 'acc-7');
if (!person) throw new Error('stress seed changed');
await timed('offboard one person (remove, invites, support passes, log)', () =>
  offboardPerson(context, { person, people: site.people, roles: site.roles, invites: site.invites, reason: 'Benchmark' }),
);
await emulator.close();
