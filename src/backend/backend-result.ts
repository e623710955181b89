import { toWixError, WixError } from '../wix/errors';
import type { BackendResult, WireError } from '../contract/result';

export const toWireError = (error: WixError): WireError => ({
  kind: error.kind,
  message: error.message,
  status: error.status,
  code: error.code,
  detail: error.detail,
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

/** The value of work that answers a result; its failure thrown as it was (for `settle` to answer again). */
export async function unwrapResult<T>(result: Promise<BackendResult<T>>): Promise<T> {
  const answer = await result;
  if (answer.ok) return answer.value;
  throw new BackendRefusal(answer.error);
}
