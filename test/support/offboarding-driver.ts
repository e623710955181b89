import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { offboardingSchema } from '../../src/access/offboarding';
import { COLLECTIONS } from '../../src/wix/collections';
import type { EmulatorContext } from './emulator';
import { foldedRows } from './folded-log';

/** Wix Data keeps dates as `{$date: ISO}` on the wire. */
const fromWire = (data: unknown): unknown =>
  JSON.parse(JSON.stringify(data), (_key, value: unknown) =>
    value !== null && typeof value === 'object' && '$date' in value ? (value as { $date: string }).$date : value,
  );

/** Drives the offboarding wizard the way an owner does: by visible labels and roles. */
export function offboardingDriver(wix: EmulatorContext, user: UserEvent) {
  return {
    async openTab() {
      await user.click(await screen.findByRole('tab', { name: 'Offboarding' }));
    },
    async start(name: string) {
      await user.click(await screen.findByRole('button', { name: `Offboard ${name}` }));
      await screen.findByRole('heading', { name: `Offboarding ${name}` });
    },
    async plan(fields: { reason: string; credentials?: string; notes?: string; takenOverBy?: string }) {
      await user.type(await screen.findByLabelText(/Reason for removal/), fields.reason);
      if (fields.takenOverBy) await user.type(screen.getByLabelText('Who takes the work over'), fields.takenOverBy);
      if (fields.credentials) await user.type(screen.getByLabelText('Credentials and API keys they know'), fields.credentials);
      if (fields.notes) await user.type(screen.getByLabelText('Notes'), fields.notes);
      await user.click(screen.getByRole('button', { name: 'Continue to removal' }));
    },
    /** Clicks the remove button and answers the confirmation naming the person and role. */
    async remove(name: string, expectRole: string) {
      await user.click(await screen.findByRole('button', { name: `Remove ${name}` }));
      const dialog = await screen.findByRole('dialog');
      within(dialog).getByText(`Remove ${name}?`);
      within(dialog).getByText(new RegExp(`lose their ${expectRole.replace(/[()]/g, '\\$&')} access`));
      await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    },
    /** The offboarding records as stored in Wix Data. */
    async records() {
      const items = (await wix.control.state()).collections[COLLECTIONS.offboardings] ?? [];
      return items.map((item) => offboardingSchema.parse(fromWire(item.data)));
    },
    async log() {
      return foldedRows(((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((item) => item.data));
    },
  };
}
