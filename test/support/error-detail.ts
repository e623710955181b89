import { WixError } from '../../src/wix/errors';

/** The detail of the WixError `read` throws (which field and why), or null when it throws nothing. */
export function detailOf(read: () => unknown): string | undefined | null {
  try {
    read();
  } catch (error) {
    if (error instanceof WixError) return error.detail;
    throw error;
  }
  return null;
}
