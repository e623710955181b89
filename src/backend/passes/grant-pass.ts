import { validatePassForm } from '../../access/pass-form';
import { normalizeEmail } from '../../access/people';
import { grantSchema, type Grant } from '../../access/support-pass';
import type { GrantAnswer, GrantInput } from '../../contract/passes';
import { adoptAccess } from '../../operations/adopt-access';
import { grantPass, invitePass, PassInviteFailed, PassSavedLate } from '../../operations/support-passes';
import { COLLECTIONS } from '../../wix/collections';
import { apiKeyStatus } from '../api-key/connection';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import type { Call } from '../commands';
import { refuse } from '../identity/guard';
import { readRolesNow, readSiteNow } from '../site/site-now';

const invalid = (message: string) => new BackendRefusal({ kind: 'invalid', message });

/** A grant's answer: the pass as it stands, or how Wix refused its invite (the pass is kept either way). */
async function answered(run: () => Promise<Grant>): Promise<GrantAnswer> {
  try {
    const grant = await run();
    return { outcome: grant.status === 'awaiting-invite' ? 'guided' : 'granted', grant };
  } catch (error) {
    if (error instanceof PassInviteFailed)
      return { outcome: 'refused', grant: error.grant, message: error.message, permission: error.wixError?.kind === 'permission' };
    if (error instanceof PassSavedLate) return { outcome: 'saved-late', grant: error.grant, message: error.message };
    throw error;
  }
}

/**
 * A new support pass, checked here against the site as it stands (the form again, the role, the email's
 * current access), never for the caller's own email; then recorded before anything is sent, and invited
 * with the owner's key or left to the owner in Roles & Permissions. Existing access put on a pass sends nothing.
 */
export async function grantPassAsCaller({ platform, me }: Call, input: GrantInput): Promise<GrantAnswer> {
  const context = backendContext(platform, me.name);
  const site = await readSiteNow(context);
  const { errors, value } = validatePassForm(input.form, { ...site, roles: site.inviteRoles }, context.clock(), input.adoptExisting);
  if (!value) throw invalid(Object.values(errors).find(Boolean) ?? 'Check the support pass form.');
  if (me.email !== '' && normalizeEmail(value.email) === normalizeEmail(me.email))
    await refuse(platform, me, "You can't give yourself a support pass.", value.email);
  const { existingPerson, ...pass } = value;
  const request = { ...pass, requestedBy: input.requestedBy || me.name, operationId: input.operationId };
  return answered(() =>
    existingPerson ? adoptAccess(context, request, existingPerson) : grantPass(context, request, apiKeyStatus(platform).connected),
  );
}

/** Sends the invite of a pass whose invite failed, again (the owner's key; guided without one). */
export async function retryPassInvite({ platform, me }: Call, grantId: string): Promise<GrantAnswer> {
  const context = backendContext(platform, me.name);
  const [site, [grant]] = await Promise.all([
    readRolesNow(context),
    context.gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { _id: grantId } }),
  ]);
  if (!grant)
    throw new BackendRefusal({
      kind: 'conflict',
      message: 'This support pass no longer exists. Reload the page to see the current passes.',
    });
  if (grant.status !== 'failed')
    throw new BackendRefusal({
      kind: 'conflict',
      message: `This pass is ${grant.status} now (another tab or Site Access itself). Reload to see it.`,
    });
  const role = site.inviteRoles.find((r) => r.id === grant.roleId);
  if (!role) throw invalid(`The role ${grant.roleTitle} no longer exists on this site. Grant a new pass.`);
  return answered(() => invitePass(context, grant, role));
}
