import { QueryClient } from '@tanstack/react-query';
import { startOpeningReads } from '../../src/app/opening-reads';
import { benchGateway } from './emulator-services';

/**
 * Starts the review's five opening reads through the Wix SDK, against the emulator in `?emulator=`,
 * exactly as the app starts them; calls `onRead` once all five are answered and parsed.
 */
export async function startReads(onRead: () => void): Promise<void> {
  const client = new QueryClient();
  startOpeningReads(client, (await benchGateway()).gateway, 'review');
  const cache = client.getQueryCache();
  const unsubscribe = cache.subscribe(() => {
    if (!cache.getAll().every((query) => query.state.status === 'success')) return;
    unsubscribe();
    onRead();
  });
}
