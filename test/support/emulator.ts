import { items } from '@wix/data';
import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { EmulatedInvite, SiteState } from '../../emulator/model';
import type { SeedName } from '../../emulator/seeds';
import type { ReadingsRequest, WixReadings } from '../../emulator/readings';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { FaultRule } from '../../emulator/store';
import type { Backend } from '../../src/contract/commands';
import { inProcessBackend } from '../../src/backend/local/in-process-backend';
import { bridgeEvents } from '../../src/backend/local/event-bridge';
import { emulatorSite, localPlatform, withCaller } from '../../src/backend/local/local-platform';
import { createEmulatorBackendClient, createWixClient } from '../../src/wix/backend-client';
import { createEmulatorClient, emulatorFetch, tokenAuth, type DataClient, type KeyClient } from '../../src/wix/client';
import { createGateway, type Gateway } from '../../src/wix/gateway';
import { memoryKeyHolder, withHeldKey } from '../../src/wix/key-holder';
import { DOCUMENTED_ROLE_IDS } from '../../src/access/people';
import { COLLECTIONS } from '../../src/wix/collections';

export interface EmulatorState {
  now: string;
  siteId: string;
  readings: WixReadings;
  secrets: { name: string }[];
  contributors: SiteState['contributors'];
  invites: SiteState['invites'];
  roles: SiteState['roles'];
  collections: SiteState['collections'];
  tasks: SiteState['tasks'];
}

export interface EmulatorSession {
  accountId: string;
  fullName: string;
  email: string;
  pageToken: string;
}

/** The emulator's control API, used by tests to put the site in a state and read it back. */
export function emulatorControl(baseUrl: string) {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(`_emulator/${path}`, baseUrl), {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    state: () => call<EmulatorState>('GET', 'state'),
    /** A fresh site; `wix` picks readings of Wix's docs (the strictest unless said, see emulator/readings.ts). */
    reset: (seed: SeedName, wix?: ReadingsRequest) => call<{ readings: WixReadings }>('POST', 'reset', { seed, wix }),
    advanceDays: (advanceDays: number) => call<{ now: string }>('POST', 'clock', { advanceDays }),
    /** The events delivered to the app's backend since the reset. */
    deliveredEvents: () => call<{ kind: string; id: string; entityId: string }[]>('GET', 'events'),
    accept: (inviteId: string, email?: string) => call<{ accountId: string }>('POST', `invites/${inviteId}/accept`, email ? { email } : {}),
    givenFaults: (...rules: FaultRule[]) => call('POST', 'faults', { rules }),
    clearFaults: () => call('DELETE', 'faults'),
    requests: () => call<{ method: string; path: string }[]>('GET', 'requests'),
    /** Signs `accountId` in to the local dashboard; answers with the page token their page sends. */
    session: (accountId: string) => call<EmulatorSession>('POST', 'session', { accountId }),
    currentSession: () => call<EmulatorSession>('GET', 'session'),
    /** An account-level API key, as the owner makes one in Wix's API Keys Manager. */
    createApiKey: () => call<{ key: string; siteId: string }>('POST', 'api-keys', {}),
    deleteApiKeys: () => call('DELETE', 'api-keys'),
    /** The owner acting in Wix's Roles & Permissions (role = id or title). */
    sendInviteAsOwner: (email: string, role: string) => call<{ invite: EmulatedInvite }>('POST', 'invites', { email, role }),
    resendInviteAsOwner: (inviteId: string) => call<{ invite: EmulatedInvite }>('POST', `invites/${inviteId}/resend`, {}),
    revokeInviteAsOwner: (inviteId: string) => call('POST', `invites/${inviteId}/revoke`, {}),
  };
}

export interface EmulatorContext {
  emulator: RunningEmulator;
  /** The dashboard page as the signed-in owner (the owner's page token). */
  client: DataClient;
  /** The page's gateway: the owner's page, with the app's backend (`backend`) for what needs a key. */
  gateway: Gateway;
  /** The app's backend beside the emulator (in process); no API key connected at the start of a test. */
  backend: Backend;
  /** The app's backend as another signed-in contributor's page calls it. */
  backendFor: (accountId: string) => Backend;
  /** The owner names every role in Site Access, as Roles & Permissions shows it (Wix documents only the Owner's and Co-Owner's ids). */
  nameRoles: () => Promise<void>;
  /**
   * The "connected" mode: creates an API key as the owner and connects it (the owner's page holds it). The
   * owner also names the roles: under Wix's strictest reading Get Roles Info refuses a site-scoped call, so
   * titles come from the owner.
   */
  connectKey: () => Promise<void>;
  /** The app's backend (the app's own, elevated token). */
  appClient: KeyClient;
  /** The dashboard page as another signed-in contributor. */
  pageClientFor: (accountId: string) => DataClient;
  /** A client with a fresh account-level API key for the site (what the owner connects in Wix). */
  keyClient: () => Promise<KeyClient>;
  control: ReturnType<typeof emulatorControl>;
  /** The emulator's clock, injected into the app so both agree on "now". */
  clock: () => Date;
  /** What the backend's event handlers did with each event the emulator delivered (since the test began). */
  events: { kind: string; outcome: string }[];
}

/**
 * Starts one in-process emulator for a test file and resets it to `seed` before each test, on Wix's strictest
 * readings unless `readings` names others (e.g. `{ ownerListed: true }` for tests about the owner's own row).
 */
export function useEmulator(seed: SeedName = 'demo', readings?: ReadingsRequest): EmulatorContext {
  const context = {} as EmulatorContext;
  const ownerKey = memoryKeyHolder();
  beforeAll(async () => {
    const emulator = await startEmulator({ seed });
    const { url, store } = emulator;
    context.emulator = emulator;
    // Tokens are signed with the emulator's secret, which resets keep: they stay valid across tests.
    // Wix Data through the SDK as the page's user, for tests of Wix's contract itself; the app's gateway below
    // gets the page's own client, whose modules load when first needed, as in Wix.
    context.pageClientFor = (accountId) =>
      createClient({ modules: { items }, auth: tokenAuth(store.pageToken(accountId)), fetch: emulatorFetch(url) });
    context.client = context.pageClientFor(store.state.ownerAccountId);
    const platform = localPlatform(emulatorSite(emulator));
    // Each web method call runs as the page's signed-in user, as in Wix (the owner unless a test says otherwise).
    context.backendFor = (accountId) => inProcessBackend(withCaller(platform, url, store.pageToken(accountId)));
    // The owner's page holds their API key (never the site) and sends it with the calls that take it.
    context.backend = withHeldKey(context.backendFor(store.state.ownerAccountId), ownerKey);
    // Wix's events reach the app's backend handlers, as in local mode.
    context.events = [];
    bridgeEvents(
      store.events,
      platform,
      (kind, outcome) => context.events.push({ kind, outcome }),
      () => store.state.readings.eventsAuth === 'caller',
    );
    context.gateway = createGateway(createEmulatorClient(url, tokenAuth(store.pageToken(store.state.ownerAccountId))), context.backend);
    context.appClient = createEmulatorBackendClient(url, tokenAuth(store.appToken()));
    context.control = emulatorControl(url);
    context.keyClient = async () => {
      const { key, siteId } = await context.control.createApiKey();
      return createWixClient({ auth: ApiKeyStrategy({ apiKey: key, siteId }), fetch: emulatorFetch(url) });
    };
    // As if the owner had named them earlier (the records the nameRole command keeps; its log lines are not part of the test).
    context.nameRoles = async () => {
      const named = store.state.roles.filter((role) => !(role.id in DOCUMENTED_ROLE_IDS));
      const namedAt = store.now();
      await context.appClient.items.bulkInsert(
        COLLECTIONS.roleNames,
        named.map((role) => ({ _id: role.id, title: role.title, namedBy: 'Maya Levin', namedAt })),
      );
    };
    context.connectKey = async () => {
      await context.nameRoles();
      const { key } = await context.control.createApiKey();
      const answer = await context.backend.connectApiKey(key);
      if (!answer.ok || !answer.value.connected) throw new Error(`the backend did not take the key: ${JSON.stringify(answer)}`);
    };
    context.clock = () => store.now();
  });
  beforeEach(async () => {
    // No key is connected at the start of a test (guided mode).
    ownerKey.clear();
    await context.control.reset(seed, readings);
    context.events.length = 0;
  });
  afterAll(async () => {
    await context.emulator.close();
  });
  return context;
}

/**
 * The readings the story tests run under twice: Wix's strictest (Remove Contributor by DELETE, the owner
 * not listed), and the other documented way for each (by POST, the owner listed).
 */
export const STORY_READINGS: [string, ReadingsRequest][] = [
  ['strictest readings', {}],
  ['Remove Contributor by POST, owner listed', { removeMethod: 'POST', ownerListed: true }],
];

/** Waits until the emulator has received no request for a moment: the page's background reads are done. */
export async function whenQuiet(wix: EmulatorContext): Promise<{ method: string; path: string }[]> {
  let seen = await wix.control.requests();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await wix.control.requests();
    if (now.length === seen.length) return now;
    seen = now;
  }
}
