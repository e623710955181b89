import { DEFAULT_TEMPLATE, welcomeSettingsSchema, type WelcomeSettings } from '../access/welcome-message';
import { COLLECTIONS } from '../wix/collections';
import type { Gateway } from '../wix/gateway';

export const welcomeMessageKeys = { all: ['welcome-message'] as const };

/** The owner's remembered welcome message for the site, or the guide's when none is saved yet. */
export function welcomeMessageQuery(gateway: Gateway, defaultContact: string) {
  return {
    queryKey: [...welcomeMessageKeys.all, defaultContact] as const,
    queryFn: async (): Promise<WelcomeSettings> => {
      const [saved] = await gateway.records.list(COLLECTIONS.welcomeMessages, welcomeSettingsSchema);
      return saved ?? { template: DEFAULT_TEMPLATE, siteName: '', contact: defaultContact };
    },
  };
}

/** Saves the message as the site's own (one record per site: updated once it exists). */
export function saveWelcomeMessage(gateway: Gateway, settings: WelcomeSettings): Promise<WelcomeSettings> {
  const fields = { template: settings.template, siteName: settings.siteName.trim(), contact: settings.contact.trim() };
  if (settings._id) return gateway.records.update(COLLECTIONS.welcomeMessages, welcomeSettingsSchema, { ...fields, _id: settings._id });
  return gateway.records.insert(COLLECTIONS.welcomeMessages, welcomeSettingsSchema, fields);
}
