import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server';
import { emulatorControl, useEmulator } from '../support/emulator';

describe('the emulator control API', () => {
  const wix = useEmulator('demo');

  it('resets to the stress seed: the owner, 1,000 contributors and 500 invites', async () => {
    await wix.control.reset('stress');
    const state = await wix.control.state();
    expect(state.contributors).toHaveLength(1001);
    expect(state.invites).toHaveLength(500);
  });

  it('moves the clock and reports it', async () => {
    const before = Date.parse(((await fetch(new URL('_emulator/clock', wix.emulator.url)).then((r) => r.json())) as { now: string }).now);
    const { now } = await wix.control.advanceDays(8);
    expect(Math.round((Date.parse(now) - before) / 86_400_000)).toBe(8);
  });

  it('lets an invitee accept under another email', async () => {
    await wix.control.accept('inv-bookkeeper', 'alex.private@gmail.com');
    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Used');
    expect(state.contributors.at(-1)).toMatchObject({ email: 'alex.private@gmail.com', invitedEmail: 'alex@ledgerlane.co' });
  });

  it('fails only as many requests as a fault rule says, and records the requests', async () => {
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 503, times: 1 });
    await expect(wix.gateway.contributors.query()).rejects.toMatchObject({ kind: 'server', status: 503 });
    await expect(wix.gateway.contributors.query()).resolves.not.toHaveLength(0);
    expect((await wix.control.requests()).map((r) => r.path)).toEqual([
      '/roles-management/v2/contributors/query',
      '/roles-management/v2/contributors/query',
    ]);
  });

  it('answers an unknown path in Wix envelope', async () => {
    const response = await fetch(new URL('no/such/api', wix.emulator.url));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'NOT_FOUND' } } });
  });
});

describe('emulator state across a restart', () => {
  it('keeps what changed in its state file', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'state.json');
    const first = await startEmulator({ stateFile });
    await emulatorControl(first.url).accept('inv-bookkeeper');
    await first.close();
    const second = await startEmulator({ stateFile });
    const state = await emulatorControl(second.url).state();
    await second.close();
    expect(state.invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Used');
  });

  it('keeps issued page tokens valid across a restart, and gives an older state file its identities', async () => {
    const stateFile = join(mkdtempSync(join(tmpdir(), 'emulator-')), 'state.json');
    const first = await startEmulator({ stateFile });
    const { pageToken } = await emulatorControl(first.url).currentSession();
    await first.close();
    const second = await startEmulator({ stateFile });
    const query = (url: string, token: string) =>
      fetch(new URL('roles-management/v2/contributors/query', url), { headers: { Authorization: token } }).then((r) => r.status);
    expect(await query(second.url, pageToken)).toBe(200);
    await second.close();

    const {
      secret: _secret,
      apiKeys: _keys,
      sessionAccountId: _session,
      instanceId: _instance,
      ...older
    } = JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(stateFile, JSON.stringify(older));
    const third = await startEmulator({ stateFile });
    const session = await emulatorControl(third.url).currentSession();
    const status = await query(third.url, session.pageToken);
    await third.close();
    expect([session.accountId, status]).toEqual(['acc-owner-maya', 200]);
  });
});

describe('browsers: only the local dashboard page may call the emulator', () => {
  const wix = useEmulator('demo');

  it("answers another web page no CORS header, so it cannot read the owner's page token; the dashboard's origin gets one", async () => {
    const ask = (origin: string) => fetch(new URL('_emulator/session', wix.emulator.url), { headers: { Origin: origin } });
    expect((await ask('http://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    wix.emulator.allowOrigin('http://127.0.0.1:5173');
    expect((await ask('http://127.0.0.1:5173')).headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect((await ask('http://127.0.0.1:9999')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
