import { dashboard } from '@wix/dashboard';
import { createClient } from '@wix/sdk';
import { pageModules, type PageClient } from './client';

/** The real client, only inside the Wix dashboard (outside it `dashboard.host()` throws); its modules load when first needed. */
export function createDashboardClient(): PageClient {
  return createClient({ host: dashboard.host(), auth: dashboard.auth(), modules: pageModules });
}
