import type { Grant } from '../../access/support-pass';
import { normalizeEmail } from '../../access/people';
import { logDone } from '../../operations/log';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import type { BackendPlatform } from '../platform';
import type { Me } from '../../contract/me';

/** Refuses and logs the refused attempt (who tried what), then throws the refusal to the page. */
export async function refuse(platform: BackendPlatform, me: Me, message: string, subjectEmail = me.email): Promise<never> {
  await logDone(backendContext(platform, me.signedIn ? me.name : 'Nobody signed in'), {
    action: 'refused',
    subjectEmail,
    subjectName: me.name,
    detail: message,
  }).catch(() => undefined);
  throw new BackendRefusal({ kind: 'not-allowed', message });
}

/** Whether the pass is the caller's own access (by the account it recorded, or its email). */
export const isOwnPass = (me: Me, grant: Grant) =>
  grant.contributorAccountId === me.accountId || (me.email !== '' && normalizeEmail(grant.email) === normalizeEmail(me.email));

/** Nobody extends, approves or ends their own access. */
export async function refuseOwnPass(platform: BackendPlatform, me: Me, grant: Grant, what: string): Promise<void> {
  if (isOwnPass(me, grant)) await refuse(platform, me, `You can't ${what} your own access.`, grant.email);
}
