import { z } from 'zod';
import type { LogCheck } from '../../access/log-verify';
import { recordsApi } from '../../wix/records';
import { settle } from '../backend-result';
import type { BackendResult } from '../../contract/result';
import type { BackendPlatform } from '../platform';
import { logDraftSchema } from '../../access/access-log';
import { appendLog } from './append-log';
import type { Appended } from '../../contract/answers';
import { verifyLog } from './verify-log';

const drafts = z.array(logDraftSchema).max(10_000);

/** Appends as the app (elevated): the backend's own writes, and the page's once its caller is checked. */
export function appendAsApp(platform: BackendPlatform, entries: unknown): Promise<BackendResult<Appended[]>> {
  return settle('write the access log', async () => {
    const now = platform.now();
    // A closing entry says when it was closed: now on the site's clock, never before its intent.
    const stamped = drafts.parse(entries).map((d) => (d.closes && d.at < now ? { ...d, at: now } : d));
    return appendLog(recordsApi(platform.appClient()), stamped, () => platform.now());
  });
}

export function verifyAsApp(platform: BackendPlatform): Promise<BackendResult<LogCheck>> {
  return settle('verify the access log', () => verifyLog(recordsApi(platform.appClient())));
}
