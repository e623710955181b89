import { useState } from 'react';
import { systemClock } from '../../access/clock';
import { SiteAccessRoot } from '../../app/site-access-root';
import * as backend from '../../backend/site-access.web';
import { createGateway } from '../../wix/gateway';
import { wixDashboardPort } from '../../wix/wix-dashboard-port';
import { createDashboardClient } from '../../wix/wix-client';
import { useLaunchSearch } from '../../wix/launch-search';

/** The Site Access dashboard page inside Wix: the real SDK client, the app's web methods, Wix's dashboard, the system clock. */
export default function SiteAccessDashboardPage() {
  const launchSearch = useLaunchSearch();
  const [services] = useState(() => ({
    gateway: createGateway(createDashboardClient(), backend),
    backend,
    dashboard: wixDashboardPort,
    clock: systemClock,
    actor: 'Dashboard user',
  }));
  if (launchSearch === null) return null;
  return <SiteAccessRoot services={{ ...services, launchSearch }} />;
}
