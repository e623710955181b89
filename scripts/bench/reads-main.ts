import { QueryClient } from '@tanstack/react-query';
import { startOpeningReads } from '../../src/app/opening-reads';
import { createEmulatorClient } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';

/**
 * The benchmark's floor: the review's five opening reads through the Wix SDK, parsed as the app
 * parses them, and no interface at all. No page that shows the checklist can be ready sooner.
 */
const emulatorUrl = new URLSearchParams(window.location.search).get('emulator') ?? 'http://127.0.0.1:5174/';
const client = new QueryClient();
startOpeningReads(client, createGateway(createEmulatorClient(emulatorUrl)), 'review');
const cache = client.getQueryCache();
const unsubscribe = cache.subscribe(() => {
  if (!cache.getAll().every((query) => query.state.status === 'success')) return;
  unsubscribe();
  document.body.append('Reads ready');
});
