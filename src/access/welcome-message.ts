import { z } from 'zod';

/** The owner's welcome message for the site, remembered in the welcome-messages collection. */
export const welcomeSettingsSchema = z.object({
  _id: z.string().optional(),
  template: z.string(),
  siteName: z.string().default(''),
  /** Whom new people should ask (the owner's name, usually). */
  contact: z.string().default(''),
});
export type WelcomeSettings = z.infer<typeof welcomeSettingsSchema>;

export const MAX_TEMPLATE_LENGTH = 4000;
const MAX_FIELD_LENGTH = 100;

/** The guide's onboarding email, with its placeholders. */
export const DEFAULT_TEMPLATE = `Hi [Name],

You now have [Role] access to [Site Name].

Access the site:
1. Open the invite email from Wix and click Accept (it is valid for 30 days)
2. Go to wix.com and log in
3. Click "Sites" in the top menu
4. Select "[Site Name]"

Your access allows you to:
- [Role permissions]

Please reach out to [Your Name] if you have questions!
[Your Name]`;

export const PLACEHOLDERS = ['[Name]', '[Role]', '[Site Name]', '[Role permissions]', '[Your Name]'] as const;

export interface WelcomeFields {
  name: string;
  role: string;
  roleDescription: string;
  siteName: string;
  contact: string;
}

/** Fills the placeholders; a blank field keeps its placeholder so the gap is visible before sending. */
export function renderWelcome(template: string, fields: WelcomeFields): string {
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    '[Name]': fields.name.trim() || 'there',
    '[Role]': fields.role.trim() || '[Role]',
    '[Site Name]': fields.siteName.trim() || '[Site Name]',
    '[Role permissions]': fields.roleDescription.trim() || 'See your role in the site dashboard under Settings → Roles & Permissions.',
    '[Your Name]': fields.contact.trim() || '[Your Name]',
  };
  return PLACEHOLDERS.reduce((text, placeholder) => text.split(placeholder).join(values[placeholder]), template);
}

export type WelcomeProblems = Partial<Record<'template' | 'siteName' | 'contact', string>>;

export function welcomeProblems(settings: WelcomeSettings): WelcomeProblems {
  const problems: WelcomeProblems = {};
  if (!settings.template.trim()) problems.template = "The message is empty. Write one, or go back to the guide's message.";
  else if (settings.template.length > MAX_TEMPLATE_LENGTH)
    problems.template = `Keep the message under ${MAX_TEMPLATE_LENGTH} characters (now ${settings.template.length}).`;
  if (settings.siteName.trim().length > MAX_FIELD_LENGTH) problems.siteName = `Keep the site name under ${MAX_FIELD_LENGTH} characters.`;
  if (settings.contact.trim().length > MAX_FIELD_LENGTH) problems.contact = `Keep this under ${MAX_FIELD_LENGTH} characters.`;
  return problems;
}
