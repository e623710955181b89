import { z } from 'zod';

const session = z.object({ accountId: z.string(), pageToken: z.string(), fullName: z.string().optional(), email: z.string().optional() });
export type LocalSession = z.infer<typeof session>;

const invite = z.looseObject({
  id: z.string(),
  email: z.string(),
  policyIds: z.array(z.string()),
  status: z.string(),
  expirationDate: z.string(),
});
const role = z.looseObject({ id: z.string(), title: z.string() });
const person = z.looseObject({ accountId: z.string(), fullName: z.string(), email: z.string() });
const state = z.looseObject({ invites: z.array(invite), roles: z.array(role), contributors: z.array(person) });
export type StandInInvite = z.infer<typeof invite>;

const envelope = z.looseObject({ message: z.string().optional() });

/**
 * The local harness's side of the emulator's control API: who is signed in (the page's token), and what
 * the owner does in Wix's own Roles & Permissions page. The app's code never calls these.
 */
export function emulatorControl(emulatorUrl: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(new URL(`_emulator/${path}`, emulatorUrl), {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(envelope.safeParse(json).data?.message ?? `The emulator answered ${response.status}.`);
    return json;
  };
  return {
    session: async () => session.parse(await call('GET', 'session')),
    /** Signs someone else in to the local dashboard (the page then reloads with their token). */
    signIn: async (accountId: string) => session.parse(await call('POST', 'session', { accountId })),
    clockNow: async () => z.object({ now: z.string() }).parse(await call('GET', 'clock')).now,
    site: async () => state.parse(await call('GET', 'state')),
    sendInvite: (email: string, roleId: string) => call('POST', 'invites', { email, role: roleId }),
    resendInvite: (id: string) => call('POST', `invites/${id}/resend`),
    revokeInvite: (id: string) => call('POST', `invites/${id}/revoke`),
  };
}

export type EmulatorControl = ReturnType<typeof emulatorControl>;
