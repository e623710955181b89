import { describe, expect, it } from 'vitest';
import confirmModal from '../../src/dashboard/modals/confirm-access-change/modal.json';
import page from '../../src/dashboard/pages/page.json';
import { CONFIRM_MODAL_ID } from '../../src/wix/dashboard-port';

describe('Wix extension definitions', () => {
  it('opens the confirmation modal by the id Wix registers it under', () => {
    expect(confirmModal.id).toBe(CONFIRM_MODAL_ID);
  });
  it('names the dashboard page Site Access', () => {
    expect(page.title).toBe('Site Access');
    expect(page.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
