import { z, type Schema } from '../access/zod';
import { logEntrySchema, type LogEntry } from '../access/access-log';
import type { LogCheck } from '../access/log-verify';
import { unwrap, type KeyServices } from './key-services';

const appendedSchema = z.array(z.union([z.object({ entry: logEntrySchema }), z.object({ problem: z.string() })]));
const problemSchema = z.object({
  kind: z.enum(['changed', 'removed', 'inserted']),
  seq: z.number(),
  at: z.nullable(z.string()),
  message: z.string(),
});
const checkSchema: Schema<LogCheck> = z.union([
  z.object({ intact: z.literal(true), count: z.number(), lastAt: z.nullable(z.string()), headHash: z.string(), unchained: z.number() }),
  z.object({ intact: z.literal(false), problem: problemSchema, checked: z.number(), unchained: z.number() }),
]);

/** An entry to append: what the log says, without its place in the chain (the backend numbers and hashes it). */
export type LogDraftInput = Omit<LogEntry, '_id' | 'seq' | 'prevHash' | 'hash'>;

/**
 * The access log's writes and its check, done by the app's backend (it numbers and hashes every entry:
 * see `backend/log/append-log.ts`). Per entry: the stored entry (with its `_id`), or why it was not logged.
 */
export function logServiceApi(key: KeyServices) {
  return {
    append: (entries: LogDraftInput[]): Promise<({ entry: LogEntry } | { problem: string })[]> =>
      unwrap(appendedSchema, key.appendLog(entries), 'write the access log'),
    verify: (): Promise<LogCheck> => unwrap(checkSchema, key.verifyLog(), 'verify the access log'),
  };
}
