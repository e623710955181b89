import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

async function openSettings(wix: ReturnType<typeof useEmulator>) {
  const app = renderApp(wix);
  await app.user.click(await screen.findByRole('button', { name: 'Settings' }));
  await screen.findByText('Not connected · guided invites');
  return app;
}

const notConnected = { ok: true, value: { connected: false } };

describe('Settings: the optional account API key', () => {
  const wix = useEmulator('demo');

  it('explains each value that cannot be a key, and stores nothing', async () => {
    const { user } = await openSettings(wix);
    const field = screen.getByLabelText('API key');
    const tries: [string, RegExp][] = [
      ['IST.abc def', /spaces or line breaks inside it/],
      [`IST.${'x'.repeat(5000)}`, /5,004 characters long, longer than any Wix API key/],
      ['IST.not-a-key-wix-knows', /Wix refused this key for this site.*Manage Contributors.*Nothing was kept/],
    ];
    for (const [value, message] of tries) {
      await user.clear(field);
      // Long values are pasted, not typed.
      await user.click(field);
      await user.paste(value);
      await user.click(screen.getByRole('button', { name: 'Connect key' }));
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(await wix.backend.apiKeyStatus()).toEqual(notConnected);
    }
  });

  it('connects a key pasted with spaces around it, never shows it again, and disconnects it', async () => {
    const { key } = await wix.control.createApiKey();
    const { user } = await openSettings(wix);
    await user.click(screen.getByLabelText('API key'));
    await user.paste(`  ${key}\n`);
    await user.click(screen.getByRole('button', { name: 'Connect key' }));
    expect(await screen.findByText('Connected')).toBeInTheDocument();
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    expect(document.body.innerHTML).not.toContain(key);

    await user.click(screen.getByRole('button', { name: 'Disconnect the key' }));
    await screen.findByText('Not connected · guided invites');
    await waitFor(async () => expect(await wix.backend.apiKeyStatus()).toEqual(notConnected));
  });

  it("a key Wix stops accepting is reported with the permission it needs, never dropped behind the owner's back, and nothing is sent", async () => {
    await wix.connectKey();
    await wix.control.deleteApiKeys(); // the owner deleted it in Wix's API Keys Manager
    const answer = await wix.backend.sendInvites('role-website-manager', ['support@powr.io']);
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'key-refused', message: expect.stringMatching(/lacks the Manage Contributors .* permission/) },
    });
    expect(JSON.stringify(answer)).not.toMatch(/IST\./);
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    expect((await wix.control.state()).invites.some((i) => i.email === 'support@powr.io')).toBe(false);
  });

  it('never keeps the key on the site, where a Website Manager could read it; Disconnect deletes one an earlier version kept there, and logs it', async () => {
    await wix.connectKey();
    expect((await wix.control.state()).secrets).toEqual([]);
    // An earlier version of Site Access kept the key in Wix's Secrets Manager (which the vendor, a Website Manager, can read).
    const { createClient } = await import('@wix/sdk');
    const { secrets } = await import('@wix/secrets');
    const { emulatorFetch, tokenAuth } = await import('../../src/wix/client');
    const asApp = createClient({
      modules: { secrets },
      auth: tokenAuth(wix.emulator.store.appToken()),
      fetch: emulatorFetch(wix.emulator.url),
    });
    await asApp.secrets.createSecret({ name: 'site-access-account-api-key', value: 'IST.0123456789abcdef0123456789abcdef' });
    expect(await wix.backend.disconnectApiKey()).toEqual({ ok: true, value: { connected: false } });
    const state = await wix.control.state();
    expect(state.secrets).toEqual([]);
    expect(state.collections['@site-access/app/access-log']?.find((i) => i.data.action === 'key-disconnected')?.data.detail).toMatch(
      /Delete that key in Wix's API Keys Manager too/,
    );
    expect(await wix.backend.apiKeyStatus()).toEqual(notConnected);
  });
});
