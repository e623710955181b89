import { z, type Schema } from '../access/zod';
import { roleSchema, type Role } from '../access/people';
import { parseWix, WixError } from './errors';

/** A backend answer as the page receives it (JSON: the value, or Wix's failure as data). */
type Answer =
  { ok: true; value: unknown } | { ok: false; error: { kind: string; message: string; status?: number; code?: string; detail?: string } };

/**
 * What needs an account API key, done by the app's backend with the owner's connected key (Wix lets no
 * page or app identity send, resend or cancel invites, or read the roles catalogue).
 */
export interface KeyServices {
  sendInvites(roleId: string, emails: string[], purpose?: string): Promise<unknown>;
  resendInvite(inviteId: string): Promise<unknown>;
  revokeInvite(inviteId: string): Promise<unknown>;
  rolesCatalogue(): Promise<unknown>;
  /** Appends entries to the access log's hash chain (the backend numbers and hashes them). */
  appendLog(entries: unknown[]): Promise<unknown>;
  /** Walks the access log's chain. */
  verifyLog(): Promise<unknown>;
}

/** The key is missing (guided mode) or Wix refused it: the owner does it in Roles & Permissions. */
export const NEEDS_KEY_CODES = ['NOT_CONNECTED', 'KEY_REFUSED'];
export const needsKey = (error: unknown) => error instanceof WixError && error.code !== undefined && NEEDS_KEY_CODES.includes(error.code);

const answerSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      kind: z.string(),
      message: z.string(),
      status: z.optional(z.number()),
      code: z.optional(z.string()),
      detail: z.optional(z.string()),
    }),
  }),
]);

/** A backend answer's value, parsed; its failure as a WixError (no key and a refused key are `needsKey`). */
export async function unwrap<T>(schema: Schema<T>, answer: Promise<unknown>, action: string): Promise<T> {
  let raw: unknown;
  try {
    raw = await answer;
  } catch {
    throw new WixError('offline', `Couldn't ${action}: the app's backend could not be reached. Check your connection and try again.`);
  }
  const parsed: Answer = parseWix(answerSchema, raw, action);
  if (parsed.ok) return parseWix(schema, parsed.value, action);
  const { kind, message, status, code, detail } = parsed.error;
  if (kind === 'not-allowed') throw new WixError('permission', message, 403, 'NOT_ALLOWED', detail);
  if (kind === 'not-connected' || kind === 'key-refused') {
    throw new WixError('permission', message, status ?? 403, kind === 'not-connected' ? 'NOT_CONNECTED' : 'KEY_REFUSED', detail);
  }
  const known = ['permission', 'not-found', 'conflict', 'invalid', 'rate-limited', 'server', 'offline', 'unexpected-response'] as const;
  throw new WixError(known.find((k) => k === kind) ?? 'unexpected-response', message, status, code, detail);
}

/** Wix's roles catalogue through the backend's key, or null when no key is connected (roles are then known only by id). */
export async function rolesThroughKey(key: KeyServices): Promise<Role[] | null> {
  try {
    return await unwrap(z.array(roleSchema), key.rolesCatalogue(), 'load the site roles');
  } catch (error) {
    if (needsKey(error)) return null;
    throw error;
  }
}
