import { dashboard } from '@wix/dashboard';
import { createClient } from '@wix/sdk';
import { pageModules, type DataClient } from './client';

/** The real client, only inside the Wix dashboard (outside it `dashboard.host()` throws). Wix Data; CRM tasks when first needed. */
export function createDashboardClient(): DataClient {
  return createClient({ host: dashboard.host(), auth: dashboard.auth(), modules: pageModules });
}
