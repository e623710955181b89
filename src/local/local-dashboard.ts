import type { ConfirmRequest, DashboardPort, Toast, WixDashboardPage } from '../wix/dashboard-port';

type NoticeContent =
  | { kind: 'toast'; toast: Toast }
  | { kind: 'navigation'; page: WixDashboardPage }
  | { kind: 'confirm'; request: ConfirmRequest; answer: (confirmed: boolean) => void };

export type ShellNotice = NoticeContent & { id: number };

type Listener = (notices: ShellNotice[]) => void;

/**
 * The dashboard port in local mode: what Wix's dashboard would do (toast, navigate, open the
 * confirmation modal) is shown by the local shell around the page.
 */
export function createLocalDashboard() {
  let notices: ShellNotice[] = [];
  let nextId = 1;
  const listeners = new Set<Listener>();
  const publish = (next: ShellNotice[]) => {
    notices = next;
    listeners.forEach((listener) => listener(notices));
  };
  const add = (notice: NoticeContent) => publish([...notices, { ...notice, id: nextId++ }]);
  const dismiss = (id: number) => publish(notices.filter((n) => n.id !== id));

  const port: DashboardPort = {
    showToast: (toast) => add({ kind: 'toast', toast }),
    navigate: (page) => add({ kind: 'navigation', page }),
    confirm: (request) =>
      new Promise((resolve) => {
        const id = nextId;
        add({
          kind: 'confirm',
          request,
          answer: (confirmed) => {
            dismiss(id);
            resolve(confirmed);
          },
        });
      }),
  };

  return {
    port,
    subscribe(listener: Listener) {
      listeners.add(listener);
      listener(notices);
      return () => listeners.delete(listener);
    },
    dismiss,
  };
}

export type LocalDashboard = ReturnType<typeof createLocalDashboard>;
