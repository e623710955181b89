import type { SecurityCheckState } from './offboarding';

/** Wix dashboard pages a check can open (their ids live in src/wix/security-pages.ts). */
export type SecurityPageKey = 'secretsManager' | 'siteHistory' | 'installedApps' | 'domains' | 'acceptPayments' | 'settings';

export type CheckGroup = 'admin' | 'billing' | 'code' | 'credentials' | 'everyone';

export interface SecurityCheck {
  id: string;
  group: CheckGroup;
  label: string;
  page?: SecurityPageKey;
}

export const GROUP_TITLES: Record<CheckGroup, string> = {
  admin: 'They had admin access',
  billing: 'They had billing access',
  code: 'They could add custom code',
  credentials: 'They knew credentials',
  everyone: 'For every removal',
};

/** The guide's post-removal security steps. */
export const SECURITY_CHECKS: readonly SecurityCheck[] = [
  { id: 'admin-keys', group: 'admin', label: 'Rotate API keys and tokens', page: 'secretsManager' },
  { id: 'admin-changes', group: 'admin', label: 'Review their recent changes', page: 'siteHistory' },
  { id: 'admin-apps', group: 'admin', label: 'Check for apps installed without approval', page: 'installedApps' },
  { id: 'admin-domains', group: 'admin', label: 'Review domain settings', page: 'domains' },
  { id: 'billing-charges', group: 'billing', label: 'Review recent charges (Wix account, Billing & Payments)' },
  { id: 'billing-methods', group: 'billing', label: 'Verify payment methods are unchanged', page: 'acceptPayments' },
  { id: 'code-review', group: 'code', label: 'Review custom code (Settings, Custom Code)', page: 'settings' },
  { id: 'code-backdoors', group: 'code', label: 'Look for backdoors and unauthorised tracking', page: 'settings' },
  { id: 'code-scripts', group: 'code', label: 'Remove any personal scripts they added', page: 'settings' },
  { id: 'credentials-rotate', group: 'credentials', label: 'Rotate the credentials listed in the plan' },
  { id: 'everyone-docs', group: 'everyone', label: 'Update team documentation' },
  { id: 'everyone-stakeholders', group: 'everyone', label: 'Notify stakeholders (the message in the last step)' },
  { id: 'everyone-tools', group: 'everyone', label: 'Remove them from external tools such as analytics and tag managers' },
];

/**
 * What each of Wix's predefined roles could do, by title. A role Site Access does not know
 * (a custom role) gets every check: it cannot tell what the role allowed.
 */
const GROUPS_BY_ROLE: Record<string, CheckGroup[]> = {
  'admin (co-owner)': ['admin', 'billing', 'code'],
  'website manager': ['admin', 'code'],
  'back office manager': ['admin'],
  'billing manager': ['billing'],
  'website designer': ['code'],
  'blog writer': [],
  'blog editor': [],
  'store manager': [],
};
const ALL_ROLE_GROUPS: CheckGroup[] = ['admin', 'billing', 'code'];

export function checkGroupsFor(roleTitles: readonly string[], knewCredentials: boolean): CheckGroup[] {
  const groups = new Set<CheckGroup>();
  for (const title of roleTitles) {
    for (const group of GROUPS_BY_ROLE[title.trim().toLowerCase()] ?? ALL_ROLE_GROUPS) groups.add(group);
  }
  if (knewCredentials && !groups.has('admin')) groups.add('credentials');
  groups.add('everyone');
  return [...groups];
}

/** The checks for someone with these roles, keeping ticks already made on any check that stays. */
export function checksFor(
  roleTitles: readonly string[],
  knewCredentials: boolean,
  existing: readonly SecurityCheckState[] = [],
): SecurityCheckState[] {
  const groups = checkGroupsFor(roleTitles, knewCredentials);
  return SECURITY_CHECKS.filter((check) => groups.includes(check.group)).map(
    (check) => existing.find((state) => state.id === check.id) ?? openCheck(check.id),
  );
}

export function findCheck(id: string): SecurityCheck | undefined {
  return SECURITY_CHECKS.find((check) => check.id === id);
}

/** A check nobody has done or skipped yet. */
export const openCheck = (id: string): SecurityCheckState => ({
  id,
  tickedAt: null,
  tickedBy: '',
  skippedAt: null,
  skippedBy: '',
  skipReason: '',
});

/** Open: neither done nor skipped with a reason. An offboarding stays in progress while any check is open. */
export const isOpen = (state: SecurityCheckState) => !state.tickedAt && !state.skippedAt;

export function openChecks(states: readonly SecurityCheckState[]): SecurityCheck[] {
  return states.filter(isOpen).flatMap((state) => findCheck(state.id) ?? []);
}
