import { createServer } from 'node:net';
import { resolve } from 'node:path';

/**
 * `npm start`: the Wix emulator (demo seed, state kept across restarts) and the dashboard page
 * against it. Says at once that it is starting; a port that is taken is one line naming the port
 * and the variable that changes it (exit code 1), never a stack.
 */
console.log('Starting Site Access in local mode…');

interface PortSetting {
  variable: 'PORT' | 'WIX_EMULATOR_PORT';
  what: string;
  fallback: number;
}
const DASHBOARD: PortSetting = { variable: 'PORT', what: 'the dashboard', fallback: 5173 };
const EMULATOR: PortSetting = { variable: 'WIX_EMULATOR_PORT', what: 'the Wix emulator', fallback: 5174 };

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

function portOf(setting: PortSetting): number {
  const raw = process.env[setting.variable]?.trim() || String(setting.fallback);
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) fail(`${setting.variable} must be a port number from 0 to 65535 (it is "${raw.slice(0, 40)}").`);
  return port;
}

const takenLine = (setting: PortSetting, port: number) =>
  `Port ${port} for ${setting.what} is already in use: stop what uses it, or choose another port with ${setting.variable} (for example ${setting.variable}=${port + 10} npm start).`;

/** Whether the port can be listened on where local mode listens (127.0.0.1). Port 0 picks a free one. */
function isFree(port: number): Promise<boolean> {
  if (port === 0) return Promise.resolve(true);
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

const ports = [
  { setting: DASHBOARD, port: portOf(DASHBOARD) },
  { setting: EMULATOR, port: portOf(EMULATOR) },
];
if (ports[0]?.port !== 0 && ports[0]?.port === ports[1]?.port)
  fail(`PORT and WIX_EMULATOR_PORT are both ${ports[0]?.port}: give them different ports.`);
for (const { setting, port } of ports) {
  if (!(await isFree(port))) fail(takenLine(setting, port));
}

// Loaded only now: Vite takes a moment to load, and the line above should not wait for it.
const { startLocalMode } = await import('./local-mode.js');
try {
  const local = await startLocalMode({
    port: portOf(DASHBOARD),
    emulatorPort: portOf(EMULATOR),
    stateFile: resolve(process.env.WIX_EMULATOR_STATE ?? '.emulator-state.json'),
  });
  console.log(`Dashboard: ${local.dashboardUrl}`);
  console.log(`Wix emulator: ${local.emulatorUrl}`);
  console.log('Open the dashboard address. The first page load compiles the page and can take about 10 s; later loads are quick.');
} catch (error) {
  // Something took a port between the check and the start.
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const port = typeof error === 'object' && error !== null && 'port' in error && typeof error.port === 'number' ? error.port : undefined;
  const setting = ports.find((p) => p.port === port)?.setting;
  if (code === 'EADDRINUSE' && setting && port !== undefined) fail(takenLine(setting, port));
  throw error;
}
