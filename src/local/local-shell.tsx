import { Box, Modal, Notification, Text } from '@wix/design-system';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useEffect, useState, type ReactNode } from 'react';
import type { EmulatorControl } from './emulator-control';
import type { LocalDashboard, ShellNotice } from './local-dashboard';
import { RolesPermissionsStandIn } from './roles-permissions-stand-in';
import { SignedInSwitch } from './signed-in-switch';
import { WIX_PAGES } from '../wix/dashboard-port';

type Banner = Exclude<ShellNotice, { kind: 'confirm' }>;

function noticeText(notice: Banner): string {
  if (notice.kind === 'toast') return notice.toast.message;
  return `In Wix, this opens the dashboard page "${notice.page.title}".`;
}

const THEME = { success: 'success', error: 'error', warning: 'warning', standard: 'standard' } as const;

/** A small stand-in for the Wix dashboard frame: sidebar, top bar, and Wix's toasts and navigation. */
export function LocalShell({
  dashboard,
  siteName,
  control,
  children,
}: {
  dashboard: LocalDashboard;
  siteName: string;
  control?: EmulatorControl;
  children: ReactNode;
}) {
  const [notices, setNotices] = useState<ShellNotice[]>([]);
  // Wix's Roles & Permissions page, opened by the app's `navigate` call, has a local stand-in.
  const standIn = notices.find((n) => n.kind === 'navigation' && n.page.pageId === WIX_PAGES.rolesAndPermissions.pageId);
  useEffect(() => {
    const unsubscribe = dashboard.subscribe(setNotices);
    return () => {
      unsubscribe();
    };
  }, [dashboard]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh', background: '#f0f4f7' }}>
      <header style={{ background: '#162d3d', color: '#fff', padding: '10px 20px', display: 'flex', gap: 16, alignItems: 'center' }}>
        <Text light weight="bold">
          Wix dashboard · local mode
        </Text>
        <Text light size="small">
          {siteName}
        </Text>
        {control && <SignedInSwitch control={control} />}
      </header>
      <div aria-live="polite" style={{ position: 'fixed', top: 56, left: '50%', transform: 'translateX(-50%)', zIndex: 1000, width: 560 }}>
        {notices
          .filter((n): n is Banner => n.kind !== 'confirm')
          .map((notice) => (
            <Box key={notice.id} marginBottom="SP2">
              <Notification
                show
                skin={notice.kind === 'toast' ? THEME[notice.toast.type ?? 'standard'] : 'standard'}
                onClose={() => dashboard.dismiss(notice.id)}
              >
                <Notification.TextLabel>{noticeText(notice)}</Notification.TextLabel>
                {notice.kind === 'toast' && notice.toast.action && (
                  <Notification.ActionButton onClick={notice.toast.action.onClick}>{notice.toast.action.text}</Notification.ActionButton>
                )}
                <Notification.CloseButton aria-label="Dismiss" />
              </Notification>
            </Box>
          ))}
      </div>
      {notices.map((notice) =>
        notice.kind === 'confirm' ? (
          <Modal key={notice.id} isOpen shouldCloseOnOverlayClick={false} contentLabel={notice.request.title}>
            <ConfirmDialog request={notice.request} onAnswer={notice.answer} />
          </Modal>
        ) : null,
      )}
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <nav aria-label="Dashboard" style={{ width: 200, background: '#fff', borderRight: '1px solid #dfe5eb', padding: 16 }}>
          <Text size="small" secondary>
            Apps
          </Text>
          <Box marginTop="SP2">
            <Text weight="bold">Site Access</Text>
          </Box>
        </nav>
        <main style={{ flex: 1, minWidth: 0, overflow: 'auto' }}>
          {control && standIn && (
            <Box padding="SP4">
              <RolesPermissionsStandIn control={control} onClose={() => dashboard.dismiss(standIn.id)} />
            </Box>
          )}
          <div hidden={Boolean(control && standIn)}>{children}</div>
        </main>
      </div>
    </div>
  );
}
