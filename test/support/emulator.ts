import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { SiteState } from '../../emulator/model';
import type { SeedName } from '../../emulator/seeds';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { FaultRule } from '../../emulator/store';
import { createEmulatorClient, type WixClient } from '../../src/wix/client';
import { createGateway, type Gateway } from '../../src/wix/gateway';

export interface EmulatorState {
  now: string;
  contributors: SiteState['contributors'];
  invites: SiteState['invites'];
  roles: SiteState['roles'];
  collections: SiteState['collections'];
  tasks: SiteState['tasks'];
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
    reset: (seed: SeedName) => call('POST', 'reset', { seed }),
    advanceDays: (advanceDays: number) => call<{ now: string }>('POST', 'clock', { advanceDays }),
    accept: (inviteId: string, email?: string) => call<{ accountId: string }>('POST', `invites/${inviteId}/accept`, email ? { email } : {}),
    givenFaults: (...rules: FaultRule[]) => call('POST', 'faults', { rules }),
    clearFaults: () => call('DELETE', 'faults'),
    requests: () => call<{ method: string; path: string }[]>('GET', 'requests'),
  };
}

export interface EmulatorContext {
  emulator: RunningEmulator;
  client: WixClient;
  gateway: Gateway;
  control: ReturnType<typeof emulatorControl>;
  /** The emulator's clock, injected into the app so both agree on "now". */
  clock: () => Date;
}

/** Starts one in-process emulator for a test file and resets it to `seed` before each test. */
export function useEmulator(seed: SeedName = 'demo'): EmulatorContext {
  const context = {} as EmulatorContext;
  beforeAll(async () => {
    context.emulator = await startEmulator({ seed });
    context.client = createEmulatorClient(context.emulator.url);
    context.gateway = createGateway(context.client);
    context.control = emulatorControl(context.emulator.url);
    context.clock = () => context.emulator.store.now();
  });
  beforeEach(async () => {
    await context.control.reset(seed);
  });
  afterAll(async () => {
    await context.emulator.close();
  });
  return context;
}
