import type { BackendApi } from '../../src/backend/backend-api';

/**
 * The backend as the page meets it: arguments and answers cross as JSON, as they do for Wix's web methods
 * (a missing argument arrives as null, a date as a string), so tests catch what only the wire shows.
 */
export function asWebMethods(api: BackendApi): BackendApi {
  const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api) as [string, (...args: unknown[]) => Promise<unknown>][]) {
    wrapped[name] = async (...args: unknown[]) => json(await method(...json(args)));
  }
  return wrapped as unknown as BackendApi;
}
