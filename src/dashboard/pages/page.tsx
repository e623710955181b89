import { useState } from 'react';
import { systemClock } from '../../access/clock';
import { SiteAccessRoot } from '../../app/site-access-root';
import { commandClient } from '../../contract/commands';
import { command } from '../../backend/site-access.web';
import { createGateway } from '../../wix/gateway';
import { browserKeyHolder, withHeldKey } from '../../wix/key-holder';
import { wixDashboardPort } from '../../wix/wix-dashboard-port';
import { createDashboardClient } from '../../wix/wix-client';
import { useLaunchSearch } from '../../wix/launch-search';

/** The Site Access dashboard page inside Wix: the real SDK client, the app's web methods, Wix's dashboard, the system clock. */
export default function SiteAccessDashboardPage() {
  const launchSearch = useLaunchSearch();
  const [services] = useState(() => {
    // The owner's account API key stays in their browser and goes with the calls that need it.
    const backend = withHeldKey(
      commandClient((name, args) => command(name, args)),
      browserKeyHolder(),
    );
    return {
      gateway: createGateway(createDashboardClient(), backend),
      backend,
      dashboard: wixDashboardPort,
      clock: systemClock,
      actor: 'Dashboard user',
    };
  });
  if (launchSearch === null) return null;
  return <SiteAccessRoot services={{ ...services, launchSearch }} />;
}
