import { toWixError, WixError, type WixErrorKind } from '../wix/errors';

/** A Wix failure as it crosses from the backend to the page (web methods carry JSON, not Error objects). */
export interface WireError {
  kind: WixErrorKind | 'not-connected' | 'key-refused' | 'not-allowed';
  message: string;
  status?: number;
  code?: string;
  detail?: string;
}

/** What every web method answers: its value, or why not. */
export type BackendResult<T> = { ok: true; value: T } | { ok: false; error: WireError };

export const toWireError = (error: WixError): WireError => ({
  kind: error.kind, message: error.message, status: error.status, code: error.code, detail: error.detail,
});

/** Runs backend work and answers with its value or the Wix failure (anything else is a bug and is thrown). */
export async function settle<T>(action: string, run: () => Promise<T>): Promise<BackendResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof BackendRefusal) return { ok: false, error: error.wire };
    return { ok: false, error: toWireError(toWixError(error, action)) };
  }
}

/** A refusal the backend decided itself (no key connected, the key was refused). */
export class BackendRefusal extends Error {
  constructor(readonly wire: WireError) {
    super(wire.message);
  }
}
