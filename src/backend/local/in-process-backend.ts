import { commandClient, type Backend } from '../../contract/commands';
import type { BackendPlatform } from '../platform';
import { runCommand } from '../run-command';

const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * The backend called in this process, as the page meets it through Wix's web method: arguments and answers
 * cross as JSON (a missing argument arrives as null, a date as a string). Tests and benchmark scripts.
 */
export function inProcessBackend(platform: BackendPlatform): Backend {
  return commandClient(async (name, args) => json(await runCommand(platform, name, json(args))));
}
