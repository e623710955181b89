import { resolve } from 'node:path';
import { createServer } from 'vite';
import { startEmulator } from '../emulator/server.js';

/** `npm start`: the Wix emulator (demo seed, state kept across restarts) and the dashboard page against it. */
const emulator = await startEmulator({
  port: Number(process.env.WIX_EMULATOR_PORT ?? 5174),
  stateFile: resolve(process.env.WIX_EMULATOR_STATE ?? '.emulator-state.json'),
});
process.env.VITE_WIX_EMULATOR_URL = emulator.url;

const server = await createServer({
  configFile: false,
  root: resolve('src/local'),
  esbuild: { jsx: 'automatic' },
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: { target: 'es2022' },
  optimizeDeps: { esbuildOptions: { target: 'es2022' } },
  logLevel: 'warn',
});
await server.listen();
const port = server.config.server.port;
console.log(`Dashboard: http://127.0.0.1:${port}/`);
console.log(`Wix emulator: ${emulator.url}`);
