import { z } from 'zod';
import type { OperationContext } from './log';
import { COLLECTIONS } from '../wix/collections';
import { WixError } from '../wix/errors';

const handledSchema = z.object({ _id: z.string(), kind: z.string(), entityId: z.string(), outcome: z.string() });

/**
 * Claims a Wix event id before handling it (its id is the record's `_id`, so a second claim is refused
 * by Wix Data as a duplicate): an event delivered twice at once is handled once. False: already claimed.
 */
export async function claimEvent(context: OperationContext, eventId: string, kind: string, entityId: string): Promise<boolean> {
  try {
    await context.gateway.records.insert(COLLECTIONS.handledEvents, handledSchema, {
      _id: eventId,
      kind,
      entityId,
      at: context.clock(),
      outcome: 'handling',
    });
    return true;
  } catch (error) {
    if (error instanceof WixError && error.kind === 'conflict') return false;
    throw error;
  }
}

/** Records how it went; a handling that failed gives the claim back, so Wix's redelivery can try again. */
export async function settleEvent(
  context: OperationContext,
  eventId: string,
  kind: string,
  entityId: string,
  outcome: string | null,
): Promise<void> {
  if (outcome === null) {
    await context.gateway.records.remove(COLLECTIONS.handledEvents, eventId).catch(() => undefined);
    return;
  }
  await context.gateway.records
    .update(COLLECTIONS.handledEvents, handledSchema, { _id: eventId, kind, entityId, at: context.clock(), outcome })
    .catch(() => undefined);
}
