import { COMMANDS, isCommand } from '../contract/commands';
import type { Me } from '../contract/me';
import type { BackendResult } from '../contract/result';
import { keyProblem } from './api-key/key-check';
import { BackendRefusal, settle } from './backend-result';
import { COMMAND_TABLE, type Command } from './commands';
import { refuse } from './identity/guard';
import { whoAmI } from './identity/who-am-i';
import type { BackendPlatform } from './platform';

const refusal = (kind: 'invalid' | 'not-allowed', message: string): BackendResult<never> => ({ ok: false, error: { kind, message } });

/**
 * The platform for one call: with the owner's key when the page sent one (a string that can be a key), and
 * the caller asked about at most once. The key is never stored, logged or answered.
 */
function forCall(platform: BackendPlatform, apiKey: unknown): BackendPlatform {
  const key = typeof apiKey === 'string' && keyProblem(apiKey) === null ? { apiKey: apiKey.trim() } : {};
  return { ...platform, ...key, callerOnce: {} };
}

/** The guard's check: nothing, or a refusal thrown (logged where the guard says so). */
async function check({ guard, what, notSignedIn }: Command, platform: BackendPlatform, me: Me): Promise<void> {
  if (!me.signedIn)
    throw new BackendRefusal({ kind: 'not-allowed', message: notSignedIn ?? `Sign in to the site's dashboard to ${what}.` });
  if (guard === 'signed-in') return;
  if (guard === 'manager-read' && !me.canManage)
    throw new BackendRefusal({ kind: 'not-allowed', message: `Only the site owner or a co-owner can ${what}.` });
  if (guard === 'manager' && !me.canManage) await refuse(platform, me, `Only the site owner or a co-owner can ${what}.`);
  if (guard === 'owner' && me.isOwner !== true) await refuse(platform, me, `Only the site owner can ${what}.`);
}

/**
 * Runs one command for whoever the platform's token names: its arguments are checked against the
 * contract, its guard against the caller, then its handler runs. Every answer is JSON: the value, or why not.
 */
export async function runCommand(platform: BackendPlatform, name: unknown, rawArgs: unknown): Promise<BackendResult<unknown>> {
  if (!isCommand(name)) return refusal('invalid', `Site Access has no command ${String(name)}.`);
  const spec = COMMANDS[name];
  const command = COMMAND_TABLE[name];
  const list = Array.isArray(rawArgs) ? rawArgs : [];
  const count = spec.args.def.items.length;
  const args = spec.args.safeParse(list.slice(0, count));
  if (!args.success)
    return refusal(
      'invalid',
      `Couldn't ${command.what}: the page sent something Site Access can't read (${args.error.issues[0]?.message ?? 'bad arguments'}).`,
    );
  const call = forCall(platform, spec.key ? list[count] : undefined);
  const run = command.run as (c: { platform: BackendPlatform; me?: Me }, ...a: unknown[]) => Promise<unknown>;
  return settle(command.what, async () => {
    if (command.guard === 'anyone') return run({ platform: call }, ...(args.data as unknown[]));
    const me = await whoAmI(call);
    await check(command, call, me);
    return run({ platform: call, me }, ...(args.data as unknown[]));
  });
}
