import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logDone } from '../../src/operations/log';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('Access log: Verify log', () => {
  const wix = useEmulator('demo');
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const stored = () => wix.emulator.store.state.collections[COLLECTIONS.accessLog] ?? [];

  it('says the log is intact with its count, last time and head hash, then pinpoints an entry edited in the CMS', async () => {
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await logDone(context(), { action: 'review-decision', subjectEmail: email, reason: 'Keep' });
    }
    const head = stored().find((i) => i.data.seq === 3)?.data;
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Access log' }));
    await user.click(await screen.findByRole('button', { name: 'Verify log' }));
    const intact = await screen.findByRole('status', {}, { timeout: 30_000 });
    expect(intact).toHaveTextContent(/^Log intact: 3 entries, last at \d{4}-\d\d-\d\dT[\d:.]+Z\. Head hash [0-9a-f]{64}\.$/);
    expect(intact).toHaveTextContent(String(head?.hash));

    // Someone with CMS access changes the reason of entry #2.
    const second = stored().find((i) => i.data.seq === 2);
    if (!second) throw new Error('no entry #2');
    second.data.reason = 'Remove';
    await user.click(screen.getByRole('button', { name: 'Verify log' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent(/^Log changed: Entry #2 \(.+\) was changed after it was written/);
    expect(screen.getByText('The access log was tampered with')).toBeInTheDocument();
    expect(within(document.body).queryByText(/^Log intact/)).not.toBeInTheDocument();
  });
});
