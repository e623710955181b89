import type { OperationContext } from '../operations/log';
import { createGateway } from '../wix/gateway';
import { backendApi } from './backend-api';
import type { BackendPlatform } from './platform';

/** An operation context in the backend: Wix as the app (elevated), the key through the same backend, the site's clock. */
export function backendContext(platform: BackendPlatform, actor: string): OperationContext {
  return { gateway: createGateway(platform.appClient(), backendApi(platform)), clock: () => platform.now(), actor };
}
