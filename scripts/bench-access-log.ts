/**
 * Measures the access log on a large site (the stress seed: 1,000 contributors, 500 invites) as
 * the log grows to 1,000, 10,000 and 50,000 entries (written through Wix Data's bulk insert, 1,000 a
 * call): what showing page 1 costs (reconciliation's filtered query + one page query) in Wix
 * requests, time and heap, beside reading the whole log (what the tab did before); then the CSV
 * export page by page, reconciling 200 stale pending entries, and one offboarding. Prints figures.
 *
 *   NODE_OPTIONS=--expose-gc npx tsx scripts/bench-access-log.ts     (heap figures need --expose-gc)
 */
import { performance } from 'node:perf_hooks';
import { LOG_ACTIONS, logEntrySchema, type LogAction } from '../src/access/access-log.js';
import { accessLogCsvHeader, accessLogCsvLines, LOG_CSV_LINE_BREAK } from '../src/access/log-csv.js';
import { NO_FILTER } from '../src/access/log-view.js';
import { readLogPage } from '../src/features/access-log/log-query.js';
import { offboardPerson } from '../src/operations/offboard.js';
import { reconcileOnOpen } from '../src/operations/reconcile.js';
import { invitesQuery, peopleQuery } from '../src/page/site-queries.js';
import { COLLECTIONS } from '../src/wix/collections.js';
import { inProcessBackend } from '../src/backend/local/in-process-backend.js';
import { emulatorSite, localPlatform, withCaller } from '../src/backend/local/local-platform.js';
import { createEmulatorClient, tokenAuth } from '../src/wix/client.js';
import { createGateway } from '../src/wix/gateway.js';
import { startEmulator } from '../emulator/server.js';

const SIZES = [1_000, 10_000, 50_000];
const STALE_PENDING = 200;
const actions = Object.keys(LOG_ACTIONS) as LogAction[];

const emulator = await startEmulator({ seed: 'stress' });
const ownerToken = emulator.store.pageToken(emulator.store.state.ownerAccountId);
// The owner's page: its web methods (the log's appends among them) run as the owner, as in Wix.
const gateway = createGateway(
  createEmulatorClient(emulator.url, tokenAuth(ownerToken)),
  inProcessBackend(withCaller(localPlatform(emulatorSite(emulator)), emulator.url, ownerToken)),
);
const clock = () => emulator.store.now();
const context = { gateway, clock, actor: 'Benchmark' };
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** Runs `work`, keeping its result alive, and prints Wix requests (Data queries among them), time and heap it holds. */
async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  const requestsBefore = emulator.store.requests.length;
  const heapBefore = heapMb();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const heap = gc ? `${(heapMb() - heapBefore).toFixed(1).padStart(6)} MB held` : '';
  const requests = emulator.store.requests.slice(requestsBefore);
  const queries = requests.filter((r) => r.path === '/wix-data/v2/items/query').length;
  console.log(
    `${label.padEnd(44)} ${String(requests.length).padStart(4)} requests (${String(queries).padStart(3)} Data queries) ${ms.toFixed(0).padStart(6)} ms ${heap}`,
  );
  return result;
}

/** Adds closed entries up to `total`, entry n written n + 2 minutes ago, in bulk calls of 1,000. */
async function growLogTo(total: number, from: number) {
  const now = clock().getTime();
  const items = Array.from({ length: total - from }, (_, k) => {
    const i = from + k;
    return {
      _id: `log-${i}`,
      at: new Date(now - (i + 2) * 60_000),
      action: actions[i % actions.length],
      subjectEmail: `person${(i % 999) + 1}@example.com`,
      subjectName: `Contributor ${(i % 999) + 1}`,
      role: 'Blog Writer',
      reason: i % 50 === 0 ? `=HYPERLINK("http://x.example/${i}")` : `Reason ${i}`,
      actor: 'Maya Levin (owner)',
      outcome: 'done',
      detail: '',
    };
  });
  const problems = await gateway.records.insertMany(COLLECTIONS.accessLog, items);
  if (problems.some((p) => p !== undefined)) throw new Error('the bulk insert refused entries');
}

// The page has the invite records and the people already (read on open); reconciliation reuses them.
const invites = await invitesQuery(gateway).queryFn();
const known = await peopleQuery(gateway).queryFn();
const showPage1 = async () => {
  const reconciliation = await reconcileOnOpen(
    context,
    async () => invites,
    async () => known,
  );
  return { reconciliation, page: await readLogPage(gateway, NO_FILTER, 1) };
};

let size = 0;
for (const next of SIZES) {
  await growLogTo(next, size);
  size = next;
  console.log(`\n— ${size.toLocaleString('en-US')} log entries`);
  const shown = await measure('page 1 (reconcile query + page query)', showPage1);
  console.log(`  ${shown.page.items.length} entries shown of ${shown.page.total ?? 'more'}; ${shown.reconciliation.checked} checked`);
  await measure('page 2 (one query)', () => readLogPage(gateway, NO_FILTER, 2));
  await measure('filter person "contributor 1" + Removed', () =>
    readLogPage(gateway, { ...NO_FILTER, person: 'contributor 1', action: 'removed' }, 1),
  );
  await measure('before: the whole log, 1,000 a request', () =>
    gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { orderBy: { field: 'at', direction: 'desc' } }),
  );
}

console.log('');
const csv = await measure(`CSV export of ${size.toLocaleString('en-US')}, 1,000 a request`, async () => {
  const parts = [accessLogCsvHeader()];
  const before = clock();
  for (let page = 1, more = true; more; page += 1) {
    const result = await readLogPage(gateway, NO_FILTER, page, { limit: 1000, before, withTotal: page === 1 });
    parts.push(accessLogCsvLines(result.items));
    more = result.hasNext;
  }
  return parts.join(LOG_CSV_LINE_BREAK);
});
console.log(`  ${(csv.length / 1024 / 1024).toFixed(1)} MB, ${csv.split('\r\n').length - 1} rows`);

// Some operations never finished: their entries are still pending (written straight into the store).
for (const item of (emulator.store.state.collections[COLLECTIONS.accessLog] ?? []).slice(0, STALE_PENDING)) {
  item.data = {
    ...item.data,
    action: 'removed',
    outcome: 'pending',
    subjectEmail: Number(item.id.slice(4)) % 2 ? 'left@example.com' : item.data.subjectEmail,
  };
}
const reconciled = await measure(`page 1 with ${STALE_PENDING} stale pending entries`, showPage1);
console.log(
  `  closed: ${reconciled.reconciliation.confirmed} done, ${reconciled.reconciliation.failed} failed; problem: ${reconciled.reconciliation.problem ?? 'none'}`,
);

const site = { ...(await peopleQuery(gateway).queryFn()), invites: await invitesQuery(gateway).queryFn() };
const person = site.people.find((p) => p.accountId === 'acc-7');
if (!person) throw new Error('stress seed changed');
await measure('offboard one person (remove, invites, passes, log)', () =>
  offboardPerson(context, { person, people: site.people, roles: site.roles, invites: site.invites, reason: 'Benchmark' }),
);
await emulator.close();
