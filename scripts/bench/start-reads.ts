import { QueryClient } from '@tanstack/react-query';
import { startOpeningReads } from '../../src/app/opening-reads';
import { benchGateway } from './emulator-services';

/**
 * Starts the review's opening reads through the app's data layer (the Wix SDK and the web methods),
 * against the emulator in `?emulator=` and the backend in `?backend=`, exactly as the app starts them;
 * calls `onRead` once all are answered and parsed.
 */
export async function startReads(onRead: () => void): Promise<void> {
  const client = new QueryClient();
  const { gateway, backend } = await benchGateway();
  startOpeningReads(client, gateway, 'review', backend);
  const cache = client.getQueryCache();
  const unsubscribe = cache.subscribe(() => {
    if (!cache.getAll().every((query) => query.state.status === 'success')) return;
    unsubscribe();
    onRead();
  });
}
