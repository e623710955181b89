import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

const search = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('a request link that pretends to be a vendor', () => {
  const wix = useEmulator('empty');

  it("shows the real email first, drops the disguised name, and says it is not POWR's email", async () => {
    renderApp(wix, {
      launchSearch: search({ sa_email: 'attacker@evil.com', sa_name: 'POWR Support \u202Emoc.rwop@troppus\u202C', sa_days: '0x1E' }),
    });
    expect(await screen.findByText('attacker@evil.com is asking for access')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "It says it is POWR, but POWR's support email is support@powr.io. This request is from attacker@evil.com",
    );
    expect(screen.getByText(/vendor name was ignored: It contains hidden characters/)).toBeInTheDocument();
    expect(screen.getByText(/duration was ignored: Duration must be a whole number of days in plain digits/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
    expect(document.body.textContent).not.toContain('troppus');
    expect(screen.getByLabelText('Vendor')).toHaveValue('');
    expect(screen.queryByRole('radio', { name: '30 days' })).not.toBeChecked();
  });

  it('names the vendor after the email when the link is genuine, without a warning', async () => {
    renderApp(wix, { launchSearch: search({ sa_email: 'support@powr.io', sa_name: 'POWR', sa_ticket: '4711' }) });
    expect(await screen.findByText('support@powr.io is asking for access')).toBeInTheDocument();
    expect(screen.getByText('Name given in the link: POWR')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
