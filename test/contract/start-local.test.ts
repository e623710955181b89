import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs `npm start`'s script with the given environment until it exits (generous: the machine may be busy). */
function startLocal(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/start-local.ts'], {
      cwd: ROOT,
      env: { ...process.env, WIX_EMULATOR_STATE: resolve(ROOT, '.emulator-state.test-start-local.json'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`start-local did not exit; it printed:\n${stdout}${stderr}`));
    }, 50_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm start with a port already taken', () => {
  let taken: Server;
  let port = 0;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((ready) => taken.listen(0, '127.0.0.1', ready));
    const address = taken.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => new Promise<void>((closed) => taken.close(() => closed())));

  it.each([
    ['the dashboard', 'PORT', { WIX_EMULATOR_PORT: '0' }],
    ['the Wix emulator', 'WIX_EMULATOR_PORT', { PORT: '0' }],
  ] as const)(
    'says which port %s could not have and which variable changes it, and exits with 1',
    async (what, variable, others) => {
      const run = await startLocal({ ...others, [variable]: String(port) });
      expect(run.stdout.split('\n')[0]).toBe('Starting Site Access in local mode…');
      expect(run.stderr.trim().split('\n')).toEqual([
        `Port ${port} for ${what} is already in use: stop what uses it, or choose another port with ${variable} (for example ${variable}=${port + 10} npm start).`,
      ]);
      expect(run.stdout + run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
      expect(run.code).toBe(1);
    },
    60_000,
  );

  it('refuses a port that is not a number, in one line', async () => {
    const run = await startLocal({ PORT: 'abc', WIX_EMULATOR_PORT: '0' });
    expect(run.stderr.trim()).toBe('PORT must be a port number from 0 to 65535 (it is "abc").');
    expect(run.code).toBe(1);
  }, 60_000);
});
