import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The page's tabs, one per job. */
export type TabId = 'people' | 'review' | 'support' | 'requests' | 'offboarding' | 'log' | 'team' | 'settings';

export interface Navigation {
  tab: TabId;
  /** What the tab was opened with, e.g. `{ accountId }` when the review hands someone to offboarding. */
  params: Record<string, string>;
  openTab(tab: TabId, params?: Record<string, string>): void;
  /** Whether the page has this tab, so a hand-over is only offered when it can happen. */
  canOpen(tab: TabId): boolean;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Lets one job hand over to another (review → offboarding, support pass → offboarding) without importing it. */
export function NavigationProvider({ initialTab, tabs, children }: { initialTab: TabId; tabs?: readonly TabId[]; children: ReactNode }) {
  const [state, setState] = useState<{ tab: TabId; params: Record<string, string> }>({ tab: initialTab, params: {} });
  const navigation = useMemo<Navigation>(
    () => ({ ...state, openTab: (tab, params = {}) => setState({ tab, params }), canOpen: (tab) => !tabs || tabs.includes(tab) }),
    [state, tabs],
  );
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside <NavigationProvider>');
  return navigation;
}
