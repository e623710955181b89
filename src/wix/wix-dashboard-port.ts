import { dashboard } from '@wix/dashboard';
import { z } from '../access/zod';
import { CONFIRM_MODAL_ID, type DashboardPort } from './dashboard-port';

const modalAnswer = z.object({ confirmed: z.boolean() });

/** The dashboard port inside Wix: Wix's own toasts, navigation and modals. */
export const wixDashboardPort: DashboardPort = {
  showToast: ({ message, type, action }) => {
    dashboard.showToast({ message, type, action: action && { text: action.text, removeToastOnClick: true, onClick: action.onClick } });
  },
  navigate: ({ pageId }) => dashboard.navigate({ pageId }),
  confirm: async (request) => {
    const closed = await dashboard.openModal({ modalId: CONFIRM_MODAL_ID, params: request }).modalClosed;
    const answer = modalAnswer.safeParse(closed);
    return answer.success && answer.data.confirmed;
  },
};
