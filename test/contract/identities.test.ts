import { describe, expect, it } from 'vitest';
import { createEmulatorBackendClient } from '../../src/wix/backend-client';
import { tokenAuth, withTasks } from '../../src/wix/client';
import { useEmulator } from '../support/emulator';
import { failure, KEY_ONLY, rest } from './wire-helpers';

describe('who may call what: the emulator answers each identity as Wix does', () => {
  const wix = useEmulator('demo');
  // The owner's page token with every SDK module: the page itself no longer loads site invites.
  const ownerPageWithInvites = () =>
    createEmulatorBackendClient(wix.emulator.url, tokenAuth(wix.emulator.store.pageToken(wix.emulator.store.state.ownerAccountId)));

  describe('site invites and Get Roles Info need an account API key', () => {
    it.each([
      ['the owner’s page', ownerPageWithInvites],
      ['the app’s backend', () => wix.appClient],
    ])('refuses %s with 403 in Wix’s envelope', async (_who, client) => {
      for (const call of [
        client().siteInvite.bulkInvite(['role-website-manager'], { emails: ['new@vendor.example'] }),
        client().siteInvite.resendInvite('inv-bookkeeper'),
        client().siteInvite.revokeInvite('inv-bookkeeper'),
      ]) {
        expect(await failure(call)).toEqual({ status: 403, code: 'PERMISSION_DENIED', description: KEY_ONLY });
      }
      const roles = await rest(client(), 'GET', '/roles-management/roles');
      expect(roles).toMatchObject({
        status: 403,
        body: { message: KEY_ONLY, details: { applicationError: { code: 'PERMISSION_DENIED' } } },
      });
      expect((await wix.control.state()).invites.map((i) => i.status)).toEqual(['Pending', 'Expired']);
    });

    it('takes them from a key (ApiKeyStrategy with the site id)', async () => {
      const key = await wix.keyClient();
      const sent = await key.siteInvite.bulkInvite(['role-website-manager'], { emails: ['new@vendor.example'] });
      expect(sent.invites?.map((i) => i.email)).toEqual(['new@vendor.example']);
      expect((await key.siteInvite.resendInvite('inv-bookkeeper')).invite?.status).toBe('Pending');
      await key.siteInvite.revokeInvite('inv-bookkeeper');
      // Get Roles Info is account-level: with the account's id (the strict reading refuses a site-scoped call).
      const response = await key.fetchWithAuth('https://www.wixapis.com/roles-management/roles', {
        headers: { 'wix-account-id': 'acc-owner-maya' },
      });
      const roles = { status: response.status, body: await response.json() };
      expect(roles.status).toBe(200);
      expect(roles.body).toMatchObject({ roles: expect.arrayContaining([expect.objectContaining({ title: 'Website Manager' })]) });
      expect((await wix.control.state()).invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Deleted');
    });

    it('refuses a key without the site id (400), for another site (403), unknown or deleted (401)', async () => {
      const { key } = await wix.control.createApiKey();
      const call = (headers: Record<string, string>) =>
        fetch(new URL('roles-management/roles', wix.emulator.url), { headers: { Authorization: key, ...headers } }).then((r) => r.status);
      const account = { 'wix-account-id': 'acc-owner-maya' };
      expect(await call({})).toBe(400);
      expect(await call({ 'wix-site-id': 'another-site' })).toBe(403);
      expect(await call({ 'wix-site-id': (await wix.control.state()).siteId, ...account })).toBe(200);
      await wix.control.deleteApiKeys();
      expect(await call({ 'wix-site-id': (await wix.control.state()).siteId, ...account })).toBe(401);
      const unknown = await fetch(new URL('roles-management/roles', wix.emulator.url), {
        headers: { Authorization: `IST.${'0'.repeat(32)}` },
      });
      expect(unknown.status).toBe(401);
    });
  });

  describe('contributors', () => {
    it("lenient reading: lets any current contributor list them; the emulator's own capabilities only for the owner and admins", async () => {
      await wix.control.reset('demo', { profile: 'lenient' });
      const asOwner = await rest(wix.client, 'GET', '/roles-management/v2/contributors/query');
      const asWriter = await rest(wix.pageClientFor('acc-sam'), 'GET', '/roles-management/v2/contributors/query');
      type Row = { id: string; callerCapabilities: string[] };
      const caps = (body: unknown) =>
        Object.fromEntries((body as { contributors: Row[] }).contributors.map((c) => [c.id, c.callerCapabilities]));
      expect(asWriter.status).toBe(200);
      expect(Object.values(caps(asWriter.body)).every((c) => c.length === 0)).toBe(true);
      expect(caps(asOwner.body)).toMatchObject({ 'acc-owner-maya': [], 'acc-lena': ['CHANGE_ROLE', 'REMOVE'] });
      expect(caps((await rest(wix.appClient, 'GET', '/roles-management/v2/contributors/query')).body)['acc-lena']).toEqual([
        'CHANGE_ROLE',
        'REMOVE',
      ]);
    });

    it('refuses a Blog Writer’s page to remove or change a role (403); an Admin’s page may', async () => {
      const writer = wix.pageClientFor('acc-sam');
      const remove = await rest(writer, 'DELETE', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      const change = await rest(writer, 'PUT', '/roles-management/contributor/change/role', {
        accountId: 'acc-lena',
        newRoles: [{ roleId: 'role-blog-writer' }],
      });
      expect([remove.status, change.status]).toEqual([403, 403]);
      expect(remove.body.details?.applicationError?.code).toBe('PERMISSION_DENIED');
      expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-lena');
      expect(
        (await rest(wix.pageClientFor('acc-daniel'), 'DELETE', '/roles-management/contributor/remove', { accountId: 'acc-lena' })).status,
      ).toBe(200);
    });

    it('answers Remove Contributor by the one method of the reading in force (DELETE by default; the other is a 404 in Wix’s envelope)', async () => {
      const gone = await rest(wix.client, 'POST', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      expect(gone).toMatchObject({ status: 404, body: { details: { applicationError: { code: 'NOT_FOUND' } } } });
      expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-lena');
    });

    it('refuses a removed contributor’s page token (403) and a forged one (401)', async () => {
      const lena = wix.pageClientFor('acc-lena');
      expect((await rest(lena, 'GET', '/wix-data/v2/items/query?.r=x')).status).toBe(400);
      await rest(wix.client, 'DELETE', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      const refused = await rest(lena, 'GET', '/wix-data/v2/items/query?.r=x');
      expect(refused).toMatchObject({ status: 403, body: { message: 'This account no longer has access to the site.' } });
      const { pageToken } = await wix.control.session('acc-owner-maya');
      for (const token of [`${pageToken.slice(0, -4)}AAAA`, 'wixpage.acc-owner-maya.', 'wixapp.forged', 'Bearer x', '']) {
        const response = await fetch(new URL('roles-management/v2/contributors/query', wix.emulator.url), {
          headers: { Authorization: token },
        });
        expect([token, response.status]).toEqual([token, 401]);
        expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'UNAUTHENTICATED' } } });
      }
    });
  });

  describe('tasks', () => {
    it('takes tasks from the page, the app and a key, with GUID ids', async () => {
      const key = await wix.keyClient();
      // The page's client loads CRM tasks when first used.
      for (const client of [await withTasks(wix.client), wix.appClient, key]) await client.tasks.createTask({ title: 'Review access' });
      const { tasks } = await wix.control.state();
      expect(tasks).toHaveLength(3);
      expect(tasks.every((t) => /^[0-9a-f-]{36}$/.test(t.id))).toBe(true);
    });
  });

  describe('token info and the signed-in session', () => {
    const tokenInfo = (token: string) =>
      fetch(new URL('oauth2/token-info', wix.emulator.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      }).then((r) => r.json() as Promise<Record<string, unknown>>);

    it('says whose a token is', async () => {
      const { siteId } = await wix.control.state();
      const owner = await wix.control.currentSession();
      expect(owner).toMatchObject({ accountId: 'acc-owner-maya', fullName: 'Maya Levin', email: 'maya@bloomandbranch.com' });
      // Wix's REST example writes `active` as a string; a dashboard user's subject is their user id (strict readings).
      expect(await tokenInfo(owner.pageToken)).toMatchObject({
        active: 'true',
        subjectType: 'USER',
        subjectId: 'usr-owner-maya',
        siteId,
        instanceId: expect.any(String),
      });
      expect(await tokenInfo(wix.emulator.store.appToken())).toMatchObject({ active: 'true', subjectType: 'APP', siteId });
      expect(await tokenInfo('wixpage.acc-owner-maya.forged')).toEqual({ active: false });
      const junk = await fetch(new URL('oauth2/token-info', wix.emulator.url), { method: 'POST', body: 'not json' });
      expect(await junk.json()).toEqual({ active: false });
    });

    it('signs another contributor in; refuses someone who is not one; a reset signs the owner in again', async () => {
      const sam = await wix.control.session('acc-sam');
      expect(sam).toMatchObject({ accountId: 'acc-sam', fullName: 'Sam Ortiz' });
      expect(await tokenInfo(sam.pageToken)).toMatchObject({ subjectId: 'usr-sam' });
      expect((await wix.control.currentSession()).accountId).toBe('acc-sam');
      await expect(wix.control.session('acc-nobody')).rejects.toThrow(/404/);
      await wix.control.reset('demo');
      expect((await wix.control.currentSession()).accountId).toBe('acc-owner-maya');
    });
  });

  describe('the owner acting in Roles & Permissions (control API)', () => {
    it('sends, resends and revokes invites with Wix’s rules', async () => {
      const { invite } = await wix.control.sendInviteAsOwner('New.Vendor@Example.com', 'Website Manager');
      expect(invite).toMatchObject({ email: 'new.vendor@example.com', status: 'Pending', policyIds: ['role-website-manager'] });
      expect(invite.id).toMatch(/^[0-9a-f-]{36}$/);
      await expect(wix.control.sendInviteAsOwner('new.vendor@example.com', 'role-blog-writer')).rejects.toThrow(/400.*pending invite/);
      await expect(wix.control.sendInviteAsOwner('support@powr.io', 'Blog Writer')).rejects.toThrow(/400.*already has access/);
      await expect(wix.control.sendInviteAsOwner('not-an-email', 'Blog Writer')).rejects.toThrow(/400.*not a valid email/);
      await expect(wix.control.sendInviteAsOwner('a@b.example', 'Owner')).rejects.toThrow(/400/);
      await expect(wix.control.sendInviteAsOwner('a@b.example', 'Chief')).rejects.toThrow(/400/);
      expect((await wix.control.resendInviteAsOwner('inv-photographer')).invite.status).toBe('Pending');
      await wix.control.revokeInviteAsOwner(invite.id);
      const { accountId } = await wix.control.accept('inv-bookkeeper');
      expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
      await expect(wix.control.revokeInviteAsOwner('inv-bookkeeper')).rejects.toThrow(/400/);
      expect((await wix.control.state()).invites.find((i) => i.id === invite.id)?.status).toBe('Deleted');
    });
  });
});
