/** What the page asks of the Wix dashboard around it. Wix's own in production, a local shell elsewhere. */
export interface Toast {
  message: string;
  type?: 'standard' | 'success' | 'warning' | 'error';
  action?: { text: string; onClick: () => void };
}

export interface WixDashboardPage {
  pageId: string;
  title: string;
}

/** Wix dashboard pages the app links to (ids from Wix's dashboard page list). */
export const WIX_PAGES = {
  rolesAndPermissions: { pageId: 'ca4fc2e2-e8fc-4b4c-bfa0-32479931a00a', title: 'Roles & Permissions' },
  settings: { pageId: '50103805-f706-428a-ab43-04579324d067', title: 'Settings' },
  tasksAndReminders: { pageId: 'e1d6190c-bb9b-41b8-aa67-6024d19442e1', title: 'Tasks & Reminders' },
  home: { pageId: '2e96bad1-df32-47b6-942f-e3ecabd74e57', title: 'Dashboard home' },
} satisfies Record<string, WixDashboardPage>;

/** What the confirmation modal shows; passed to the Wix modal as its params (the modal checks them: confirm-request.ts). */
export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  destructive?: boolean;
}

/** Must equal the id in src/dashboard/modals/confirm-access-change/modal.json (a test checks). */
export const CONFIRM_MODAL_ID = '3c9e7b14-52d8-4a6f-8e21-9b0d4f6a7c35';

export interface DashboardPort {
  showToast(toast: Toast): void;
  navigate(page: WixDashboardPage): void;
  /** Asks the owner to confirm in a dashboard modal; true when they did. */
  confirm(request: ConfirmRequest): Promise<boolean>;
}
