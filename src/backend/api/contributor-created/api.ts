import { AppStrategy, createClient } from '@wix/sdk';
import { APP_ID, APP_PUBLIC_KEY } from '../../app-config';
import { handleContributorCreated } from '../../auto-end/contributor-created';
import { wixPlatform } from '../../wix-platform';

/**
 * Wix's Contributor Created webhook (no SDK module offers it as an event extension): register this API
 * extension's URL for it in the app dashboard's Webhooks. The body is a JWT signed by Wix, verified with
 * the app's public key before anything is read.
 */
export async function POST(request: Request): Promise<Response> {
  if (!APP_PUBLIC_KEY) return new Response('The app public key is not configured (src/backend/app-config.ts).', { status: 503 });
  const client = createClient({ auth: AppStrategy({ appId: APP_ID, publicKey: APP_PUBLIC_KEY }) });
  let event;
  try {
    event = await client.webhooks.parseRequest(request);
  } catch {
    return new Response('Not a webhook signed by Wix.', { status: 401 });
  }
  const outcome = await handleContributorCreated(wixPlatform, event.payload);
  return Response.json({ outcome });
}
