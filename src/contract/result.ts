import type { WixErrorKind } from '../wix/errors';

/** A failure as it crosses from the backend to the page (web methods carry JSON, not Error objects). */
export interface WireError {
  kind: WixErrorKind | 'not-connected' | 'key-refused' | 'not-allowed';
  message: string;
  status?: number;
  code?: string;
  detail?: string;
}

/** What every command answers: its value, or why not. */
export type BackendResult<T> = { ok: true; value: T } | { ok: false; error: WireError };
