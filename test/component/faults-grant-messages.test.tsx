import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Support access: messages after a partial failure', () => {
  const wix = useEmulator('empty');
  beforeEach(() => wix.connectKey());

  it('when the pass cannot be saved after the invite went out, says the invite was sent and what to do', async () => {
    // The first single-record update of the flow is the pass being saved as invited.
    await wix.control.givenFaults({ path: '/wix-data/v2/items/update', status: 500, times: 1 });
    const { user, notices } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Grant access to POWR' }));
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText(/Invitation sent to support@powr.io as Website Manager/)).toBeInTheDocument();
    await waitFor(() => expect(notices().some((n) => n.kind === 'toast')).toBe(true));
    const toasts = notices().flatMap((n) => (n.kind === 'toast' ? [n.toast] : []));
    expect(toasts).toContainEqual(
      expect.objectContaining({
        type: 'warning',
        message: expect.stringMatching(/^The invite to support@powr.io was sent, but .*Don't send it again: reload the page/),
      }),
    );
    expect(toasts.map((t) => t.message).join(' ')).not.toMatch(/^Couldn't update the record/);
    expect(document.body.textContent).not.toMatch(/Couldn't update the record/);
    const state = await wix.control.state();
    expect(state.invites).toHaveLength(1);
    expect((state.collections[COLLECTIONS.invites] ?? []).map((r) => r.data.email)).toEqual(['support@powr.io']);
  });
});
