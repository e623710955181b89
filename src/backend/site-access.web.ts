import { Permissions, webMethod } from '@wix/web-methods';
import { runCommand } from './run-command';
import { wixPlatform } from './wix-platform';

// The page's one web method: every command of the contract (`src/contract/commands.ts`) goes through it.
// `Permissions.Admin` lets any dashboard user of the site call it (any contributor): each command's guard in
// `commands.ts` checks its caller before its handler runs.
export const command = webMethod(Permissions.Admin, (name: string, args: unknown[]) => runCommand(wixPlatform, name, args));
