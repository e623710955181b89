import { Hono } from 'hono';
import { bulkInviteRequest } from '../../src/wix/wire-requests.js';
import type { EmulatedInvite } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Site invites (`/invites/site-invite/...`), as `@wix/identity_site-invite` calls them. */
export function inviteRoutes(store: EmulatorStore) {
  const app = new Hono();

  const findInvite = (id: string) => {
    store.expireInvites();
    const invite = store.state.invites.find((i) => i.id === id);
    if (!invite) throw notFound(`Invite ${id}`);
    return invite;
  };

  app.post('/bulk', async (c) => {
    const { policyIds, emails, invitePurpose } = await parseBody(c, bulkInviteRequest);
    for (const policyId of policyIds) {
      const role = store.state.roles.find((r) => r.id === policyId);
      if (!role) throw new WixHttpError(400, 'INVALID_ARGUMENT', `Role ${policyId} does not exist.`);
      if (role.isOwner) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Nobody can be invited as Owner; transfer the site instead.');
    }
    store.expireInvites();
    const invites: EmulatedInvite[] = [];
    const failedEmails: string[] = [];
    for (const raw of emails) {
      const email = raw.trim().toLowerCase();
      const taken =
        store.state.contributors.some((p) => p.email.toLowerCase() === email) ||
        store.state.invites.some((i) => i.status === 'Pending' && i.email.toLowerCase() === email) ||
        invites.some((i) => i.email === email);
      if (!EMAIL.test(email) || taken) {
        failedEmails.push(raw);
        continue;
      }
      const now = store.now();
      const id = store.newId('inv');
      invites.push({
        id, siteId: store.state.siteId, email, policyIds, inviterAccountId: store.state.ownerAccountId,
        acceptedByAccountId: null, status: 'Pending', acceptLink: `https://www.wix.com/invite/${id}`,
        dateCreated: now.toISOString(), expirationDate: store.inviteExpiry(now), invitePurpose,
      });
    }
    store.state.invites.push(...invites);
    store.save();
    return c.json({ invites, failedEmails });
  });

  app.post('/:inviteId/resend', (c) => {
    const invite = findInvite(c.req.param('inviteId'));
    if (invite.status !== 'Pending' && invite.status !== 'Expired') {
      throw new WixHttpError(400, 'FAILED_PRECONDITION', `This invite is ${invite.status.toLowerCase()} and cannot be resent.`);
    }
    invite.status = 'Pending';
    invite.expirationDate = store.inviteExpiry(store.now());
    store.save();
    return c.json({ invite });
  });

  app.post('/:inviteId/revoke', (c) => {
    const invite = findInvite(c.req.param('inviteId'));
    if (invite.status === 'Used') throw new WixHttpError(400, 'FAILED_PRECONDITION', 'This invite was already accepted; remove the contributor instead.');
    invite.status = 'Deleted';
    store.save();
    return c.json({});
  });

  return app;
}
