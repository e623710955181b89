import { resolve } from 'node:path';
import { startLocalMode } from './local-mode.js';

/** `npm start`: the Wix emulator (demo seed, state kept across restarts) and the dashboard page against it. */
const local = await startLocalMode({
  port: Number(process.env.PORT ?? 5173),
  emulatorPort: Number(process.env.WIX_EMULATOR_PORT ?? 5174),
  stateFile: resolve(process.env.WIX_EMULATOR_STATE ?? '.emulator-state.json'),
});
console.log(`Dashboard: ${local.dashboardUrl}`);
console.log(`Wix emulator: ${local.emulatorUrl}`);
