import { QueryClient } from '@tanstack/react-query';
import { startOpeningReads } from '../../src/app/opening-reads';
import { createEmulatorClient } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';

/**
 * Starts the review's five opening reads through the Wix SDK, against the emulator in `?emulator=`,
 * exactly as the app starts them; calls `onRead` once all five are answered and parsed.
 */
export function startReads(onRead: () => void): void {
  const emulatorUrl = new URLSearchParams(window.location.search).get('emulator') ?? 'http://127.0.0.1:5174/';
  const client = new QueryClient();
  startOpeningReads(client, createGateway(createEmulatorClient(emulatorUrl)), 'review');
  const cache = client.getQueryCache();
  const unsubscribe = cache.subscribe(() => {
    if (!cache.getAll().every((query) => query.state.status === 'success')) return;
    unsubscribe();
    onRead();
  });
}
