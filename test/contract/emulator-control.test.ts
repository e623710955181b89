import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server';
import { emulatorControl, useEmulator } from '../support/emulator';

describe('the emulator control API', () => {
  const wix = useEmulator('demo');

  it('resets to the stress seed: 1,000 contributors and 500 invites', async () => {
    await wix.control.reset('stress');
    const state = await wix.control.state();
    expect(state.contributors).toHaveLength(1000);
    expect(state.invites).toHaveLength(500);
  });

  it('moves the clock and reports it', async () => {
    const before = Date.parse((await fetch(new URL('_emulator/clock', wix.emulator.url)).then((r) => r.json()) as { now: string }).now);
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
    await wix.control.givenFaults({ path: '/roles-management/roles', status: 503, times: 1 });
    await expect(wix.gateway.contributors.roles()).rejects.toMatchObject({ kind: 'server', status: 503 });
    await expect(wix.gateway.contributors.roles()).resolves.not.toHaveLength(0);
    expect((await wix.control.requests()).map((r) => r.path)).toEqual(['/roles-management/roles', '/roles-management/roles']);
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
});
