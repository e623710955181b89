import { z, type Schema } from '../access/zod';

export type WixErrorKind =
  'permission' | 'not-found' | 'conflict' | 'invalid' | 'rate-limited' | 'server' | 'offline' | 'unexpected-response';

/** Every Wix failure, as one error the UI can explain to a site owner. */
export class WixError extends Error {
  readonly name = 'WixError';
  constructor(
    readonly kind: WixErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
    /** Wix's own description, kept for the log and support. */
    readonly detail?: string,
  ) {
    super(message);
  }

  /** Worth trying again without changing anything. */
  get retryable(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server' || this.kind === 'offline';
  }
}

const applicationError = z.looseObject({ code: z.optional(z.string()), description: z.optional(z.string()) });
const envelope = z.looseObject({
  message: z.optional(z.string()),
  details: z.optional(z.looseObject({ applicationError: z.optional(applicationError) })),
});
const sdkError = z.looseObject({ status: z.optional(z.number()), details: z.optional(z.unknown()), message: z.optional(z.string()) });

/** Some modules (@wix/data) throw Wix's details without the HTTP status: infer it from the code. */
const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  WDE0027: 403,
  NOT_FOUND: 404,
  WDE0025: 404,
  WDE0073: 404,
  ALREADY_EXISTS: 409,
  WDE0074: 409,
  RESOURCE_EXHAUSTED: 429,
  WDE0014: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export function wixErrorFromStatus(status: number, action: string, code?: string, detail?: string): WixError {
  const args = [status, code, detail] as const;
  if (status === 401 || status === 403) {
    return new WixError(
      'permission',
      `Wix did not allow Site Access to ${action}: the app needs the Manage Contributors permission. You can do it yourself in Roles & Permissions.`,
      ...args,
    );
  }
  if (status === 404)
    return new WixError('not-found', `Couldn't ${action}: Wix could not find it. It may have been removed already.`, ...args);
  if (status === 409)
    return new WixError('conflict', `Couldn't ${action}: it was changed at the same time elsewhere. Reload and try again.`, ...args);
  if (status === 429)
    return new WixError(
      'rate-limited',
      `Couldn't ${action}: Wix is receiving too many requests. Wait a few seconds and try again.`,
      ...args,
    );
  if (status >= 500)
    return new WixError('server', `Couldn't ${action}: Wix had a problem on its side (${status}). Try again in a moment.`, ...args);
  const reason = detail ? ` ${detail.replace(/\.?$/, '.')}` : '';
  return new WixError('invalid', `Couldn't ${action}: Wix refused the request.${reason}`, ...args);
}

function fromBody(body: unknown): { code?: string; detail?: string } {
  const parsed = envelope.safeParse(body);
  if (!parsed.success) return {};
  const appError = parsed.data.details?.applicationError;
  return { code: appError?.code, detail: appError?.description ?? parsed.data.message };
}

/** Maps what an SDK call or a fetch threw into a WixError. */
export function toWixError(error: unknown, action: string): WixError {
  if (error instanceof WixError) return error;
  const sdk = sdkError.safeParse(error);
  if (sdk.success && (sdk.data.status !== undefined || sdk.data.details !== undefined)) {
    let body: unknown = { details: sdk.data.details };
    try {
      if (!sdk.data.details && sdk.data.message) body = JSON.parse(sdk.data.message);
    } catch {
      body = {};
    }
    const { code, detail } = fromBody(body);
    const status = sdk.data.status ?? (code ? STATUS_BY_CODE[code] : undefined) ?? 400;
    return wixErrorFromStatus(status, action, code, detail);
  }
  if (error instanceof TypeError) {
    return new WixError('offline', `Couldn't ${action}: Wix could not be reached. Check your connection and try again.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new WixError(
    'unexpected-response',
    `Couldn't ${action}: Wix answered in a way Site Access did not expect. Try again; if it keeps happening, contact support.`,
    undefined,
    undefined,
    detail,
  );
}

/** Parses a Wix response; a shape we cannot read is an error state, never a crash or a silent empty list. */
export function parseWix<T>(schema: Schema<T>, value: unknown, action: string): T {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new WixError(
    'unexpected-response',
    `Couldn't ${action}: Wix answered in a way Site Access did not expect. Try again; if it keeps happening, contact support.`,
    undefined,
    'UNEXPECTED_RESPONSE',
    `${issue?.path.join('.') || 'response'}: ${issue?.message ?? 'invalid'}`,
  );
}

/** Runs one Wix call, turning any failure into a WixError that names what was being done. */
export async function callWix<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toWixError(error, action);
  }
}

export async function readFetchResponse(response: Response, action: string): Promise<unknown> {
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    if (response.ok)
      throw new WixError('unexpected-response', `Couldn't ${action}: Wix answered with something that is not JSON.`, response.status);
  }
  if (!response.ok) {
    const { code, detail } = fromBody(body);
    throw wixErrorFromStatus(response.status, action, code, detail);
  }
  return body;
}
