import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { savedDecisions, savedReviews, startReview } from '../support/review-helpers';

/** The review of the stress site: 1,000 contributors and 500 invites, 1,500 rows. */
describe('Access review at 1,500 rows: each decision saves one small record, a reload resumes', { timeout: 120_000 }, () => {
  const wix = useEmulator('stress');

  it('saves a decision as one record under 2 kB, leaves the review record alone, and resumes it after a reload', async () => {
    // The first page is expired invites (findings first): resend one, with the owner's key connected.
    await wix.connectKey();
    const first = renderApp(wix);
    await startReview(first.user);
    // The checklist's cells are plain elements; their buttons are named by aria-label.
    const resend = await waitFor(
      () => {
        const found = document.querySelector<HTMLButtonElement>('button[aria-label^="Resend the invite to "]');
        if (!found) throw new Error('no Resend button yet');
        return found;
      },
      { timeout: 60_000 },
    );
    const name = (resend.getAttribute('aria-label') ?? '').replace(/^Resend the invite to /, '');
    expect(name).toMatch(/@example\.com$/);
    await first.user.click(resend);
    await first.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Resend invite' }));
    await waitFor(async () => expect(await savedDecisions(wix)).toHaveLength(1));

    const [record] = (await wix.control.state()).collections[COLLECTIONS.reviewDecisions] ?? [];
    const size = new TextEncoder().encode(JSON.stringify(record?.data)).length;
    expect(size).toBeLessThanOrEqual(2000);
    const [review] = await savedReviews(wix);
    expect(review?.decisions).toEqual([]);
    expect(record?.id).toBe(`${String(review?._id)}:${String(record?.data.subjectKey)}`);

    cleanup();
    renderApp(wix);
    expect(await screen.findByText('Full access review in progress', undefined, { timeout: 60_000 })).toBeInTheDocument();
    // The resent invite is no longer expired, so after the reload it sorts off the first page: the count shows it (1,000 contributors
    // and 500 invites; Wix does not list the owner under the strictest reading).
    await waitFor(() => expect(/\d+ of \d+ reviewed/.exec(document.body.textContent ?? '')?.[0]).toBe('1 of 1500 reviewed'));
  });
});
