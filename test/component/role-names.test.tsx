import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow } from '../support/review-helpers';
import { chooseOption } from '../support/wds-controls';

/** Without a key Wix names only the Owner and Co-Owner roles: the owner names the others once, for the site. */
describe('roles the owner names', () => {
  const wix = useEmulator('demo');

  it("the owner names POWR's role as Roles & Permissions shows it: the checklist and the log follow, and it is kept for the site", async () => {
    const { user } = renderApp(wix);
    expect(await screen.findByText('3 roles Wix does not name')).toBeInTheDocument();
    expect(within(await checklistRow('POWR Support')).getByText('Role not named by Wix')).toBeInTheDocument();
    // Co-Owners are named from Wix's documented role id, without a key.
    expect(within(await checklistRow('Daniel Cohen')).getByText('Admin (Co-Owner)')).toBeInTheDocument();

    await chooseOption('Role of POWR Support', 'Website Manager');
    const row = screen.getByLabelText('Role of POWR Support', { selector: 'input' }).closest('[data-hook="name-role"]') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'Name role' }));
    await waitFor(() => expect(within(screen.getByRole('row', { name: /POWR Support/ })).getByText('Website Manager')).toBeInTheDocument());
    expect(screen.getByText('2 roles Wix does not name')).toBeInTheDocument();

    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.roleNames]?.map((i) => i.data)).toEqual([
      expect.objectContaining({ _id: 'role-website-manager', title: 'Website Manager', namedBy: 'The site owner' }),
    ]);
    expect(state.collections[COLLECTIONS.accessLog]?.map((i) => i.data)).toContainEqual(
      expect.objectContaining({ action: 'role-named', detail: 'Role role-website-manager named Website Manager' }),
    );
  });

  it('a co-owner sees the roles Wix does not name, and that only the owner can name them', async () => {
    renderApp(wix, { signedInAs: 'acc-daniel' });
    expect(await screen.findByText('3 roles Wix does not name')).toBeInTheDocument();
    expect(screen.getByText(/Only the site owner can name roles/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Name role' })).not.toBeInTheDocument();
  });
});
