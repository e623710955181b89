import type { SecurityPageKey } from '../access/security-checklist';
import { WIX_PAGES, type WixDashboardPage } from './dashboard-port';

/**
 * Wix dashboard pages the post-removal security checks open. Ids from Wix's dashboard
 * "Page IDs" list (dev.wix.com/docs/sdk/host-modules/dashboard/page-ids); Custom Code and
 * tracking tools sit under Settings, which has no page id of their own.
 */
export const SECURITY_PAGES: Record<SecurityPageKey, WixDashboardPage> = {
  secretsManager: { pageId: 'f94ac43e-52c4-4564-b1da-68df51b9e614', title: 'Secrets Manager' },
  siteHistory: { pageId: '122ec73e-4e5d-4c3a-ad62-3f62bdb31e0f', title: 'Site History' },
  installedApps: { pageId: 'ad471122-7305-4007-9210-2a764d2e5e57', title: 'Manage Installed Apps' },
  domains: { pageId: '3aeabb6d-0bc6-4b88-a6ba-3b40096a9c3a', title: 'Domain Connection' },
  acceptPayments: { pageId: 'abe22932-49cb-43e0-b22d-8e342482113e', title: 'Accept Payments' },
  settings: WIX_PAGES.settings,
};
