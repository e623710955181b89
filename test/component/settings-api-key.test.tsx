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
      ['IST.not-a-key-wix-knows', /Wix refused this key for this site.*Nothing was saved/],
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

    await user.click(screen.getByRole('button', { name: 'Disconnect and delete the key' }));
    await screen.findByText('Not connected · guided invites');
    await waitFor(async () => expect(await wix.backend.apiKeyStatus()).toEqual(notConnected));
  });

  it('a key Wix stops accepting is reported once and the app falls back to guided invites', async () => {
    await wix.connectKey();
    await wix.control.deleteApiKeys(); // the owner deleted it in Wix's API Keys Manager
    const answer = await wix.backend.sendInvites('role-website-manager', ['support@powr.io']);
    expect(answer).toMatchObject({ ok: false, error: { kind: 'key-refused', message: expect.stringMatching(/disconnected it/) } });
    expect(JSON.stringify(answer)).not.toMatch(/IST\./);
    expect(await wix.backend.apiKeyStatus()).toEqual(notConnected);
    expect(await wix.backend.sendInvites('role-website-manager', ['support@powr.io'])).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
  });
});
