import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../access/clock';
import type { DashboardPort } from '../wix/dashboard-port';
import type { Gateway } from '../wix/gateway';

/** What every screen needs from outside: Wix (through the gateway), the dashboard around it and the clock. */
export interface AppServices {
  gateway: Gateway;
  dashboard: DashboardPort;
  clock: Clock;
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
