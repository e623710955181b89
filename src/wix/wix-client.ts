import { dashboard } from '@wix/dashboard';
import { createClient } from '@wix/sdk';
import { wixModules, type WixClient } from './client';

/** The real client, only inside the Wix dashboard (outside it `dashboard.host()` throws). */
export function createDashboardClient(): WixClient {
  return createClient({ host: dashboard.host(), auth: dashboard.auth(), modules: wixModules });
}
