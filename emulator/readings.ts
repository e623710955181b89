import { z } from 'zod';

/**
 * Where Wix's docs are silent or disagree, the emulator offers each documented reading as a switch
 * (WIX-PLATFORM.md, "Where Wix's docs are silent or disagree"). The strictest is the default: the app
 * must work under every reading, and its tests run under the strictest. `lenient` is the emulator as it
 * was before the readings existed, kept for comparison only.
 */
export const wixReadingsSchema = z.object({
  /** The site owner is among Query Contributors' answer ("a contributor ... of a site owned by a separate Wix account"). */
  ownerListed: z.boolean(),
  /** A contributor's `id` (user id) differs from `metaData.id` (account id); Token Info's `subjectId` is the user id. */
  distinctIds: z.boolean(),
  /** `callerCapabilities` is absent (`none`), holds values the docs do not explain (`opaque`), or the emulator's own (`emulator`). */
  callerCapabilities: z.enum(['none', 'opaque', 'emulator']),
  /** Event handlers run as the app with no caller: Token Info throws there (`none`), or a caller is active (`caller`). */
  eventsAuth: z.enum(['none', 'caller']),
  /** A Wix Data read within `consistencyLagMs` of a write may miss it unless it asks for `consistentRead`. */
  consistency: z.enum(['eventual', 'immediate']),
  consistencyLagMs: z.number().int().min(0).max(60_000),
  /** Remove Contributor answers only this method (the endpoint page says DELETE; the schema and example POST). */
  removeMethod: z.enum(['POST', 'DELETE']),
  /** Query Contributors with the page token of someone who is not the owner or a co-owner. */
  nonManagerContributors: z.enum(['refused', 'allowed']),
  /** Token Info's `active` as Wix's REST example writes it (`"true"`) or as the SDK types it (`true`). */
  tokenActive: z.enum(['string', 'boolean']),
  /** Get Roles Info is account-level: it needs `wix-account-id` (`account`), or also takes `wix-site-id` (`site`). */
  rolesInfo: z.enum(['account', 'site']),
  /** The site has Wix's Members Area (Secrets Manager needs it to create a secret). A property of the site, not a reading. */
  membersArea: z.boolean(),
});
export type WixReadings = z.infer<typeof wixReadingsSchema>;

export const STRICT_READINGS: WixReadings = {
  ownerListed: false,
  distinctIds: true,
  callerCapabilities: 'none',
  eventsAuth: 'none',
  consistency: 'eventual',
  consistencyLagMs: 1500,
  removeMethod: 'DELETE',
  nonManagerContributors: 'refused',
  tokenActive: 'string',
  rolesInfo: 'account',
  membersArea: true,
};

export const LENIENT_READINGS: WixReadings = {
  ownerListed: true,
  distinctIds: false,
  callerCapabilities: 'emulator',
  eventsAuth: 'caller',
  consistency: 'immediate',
  consistencyLagMs: 0,
  removeMethod: 'POST',
  nonManagerContributors: 'allowed',
  tokenActive: 'boolean',
  rolesInfo: 'site',
  membersArea: true,
};

export const PROFILES = { strict: STRICT_READINGS, lenient: LENIENT_READINGS } as const;

/** What a reset may say: a profile (strict unless named) and any single readings on top of it. */
export const readingsRequest = wixReadingsSchema
  .partial()
  .extend({ profile: z.enum(['strict', 'lenient']).optional() })
  .strict();
export type ReadingsRequest = z.infer<typeof readingsRequest>;

export function resolveReadings(request: ReadingsRequest = {}): WixReadings {
  const { profile = 'strict', ...overrides } = request;
  return { ...PROFILES[profile], ...overrides };
}

/** The readings for a process started with `WIX_READINGS` (`strict`, `lenient`, or JSON of single readings). */
export function readingsFromEnv(value: string | undefined): WixReadings {
  if (!value) return STRICT_READINGS;
  if (value === 'strict' || value === 'lenient') return PROFILES[value];
  return resolveReadings(readingsRequest.parse(JSON.parse(value)));
}
