import { emailField, reasonField, ticketField, vendorNameField } from '../../access/pass-input';
import type { Grant } from '../../access/support-pass';
import type { DeclineInput } from '../../contract/passes';
import { confirmInviteCancelled, recordManualInvite } from '../../operations/guided-passes';
import { declineRequest } from '../../operations/support-passes';
import { BackendRefusal } from '../backend-result';
import type { Call } from '../commands';
import { readRolesNow } from '../site/site-now';
import { backendContext } from '../backend-context';
import { currentPass } from './pass-actions';

// What the owner tells the app they did in Wix's Roles & Permissions (guided mode), checked against the
// pass as it stands now: recorded, and logged as the owner's word.

const moved = (grant: Grant) =>
  new BackendRefusal({
    kind: 'conflict',
    message: `This pass is ${grant.status} now (another tab or Site Access itself). Reload to see it.`,
  });

/** The owner says they sent the pass's invite in Roles & Permissions. */
export async function passInviteSent({ platform, me }: Call, grantId: string): Promise<Grant> {
  const { context, grant } = await currentPass(platform, me.name, grantId);
  if (grant.status !== 'awaiting-invite' && grant.status !== 'failed') throw moved(grant);
  return recordManualInvite(context, grant);
}

/** The owner says the pass's pending invite is cancelled in Roles & Permissions (or was never sent). */
export async function passInviteCancelled({ platform, me }: Call, grantId: string): Promise<Grant> {
  const { context, grant } = await currentPass(platform, me.name, grantId);
  // Only what the app asked the owner to cancel (or what was never sent): a pass with access is revoked instead.
  if (grant.status !== 'cancel-in-wix' && grant.status !== 'awaiting-invite') throw moved(grant);
  return confirmInviteCancelled(context, grant);
}

/** The field's value, or the refusal its first problem words. */
function checked<T>(
  field: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } },
  value: unknown,
): T {
  const result = field.safeParse(value);
  if (result.success) return result.data;
  throw new BackendRefusal({ kind: 'invalid', message: result.error.issues[0]?.message ?? 'Check the request.' });
}

/** The owner declines a vendor's request link: recorded and logged, nobody invited. */
export async function declineVendorRequest({ platform, me }: Call, input: DeclineInput): Promise<null> {
  const email = checked(emailField, input.email);
  const vendorName = checked(vendorNameField, input.vendorName);
  const ticket = checked(ticketField, input.ticket);
  // The link's reason, as the vendor wrote it; a request that gave none (or one the log can't take) is "Declined".
  const reason = reasonField.safeParse(input.reason || 'Declined');
  const context = backendContext(platform, me.name);
  const { inviteRoles } = await readRolesNow(context);
  const role = inviteRoles.find((r) => r.id === input.roleId) ?? null;
  await declineRequest(context, {
    email,
    vendorName,
    role,
    ticket,
    reason: reason.success ? reason.data : 'Declined',
    expiresAt: context.clock(),
    autoEnd: false,
    requestedBy: input.requestedBy,
  });
  return null;
}
