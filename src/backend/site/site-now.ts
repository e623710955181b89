import { inviteRecordSchema, type InviteRecord } from '../../access/invite-records';
import { rolesFromPeople, type Contributor, type Role } from '../../access/people';
import { describePass, grantSchema, type PassView } from '../../access/support-pass';
import type { OperationContext } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';
import { invitableRoles } from '../../access/wix-role-titles';

/** The site as a command finds it: who Wix lists, the roles the app knows, the invites and passes it recorded. */
export interface SiteNow {
  people: Contributor[];
  roles: Role[];
  /** The roles a pass or an invite can give (`invitableRoles`). */
  inviteRoles: Role[];
  invites: InviteRecord[];
  passes: PassView[];
}

/** Who Wix lists and the roles the app knows (a command that needs no records reads only these). */
export async function readRolesNow(context: OperationContext): Promise<Pick<SiteNow, 'people' | 'roles' | 'inviteRoles'>> {
  const [people, catalogue] = await Promise.all([context.gateway.contributors.query(), context.gateway.contributors.roles()]);
  const roles = rolesFromPeople(people, catalogue ?? []);
  return { people, roles, inviteRoles: invitableRoles(roles, (catalogue ?? []).length > 0) };
}

/** Read afresh in the backend for each command (another tab, or Wix itself, may have changed anything since the page read it). */
export async function readSiteNow(context: OperationContext): Promise<SiteNow> {
  const { gateway } = context;
  const [known, invites, grants] = await Promise.all([
    readRolesNow(context),
    gateway.records.list(COLLECTIONS.invites, inviteRecordSchema),
    gateway.records.list(COLLECTIONS.grants, grantSchema),
  ]);
  const now = context.clock();
  return { ...known, invites, passes: grants.map((grant) => describePass(grant, known.people, now)) };
}
