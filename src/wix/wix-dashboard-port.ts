import { dashboard } from '@wix/dashboard';
import type { DashboardPort } from './dashboard-port';

/** The dashboard port inside Wix: Wix's own toasts, navigation and modals. */
export const wixDashboardPort: DashboardPort = {
  showToast: ({ message, type, action }) => {
    dashboard.showToast({ message, type, action: action && { text: action.text, removeToastOnClick: true, onClick: action.onClick } });
  },
  navigate: ({ pageId }) => dashboard.navigate({ pageId }),
  openModal: (modalId, params) => dashboard.openModal({ modalId, params }).modalClosed,
};
