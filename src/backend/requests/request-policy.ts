import { REQUEST_POLICY_ID, requestPolicySchema, type RequestPolicy } from '../../access/requests/access-request';
import { logDone, type OperationContext } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';
import { backendContext } from '../backend-context';
import type { Call } from '../commands';
import type { BackendPlatform } from '../platform';

const DEFAULT: RequestPolicy = { _id: REQUEST_POLICY_ID, secondApproval: false, setBy: '' };

/** The site's approval rule (one approver unless the owner asked for two). */
export async function readPolicy(context: OperationContext): Promise<RequestPolicy> {
  const [policy] = await context.gateway.records.list(COLLECTIONS.requestPolicy, requestPolicySchema, {
    where: { _id: REQUEST_POLICY_ID },
  });
  return policy ?? DEFAULT;
}

/** Only the site owner decides whether access requests need a second approver. */
export async function setRequestPolicy({ platform, me }: Call, secondApproval: unknown): Promise<RequestPolicy> {
  const context = backendContext(platform, me.name);
  const current = await readPolicy(context);
  const next = { ...current, secondApproval: secondApproval === true, setBy: me.name, setAt: context.clock() };
  const saved =
    current.setBy === '' && current.setAt === undefined
      ? await context.gateway.records.insert(COLLECTIONS.requestPolicy, requestPolicySchema, next)
      : await context.gateway.records.update(COLLECTIONS.requestPolicy, requestPolicySchema, next);
  await logDone(context, {
    action: 'request-policy',
    subjectEmail: me.email,
    subjectName: me.name,
    detail: saved.secondApproval ? 'Access requests need a second approver' : 'Access requests need one approver',
  });
  return saved;
}
