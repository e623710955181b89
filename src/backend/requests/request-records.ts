import { accessRequestSchema, type AccessRequest } from '../../access/requests/access-request';
import type { OperationContext } from '../../operations/log';
import { syncRequestsTask } from '../../operations/request-task';
import { COLLECTIONS } from '../../wix/collections';
import { BackendRefusal } from '../backend-result';

/** Every request, newest first (read as the app: a contributor's page may not read the collection). */
export const allRequests = (context: OperationContext) =>
  context.gateway.records.list(COLLECTIONS.accessRequests, accessRequestSchema, { orderBy: { field: 'createdAt', direction: 'desc' } });

/** The request as Wix Data holds it now (another manager may have decided it since the page read it). */
export async function currentRequest(context: OperationContext, requestId: string): Promise<AccessRequest> {
  const [request] = await context.gateway.records.list(COLLECTIONS.accessRequests, accessRequestSchema, {
    where: { _id: String(requestId) },
  });
  if (!request)
    throw new BackendRefusal({
      kind: 'not-found',
      message: 'This access request no longer exists. Reload the page to see the current requests.',
    });
  return request;
}

export const saveRequest = (context: OperationContext, request: AccessRequest) =>
  context.gateway.records.update(COLLECTIONS.accessRequests, accessRequestSchema, request);

/** Keeps the owner's "Access requests waiting" task in step with the open requests (best effort). */
export async function refreshOwnerTask(context: OperationContext): Promise<boolean> {
  const waiting = await allRequests(context)
    .then((all) => all.filter((r) => r.status === 'open').length)
    .catch(() => null);
  return waiting === null ? false : syncRequestsTask(context, waiting);
}
