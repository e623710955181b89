import { useState } from 'react';
import { systemClock } from '../../access/clock';
import { SiteAccessRoot } from '../../app/site-access-root';
import { createGateway } from '../../wix/gateway';
import { wixDashboardPort } from '../../wix/wix-dashboard-port';
import { createDashboardClient } from '../../wix/wix-client';

/** The Site Access dashboard page inside Wix: the real SDK client, Wix's dashboard, the system clock. */
export default function SiteAccessDashboardPage() {
  const [services] = useState(() => ({
    gateway: createGateway(createDashboardClient()),
    dashboard: wixDashboardPort,
    clock: systemClock,
    // The page does not look up who is signed in: the log says the change came from the dashboard.
    actor: 'Site owner (Wix dashboard)',
    launchSearch: window.location.search,
  }));
  return <SiteAccessRoot services={services} />;
}
