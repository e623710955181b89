import { Hono } from 'hono';
import { bulkInviteRequest } from '../../src/wix/wire-requests.js';
import { requireKey, type IdentityEnv } from '../identity.js';
import { checkRoles, inviteProblem, newInvite, resendInvite, revokeInvite } from '../invite-rules.js';
import type { EmulatedInvite } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { parseBody } from '../wix-error.js';

/**
 * Site invites (`/invites/site-invite/...`), as `@wix/identity_site-invite` calls them. Wix takes these
 * only from an account-level API key: a page (user + app) and the app's backend get 403.
 */
export function inviteRoutes(store: EmulatorStore) {
  const app = new Hono<IdentityEnv>();
  app.use('*', async (c, next) => {
    requireKey(c);
    await next();
  });

  app.post('/bulk', async (c) => {
    const { policyIds, emails, invitePurpose } = await parseBody(c, bulkInviteRequest);
    checkRoles(store, policyIds);
    store.expireInvites();
    const invites: EmulatedInvite[] = [];
    const failedEmails: string[] = [];
    for (const raw of emails) {
      if (
        inviteProblem(
          store,
          raw,
          invites.map((i) => i.email),
        )
      )
        failedEmails.push(raw);
      else invites.push(newInvite(store, raw, policyIds, invitePurpose));
    }
    store.state.invites.push(...invites);
    store.save();
    return c.json({ invites, failedEmails });
  });

  app.post('/:inviteId/resend', (c) => c.json({ invite: resendInvite(store, c.req.param('inviteId')) }));

  app.post('/:inviteId/revoke', (c) => {
    revokeInvite(store, c.req.param('inviteId'));
    return c.json({});
  });

  return app;
}
