import type { KeyClient, WixClient } from '../wix/client';

import type { SecretStore } from '../wix/secrets';
import type { Me } from '../contract/me';

/** Who called a web method, as Wix's token info says (`auth.getTokenInfo()`). */
export interface CallerToken {
  subjectType: string;
  subjectId: string;
}

/** Token Info's `active`: Wix's REST example writes the string "true", the SDK types a boolean. */
export const isActiveToken = (active: unknown) => active === true || active === 'true';

/**
 * What the app's backend needs from where it runs. Wix's backend gives it through @wix/essentials and
 * @wix/secrets (`wix-platform.ts`); local mode and tests give it beside the emulator (`local/`).
 */
export interface BackendPlatform {
  /** The site the call is for (Wix's token info). */
  siteId(): Promise<string>;
  secrets: SecretStore;
  /** Wix with an account-level API key for this site (`ApiKeyStrategy`): the only identity Wix lets send invites. */
  keyClient(apiKey: string, siteId: string): KeyClient;
  /** Wix as the app itself, elevated: event handlers and the backend's own writes. */
  appClient(): WixClient;
  /** Now, on the site's clock (Wix's; the emulator's locally). */
  now(): Date;
  /** Who is calling (the signed-in dashboard user for a web method); null when nobody valid is. */
  caller(): Promise<CallerToken | null>;
  /** Wix as the caller (not elevated): what Wix lets that person do. */
  callerClient(): WixClient;
  /**
   * The owner's account API key, when the owner's page sent it with this call (it is kept only in the
   * owner's browser, never on the site). Absent in event handlers and for everyone else.
   */
  apiKey?: string;
  /** Who is calling, asked of Wix at most once per command (by its guard, or its handler) and reused. */
  callerOnce?: { me?: Promise<Me> };
}
