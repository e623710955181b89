import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../access/clock';
import type { DashboardPort } from '../wix/dashboard-port';
import type { Gateway } from '../wix/gateway';
import type { OperationContext } from '../operations/log';
import type { Backend } from '../contract/commands';
import { useMe } from './identity';

/** What every screen needs from outside: Wix (through the gateway), the dashboard around it and the clock. */
export interface AppServices {
  gateway: Gateway;
  /** The app's backend (web methods in Wix; the local backend host in local mode and tests). */
  backend: Backend;
  dashboard: DashboardPort;
  clock: Clock;
  /** Who is acting, as the access log names them, until the backend has said who is signed in. */
  actor: string;
  /** The query string the page was opened with (a vendor's request link lives there). */
  launchSearch: string;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

/** What an operation that changes access needs: the gateway, the clock and who is acting (the signed-in person). */
export function useOperationContext(): OperationContext {
  const { gateway, clock, actor } = useServices();
  const me = useMe();
  return { gateway, clock, actor: me?.signedIn ? me.name : actor };
}
