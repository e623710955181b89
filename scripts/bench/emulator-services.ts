import { httpBackend } from '../../src/local/http-backend';
import { emulatorControl } from '../../src/local/emulator-control';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';

/**
 * The benchmark pages' Wix: the emulator in `?emulator=` as the signed-in owner (the page token the local
 * harness asks the emulator for), and the local backend host in `?backend=`.
 */
export async function benchGateway() {
  const params = new URLSearchParams(window.location.search);
  const emulatorUrl = params.get('emulator') ?? 'http://127.0.0.1:5174/';
  const { pageToken } = await emulatorControl(emulatorUrl).session();
  const backend = httpBackend(params.get('backend') ?? 'http://127.0.0.1:5175/', () => pageToken);
  return { gateway: createGateway(createEmulatorClient(emulatorUrl, tokenAuth(pageToken)), backend), backend };
}
