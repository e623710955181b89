import { addDays } from '../../../src/access/clock';
import { handoffSchema } from '../../../src/access/handoff';
import { offboardingSchema } from '../../../src/access/offboarding';
import { saveCheckChanges } from '../../../src/features/offboarding/save-check-changes';
import { removePeopleOneByOne } from '../../../src/operations/bulk-removal';
import { findRoleByTitle, type Contributor, type Role } from '../../../src/access/people';
import { buildChecklist } from '../../../src/access/review/checklist';
import { saveHandoffStep } from '../../../src/features/handoff/save-handoff';
import { sendInvites } from '../../../src/operations/invites';
import type { OperationContext } from '../../../src/operations/log';
import { offboardPerson } from '../../../src/operations/offboard';
import { carryOutDecision, type DecisionRequest } from '../../../src/operations/review-decisions';
import { invitesQuery, peopleQuery } from '../../../src/page/site-queries';
import { grantPass } from '../../../src/operations/support-passes';
import { COLLECTIONS } from '../../../src/wix/collections';
import type { EmulatorContext } from '../emulator';

export const actor = 'Maya Levin (owner)';
export const contextOf = (wix: EmulatorContext): OperationContext => ({ gateway: wix.gateway, clock: wix.clock, actor });
export const siteOf = async (wix: EmulatorContext) => ({
  ...(await peopleQuery(wix.gateway).queryFn()),
  invites: await invitesQuery(wix.gateway).queryFn(),
});

function role(roles: readonly Role[], title: string): Role {
  const found = findRoleByTitle(roles, title);
  if (!found) throw new Error(`no ${title} role`);
  return found;
}
function person(people: readonly Contributor[], name: string): Contributor {
  const found = people.find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not listed`);
  return found;
}

const vendorPass = async (wix: EmulatorContext) => {
  const { roles } = await siteOf(wix);
  const request = {
    email: 'help@widgets.example',
    vendorName: 'Widgets',
    role: role(roles, 'Website Manager'),
    ticket: '88',
    reason: 'Widget bug',
    expiresAt: addDays(wix.clock(), 7),
    autoEnd: false,
    requestedBy: 'Owner',
  };
  return { request, grant: () => grantPass(contextOf(wix), request, true) };
};

/** A write flow: `prepare` puts the site in its state (no faults) and returns the flow, which the matrix then faults. */
export interface Flow {
  name: string;
  prepare: (wix: EmulatorContext) => Promise<() => Promise<unknown>>;
}

/** A review decision on one checklist row (connected mode); `newRole` by its title. */
function reviewFlow(name: string, email: string, request: Omit<DecisionRequest, 'row' | 'newRole'> & { newRole?: string }): Flow {
  return {
    name,
    prepare: async (wix) => {
      const site = await siteOf(wix);
      const row = buildChecklist({ ...site, passes: [], reviews: [] }, wix.clock()).find((r) => r.email === email);
      if (!row) throw new Error(`no checklist row for ${email}`);
      const newRole = request.newRole ? role(site.roles, request.newRole) : undefined;
      return () => carryOutDecision(contextOf(wix), { ...request, row, newRole }, { ...site, connected: true });
    },
  };
}

/** What the backend answers as a refusal is not thrown: the matrix only needs the flow to have run. */
const settled = async (answer: Promise<{ ok: boolean }>) => answer;

export const FLOWS: Flow[] = [
  {
    name: 'grant (connected)',
    prepare: async (wix) => (await vendorPass(wix)).grant,
  },
  {
    name: 'revoke (backend)',
    prepare: async (wix) => {
      const grant = await (await vendorPass(wix)).grant();
      await wix.control.accept(grant.inviteId ?? '');
      return () => settled(wix.backend.revokePass(grant._id));
    },
  },
  {
    name: 'extend (backend)',
    prepare: async (wix) => {
      const grant = await (await vendorPass(wix)).grant();
      return () => settled(wix.backend.extendPass(grant._id, addDays(wix.clock(), 14).toISOString(), 'Still investigating'));
    },
  },
  reviewFlow('review keep', 'sam.ortiz.writes@gmail.com', { decision: 'keep', reason: 'Still writing', reviewKind: 'full-quarterly' }),
  reviewFlow('review remove', 'sam.ortiz.writes@gmail.com', { decision: 'remove', reason: 'Left the team', reviewKind: 'full-quarterly' }),
  reviewFlow('review change role', 'sam.ortiz.writes@gmail.com', {
    decision: 'change-role',
    newRole: 'Blog Editor',
    reason: 'Edits now',
    reviewKind: 'full-quarterly',
  }),
  reviewFlow('review cancel invite', 'alex@ledgerlane.co', {
    decision: 'cancel',
    reason: 'Hired elsewhere',
    reviewKind: 'invites-monthly',
  }),
  reviewFlow('review resend invite', 'alex@ledgerlane.co', { decision: 'resend', reason: 'Still needed', reviewKind: 'invites-monthly' }),
  {
    name: 'bulk removal',
    prepare: async (wix) => {
      const site = await siteOf(wix);
      return () =>
        removePeopleOneByOne(contextOf(wix), {
          targets: [person(site.people, 'Lena Park'), person(site.people, 'Sam Ortiz')],
          reason: 'Project over',
        });
    },
  },
  {
    name: 'offboarding security checks',
    prepare: async (wix) => {
      const started = await wix.gateway.records.insert(COLLECTIONS.offboardings, offboardingSchema, {
        status: 'in-progress',
        step: 'security',
        accountId: 'acc-lena',
        name: 'Lena Park',
        email: 'lena@parkstudio.design',
        startedAt: wix.clock(),
        startedBy: actor,
        reason: 'Project over',
        checks: [{ id: 'rotate-keys' }, { id: 'review-apps' }],
      });
      const tick = (checkId: string) => ({ checkId, kind: 'tick' as const, at: wix.clock(), by: actor });
      return () => saveCheckChanges(contextOf(wix), started, [tick('rotate-keys')]);
    },
  },
  {
    name: 'offboarding removal',
    prepare: async (wix) => {
      const site = await siteOf(wix);
      return () =>
        offboardPerson(contextOf(wix), { ...site, person: person(site.people, 'Lena Park'), reason: 'Project over', connected: true });
    },
  },
  {
    name: 'bulk invite',
    prepare: async (wix) => {
      const { roles } = await siteOf(wix);
      const request = { emails: ['ana@writers.example', 'ben@writers.example'], role: role(roles, 'Blog Writer'), reason: 'Guest posts' };
      return () => sendInvites(contextOf(wix), request);
    },
  },
  {
    name: 'handoff save',
    prepare: async (wix) => {
      const handoff = await wix.gateway.records.insert(COLLECTIONS.handoffs, handoffSchema, {
        newOwnerEmail: 'new.owner@example.com',
        newOwnerName: 'New Owner',
        handedOverBy: 'Agency',
        transfers: ['site'],
        startedAt: wix.clock(),
        startedBy: actor,
        items: [],
      });
      const next = { ...handoff, items: [{ id: 'domain', doneAt: wix.clock(), doneBy: actor, note: '' }] };
      return () => saveHandoffStep(contextOf(wix), next, 'Domain moved');
    },
  },
];
