import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

describe('the welcome message for new people', () => {
  // Roles with Wix's descriptions come from Get Roles Info, an account-level call the app can make when Wix lists the owner.
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  async function openWelcome() {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await app.user.click(await screen.findByRole('tab', { name: 'Welcome message' }));
    await screen.findByLabelText('Your message');
    return app;
  }
  const preview = () => (screen.getByLabelText(/^Message for/) as HTMLTextAreaElement).value;

  it("fills the guide's message with the role, what it allows and whom to ask, and copies it", async () => {
    const { user, notices } = await openWelcome();
    expect(preview()).toContain('Hi there,');
    expect(preview()).toContain('You now have Admin (Co-Owner) access to [Site Name].');
    expect(preview()).toContain('- Full access to the site, except deleting or transferring it.');
    expect(preview()).toContain('Please reach out to Maya Levin if you have questions!');

    await user.type(screen.getByLabelText('Their name'), 'Ana');
    await user.type(screen.getByLabelText('Site name'), 'Bloom & Branch Flowers');
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^Hi Ana,\n\nYou now have Admin \(Co-Owner\) access to Bloom & Branch Flowers\./);
    expect(notices()).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'toast', toast: expect.objectContaining({ type: 'success' }) })]),
    );
  });

  it("remembers the owner's version for the site", async () => {
    const first = await openWelcome();
    await first.user.type(screen.getByLabelText('Site name'), 'Bloom & Branch Flowers');
    const template = screen.getByLabelText('Your message');
    await first.user.clear(template);
    await first.user.paste('Welcome to [Site Name], [Name]! You are our new [Role]. Questions: ask [Your Name].');
    await first.user.click(screen.getByRole('button', { name: 'Save for this site' }));
    await waitFor(async () => expect((await wix.control.state()).collections[COLLECTIONS.welcomeMessages]).toHaveLength(1));

    cleanup();
    await openWelcome();
    expect(preview()).toBe('Welcome to Bloom & Branch Flowers, there! You are our new Admin (Co-Owner). Questions: ask Maya Levin.');
  });

  it('refuses to save an empty or oversized message', async () => {
    const { user } = await openWelcome();
    await user.clear(screen.getByLabelText('Your message'));
    expect(screen.getByText(/The message is empty/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save for this site' })).toHaveAttribute('aria-disabled', 'true');
    await user.paste('x'.repeat(4001));
    expect(screen.getByText('Keep the message under 4000 characters (now 4001).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save for this site' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: "Use the guide's message" }));
    expect(preview()).toContain('Access the site:');
  });

  it('is offered after a bulk invite, for the roles just invited', async () => {
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await user.click(await screen.findByRole('tab', { name: 'Bulk invites' }));
    await user.click(await screen.findByLabelText(/Or paste the rows/));
    await user.paste('Email,Role,Notes\nana@studio.example,Blog Writer,Spring posts');
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
    await user.click(await screen.findByRole('button', { name: 'Send 1 invite' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send invites' }));
    expect(await screen.findByText('Welcome the people you invited')).toBeInTheDocument();
    expect(((await screen.findByLabelText('Message for Blog Writer')) as HTMLTextAreaElement).value).toContain(
      'You now have Blog Writer access',
    );
  });

  it('explains a failed load with Retry', async () => {
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await screen.findByText('No handoffs yet');
    await wix.control.givenFaults({ path: '/wix-data/v2/items/query', status: 403, times: 1 });
    await user.click(screen.getByRole('tab', { name: 'Welcome message' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Manage Contributors permission/);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByLabelText('Your message')).toBeInTheDocument();
  });
});
