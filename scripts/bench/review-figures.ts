/**
 * The review's figures that need no browser (issue #15): the body Wix receives per decision at 1 / 1,500 /
 * 7,500 rows (now: one decision record; before: the whole review record), and the requests the page sends
 * on open at 5,000 contributors + 2,500 invite records, and whether they leave in one wave.
 */
import { QueryClient } from '@tanstack/react-query';
import type { RunningEmulator } from '../../emulator/server.js';
import { startEmulator } from '../../emulator/server.js';
import { personKey } from '../../src/access/review/checklist.js';
import type { Decision } from '../../src/access/review/review-record.js';
import { reviewFields } from '../../src/access/review/review-record.js';
import { decisionRecordFields } from '../../src/access/review/decision-record.js';
import { startOpeningReads } from '../../src/app/opening-reads.js';
import { inProcessBackend } from '../../src/backend/local/in-process-backend.js';
import { emulatorSite, localPlatform, withCaller } from '../../src/backend/local/local-platform.js';
import { saveDecision, startReview } from '../../src/operations/reviews.js';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client.js';
import { COLLECTIONS } from '../../src/wix/collections.js';
import { createGateway } from '../../src/wix/gateway.js';
import { recordedBackend, recordedFetch, type Sent } from '../../test/support/recorded-requests.js';

/** A gateway as the signed-in owner's page, whose every request (Wix's and the web methods') is timed and weighed. */
function recordedGateway(emulator: RunningEmulator) {
  const sent: Sent[] = [];
  const token = emulator.store.pageToken(emulator.store.state.ownerAccountId);
  const platform = localPlatform(emulatorSite(emulator));
  // Web methods cross as JSON, as in Wix.
  const backend = recordedBackend(inProcessBackend(withCaller(platform, emulator.url, token)), sent);
  return { gateway: createGateway(createEmulatorClient(emulator.url, tokenAuth(token), recordedFetch(sent)), backend), backend, sent };
}

/** Adds contributors (state) and invite records (Wix Data bulk insert) until the site has that many. */
async function grow(emulator: RunningEmulator, gateway: ReturnType<typeof recordedGateway>['gateway'], people: number, invites: number) {
  const { state } = emulator.store;
  const [sample] = state.contributors.filter((c) => !c.policyIds.includes('role-owner'));
  for (let i = state.contributors.length; sample && i < people; i++)
    state.contributors.push({ ...sample, accountId: `acc-x${i}`, fullName: `Contributor ${i}`, email: `personx${i}@example.com` });
  const have = state.collections[COLLECTIONS.invites]?.length ?? 0;
  const now = emulator.store.now().toISOString();
  const records = Array.from({ length: Math.max(0, invites - have) }, (_, i) => ({
    _id: `rec-x${i}`,
    inviteId: `inv-x${i}`,
    email: `extra${i}@example.com`,
    roleId: 'role-blog-writer',
    roleTitle: 'Blog Writer',
    reason: `Extra ${i}`,
    sentAt: now,
    expiresAt: now,
    status: 'pending',
  }));
  if (records.length > 0) await gateway.records.insertMany(COLLECTIONS.invites, records);
}

const decisionOn = (emulator: RunningEmulator, i: number): Decision => {
  const person = emulator.store.state.contributors[i % emulator.store.state.contributors.length];
  return {
    subjectKey: personKey(person?.accountId ?? `acc-${i}`),
    subjectType: 'person',
    subjectEmail: person?.email ?? '',
    subjectName: person?.fullName ?? '',
    role: 'Website Manager',
    decision: 'keep',
    reason: 'Still runs the blog and the weekly newsletter',
    at: emulator.store.now(),
  };
};

/** Body per decision at a review of `rows` rows (every row decided, as at the end of a review). */
export async function bodyPerDecision(rows: number): Promise<{ rows: number; now: number; before: number }> {
  const emulator = await startEmulator({ seed: rows > 1 ? 'stress' : 'empty' });
  try {
    const { gateway, sent } = recordedGateway(emulator);
    const invites = rows > 1 ? Math.round(rows / 3) : 0;
    if (rows > 1) await grow(emulator, gateway, rows - invites, invites);
    const review = await startReview({ gateway, clock: () => emulator.store.now(), actor: 'Benchmark' }, 'full-quarterly');
    const decisions = Array.from({ length: rows }, (_, i) => decisionOn(emulator, i));
    sent.length = 0;
    await saveDecision(gateway, review._id, decisions[rows - 1] ?? decisionOn(emulator, 0));
    const now = sent.reduce((sum, s) => sum + s.bytes, 0);
    // Before: every decision rewrote the review with all its decisions (`items.update` of the whole record).
    const before = Buffer.byteLength(
      JSON.stringify({ dataCollectionId: COLLECTIONS.reviews, dataItem: { id: review._id, data: reviewFields({ ...review, decisions }) } }),
    );
    return { rows, now, before };
  } finally {
    await emulator.close();
  }
}

export interface OpenRequests {
  page: string[];
  oneWave: boolean;
  backend: number;
  spread: number;
}

/**
 * The page's requests on open at 5,000 contributors + 2,500 invite records (7,500 records), with no review
 * open and with a review of 1,500 decisions in progress: what the page sent (Wix's and the web methods),
 * whether all of them left before the first answer, and how many requests the backend sent Wix for it.
 */
export async function requestsOnOpen(reviewDecisions: number): Promise<OpenRequests> {
  const emulator = await startEmulator({ seed: 'stress' });
  try {
    const { gateway, backend, sent } = recordedGateway(emulator);
    await grow(emulator, gateway, 5000, 2500);
    if (reviewDecisions > 0) {
      const review = await startReview({ gateway, clock: () => emulator.store.now(), actor: 'Benchmark' }, 'full-quarterly');
      const records = Array.from({ length: reviewDecisions }, (_, i) =>
        decisionRecordFields(review._id, { ...decisionOn(emulator, i), subjectKey: `person:acc-bench-${i}` }),
      );
      await gateway.records.insertMany(COLLECTIONS.reviewDecisions, records);
    }
    sent.length = 0;
    const before = emulator.store.requests.length;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startOpeningReads(client, gateway, 'review', backend);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(
      client
        .getQueryCache()
        .getAll()
        .map((q) => q.fetch()),
    );
    const starts = sent.map((s) => s.start);
    const pageToWix = sent.filter((s) => !s.what.startsWith('web method')).length;
    return {
      page: sent.map((s) => s.what),
      oneWave: Math.max(...starts) < Math.min(...sent.map((s) => s.end)),
      backend: emulator.store.requests.length - before - pageToWix,
      spread: Math.max(...starts) - Math.min(...starts),
    };
  } finally {
    await emulator.close();
  }
}
