import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodType } from 'zod';

/** An error the emulator answers in Wix's envelope. */
export class WixHttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    description: string,
  ) {
    super(description);
  }
}

export function wixErrorBody(code: string, description: string) {
  return { message: description, details: { applicationError: { code, description, data: {} } } };
}

export const CODE_BY_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export function notFound(what: string): WixHttpError {
  return new WixHttpError(404, 'NOT_FOUND', `${what} was not found.`);
}

/** Parses a JSON body with the shared request schema; a malformed body is Wix's 400. */
export async function parseBody<T>(c: Context, schema: ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new WixHttpError(400, 'INVALID_ARGUMENT', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'body';
    throw new WixHttpError(400, 'INVALID_ARGUMENT', `Invalid ${field}: ${issue?.message ?? 'malformed request'}.`);
  }
  return parsed.data;
}
