import { resolve } from 'node:path';
import { startEmulator } from './server.js';

/** `npm run emulator`: the Wix emulator alone, state kept in a git-ignored file. */
const port = Number(process.env.WIX_EMULATOR_PORT ?? 5174);
const stateFile = resolve(process.env.WIX_EMULATOR_STATE ?? '.emulator-state.json');
const emulator = await startEmulator({ port, stateFile });
console.log(`Wix emulator: ${emulator.url}`);
