import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../src/wix/collections.js';
import { DECLARED_COLLECTIONS } from '../src/wix/declared-collections.js';
import { STRICT_READINGS, type WixReadings } from './readings.js';
import { DAY_MS, INVITE_LIFETIME_DAYS, type EmulatedContributor, type EmulatedInvite, type EmulatedRole, type SiteState } from './model.js';

export type SeedName = 'demo' | 'empty' | 'stress';
export const SEED_NAMES: readonly SeedName[] = ['demo', 'empty', 'stress'];

const SITE_ID = '7d1c2f4e-5a6b-4c3d-9e8f-0a1b2c3d4e5f';
const OWNER_ID = 'acc-owner-maya';
const INSTANCE_ID = '3f9e2b1a-6c4d-4e8f-a1b2-c3d4e5f60718';

/** A fresh signing secret for page and app tokens. */
export const newSecret = () => randomBytes(32).toString('base64url');

/** The role ids Wix documents (Owner, Admin (Co-Owner)); the other roles' ids are the emulator's own. */
export const OWNER_ROLE_ID = '6601492336091027458';
export const CO_OWNER_ROLE_ID = '6732588207941061632';

/** Wix's predefined site roles. Only the Owner's and Co-Owner's ids are documented: the app names the others by title. */
export const ROLES: EmulatedRole[] = [
  { id: OWNER_ROLE_ID, title: 'Owner', description: 'Owns the site and its billing.', isOwner: true, isAdmin: true, readsSecrets: true },
  {
    id: CO_OWNER_ROLE_ID,
    title: 'Admin (Co-Owner)',
    description: 'Full access to the site, except deleting or transferring it.',
    isAdmin: true,
    readsSecrets: true,
  },
  {
    id: 'role-website-manager',
    title: 'Website Manager',
    description: 'Edits the site and manages its apps and settings, without billing.',
    readsSecrets: true,
  },
  { id: 'role-website-designer', title: 'Website Designer', description: 'Edits and publishes the site design.' },
  { id: 'role-back-office-manager', title: 'Back Office Manager', description: 'Manages the dashboard without editing the site.' },
  { id: 'role-billing-manager', title: 'Billing Manager', description: 'Manages premium plans, payment methods and invoices.' },
  { id: 'role-blog-writer', title: 'Blog Writer', description: 'Writes and edits their own blog posts.' },
  { id: 'role-blog-editor', title: 'Blog Editor', description: 'Writes, edits and publishes all blog posts.' },
  { id: 'role-store-manager', title: 'Store Manager', description: 'Manages products, orders and inventory.' },
];

const iso = (now: number, daysFromNow: number) => new Date(now + daysFromNow * DAY_MS).toISOString();

/** A person's user id, distinct from the account id (Wix shows it instead when `distinctIds` is on). */
export const userIdOf = (accountId: string) => `usr-${accountId.replace(/^acc-/, '')}`;

function person(id: string, fullName: string, email: string, policyId: string, joinedAt: string): EmulatedContributor {
  return { accountId: id, userId: userIdOf(id), fullName, email, policyIds: [policyId], joinedAt };
}

function invite(id: string, email: string, policyId: string, now: number, sentDaysAgo: number): EmulatedInvite {
  const expired = sentDaysAgo >= INVITE_LIFETIME_DAYS;
  return {
    id,
    siteId: SITE_ID,
    email,
    policyIds: [policyId],
    inviterAccountId: OWNER_ID,
    acceptedByAccountId: null,
    status: expired ? 'Expired' : 'Pending',
    acceptLink: `https://www.wix.com/invite/${id}`,
    dateCreated: iso(now, -sentDaysAgo),
    expirationDate: iso(now, INVITE_LIFETIME_DAYS - sentDaysAgo),
  };
}

/** The app's record of an invite it sent (the app must know its invites: Wix has no list call). */
function inviteRecord(inv: EmulatedInvite, roleTitle: string, reason: string) {
  return {
    id: `rec-${inv.id}`,
    dataCollectionId: COLLECTIONS.invites,
    data: {
      _id: `rec-${inv.id}`,
      _createdDate: { $date: inv.dateCreated },
      _updatedDate: { $date: inv.dateCreated },
      inviteId: inv.id,
      email: inv.email,
      roleId: inv.policyIds[0],
      roleTitle,
      reason,
      sentAt: { $date: inv.dateCreated },
      expiresAt: { $date: inv.expirationDate },
      status: 'pending',
    },
  };
}

function base(now: number, readings: WixReadings): SiteState {
  return {
    readings,
    siteId: SITE_ID,
    instanceId: INSTANCE_ID,
    ownerAccountId: OWNER_ID,
    secret: newSecret(),
    apiKeys: [],
    sessionAccountId: OWNER_ID,
    clockOffsetMs: 0,
    roles: ROLES,
    contributors: [person(OWNER_ID, 'Maya Levin', 'maya@bloomandbranch.com', OWNER_ROLE_ID, iso(now, -900))],
    invites: [],
    tasks: [],
    overdueDelivered: {},
    secrets: [],
    // Exactly the collections the app's data collections extension declares (Wix creates them on install).
    collections: Object.fromEntries(DECLARED_COLLECTIONS.map(({ id }) => [id, []])),
  };
}

function demo(now: number, readings: WixReadings): SiteState {
  const state = base(now, readings);
  state.contributors.push(
    person('acc-daniel', 'Daniel Cohen', 'daniel@bloomandbranch.com', CO_OWNER_ROLE_ID, iso(now, -610)),
    person('acc-lena', 'Lena Park', 'lena@parkstudio.design', 'role-website-designer', iso(now, -240)),
    person('acc-sam', 'Sam Ortiz', 'sam.ortiz.writes@gmail.com', 'role-blog-writer', iso(now, -95)),
    person('acc-powr', 'POWR Support', 'support@powr.io', 'role-website-manager', iso(now, -163)),
  );
  const aboutToExpire = invite('inv-bookkeeper', 'alex@ledgerlane.co', 'role-billing-manager', now, 27);
  const expired = invite('inv-photographer', 'jordan.lens@gmail.com', 'role-website-designer', now, 41);
  state.invites.push(aboutToExpire, expired);
  state.collections[COLLECTIONS.invites] = [
    inviteRecord(aboutToExpire, 'Billing Manager', 'Bookkeeper for the year-end accounts'),
    inviteRecord(expired, 'Website Designer', 'Product photos for the spring collection'),
  ];
  return state;
}

function stress(now: number, readings: WixReadings): SiteState {
  const state = base(now, readings);
  const roleIds = ROLES.filter((r) => !r.isOwner).map((r) => r.id);
  for (let i = 1; i <= 1000; i++) {
    const policy = roleIds[i % roleIds.length] ?? 'role-blog-writer';
    state.contributors.push(person(`acc-${i}`, `Contributor ${i}`, `person${i}@example.com`, policy, iso(now, -(i % 700))));
  }
  const records = [];
  for (let i = 0; i < 500; i++) {
    const inv = invite(`inv-${i}`, `invitee${i}@example.com`, roleIds[i % roleIds.length] ?? 'role-blog-writer', now, i % 45);
    state.invites.push(inv);
    records.push(inviteRecord(inv, ROLES.find((r) => r.id === inv.policyIds[0])?.title ?? 'Blog Writer', `Stress invite ${i}`));
  }
  state.collections[COLLECTIONS.invites] = records;
  return state;
}

export function seedState(seed: SeedName, now: number, readings: WixReadings = STRICT_READINGS): SiteState {
  if (seed === 'demo') return demo(now, readings);
  if (seed === 'stress') return stress(now, readings);
  return base(now, readings);
}
