import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import type { WixClient } from '../../src/wix/client';
import { useEmulator } from '../support/emulator';

const API = 'https://www.wixapis.com';
const KEY_ONLY = 'This API requires an account level API key and cannot be authenticated with the standard authorization header.';

/** A REST call through the client's own auth, as the app makes calls that have no SDK module. */
async function rest(client: WixClient, method: string, path: string, body?: unknown) {
  const response = await client.fetchWithAuth(`${API}${path}`, {
    method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { message?: string; details?: { applicationError?: { code?: string; description?: string } } }) : {} };
}

/** What the SDK throws: `status` (the modules that keep it) and Wix's application error. */
const failure = async (call: Promise<unknown>) => {
  const error = (await call.then(() => null, (e: unknown) => e)) as { status?: number; details?: { applicationError?: { code?: string; description?: string } } } | null;
  if (!error) throw new Error('the call succeeded');
  return { status: error.status, code: error.details?.applicationError?.code, description: error.details?.applicationError?.description };
};

describe('who may call what: the emulator answers each identity as Wix does', () => {
  const wix = useEmulator('demo');

  describe('site invites and Get Roles Info need an account API key', () => {
    it.each([
      ['the owner’s page', () => wix.client],
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
      expect(roles).toMatchObject({ status: 403, body: { message: KEY_ONLY, details: { applicationError: { code: 'PERMISSION_DENIED' } } } });
      expect((await wix.control.state()).invites.map((i) => i.status)).toEqual(['Pending', 'Expired']);
    });

    it('takes them from a key (ApiKeyStrategy with the site id)', async () => {
      const key = await wix.keyClient();
      const sent = await key.siteInvite.bulkInvite(['role-website-manager'], { emails: ['new@vendor.example'] });
      expect(sent.invites?.map((i) => i.email)).toEqual(['new@vendor.example']);
      expect((await key.siteInvite.resendInvite('inv-bookkeeper')).invite?.status).toBe('Pending');
      await key.siteInvite.revokeInvite('inv-bookkeeper');
      const roles = await rest(key, 'GET', '/roles-management/roles');
      expect(roles.status).toBe(200);
      expect(roles.body).toMatchObject({ roles: expect.arrayContaining([expect.objectContaining({ title: 'Website Manager' })]) });
      expect((await wix.control.state()).invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Deleted');
    });

    it('refuses a key without the site id (400), for another site (403), unknown or deleted (401)', async () => {
      const { key } = await wix.control.createApiKey();
      const call = (headers: Record<string, string>) =>
        fetch(new URL('roles-management/roles', wix.emulator.url), { headers: { Authorization: key, ...headers } }).then((r) => r.status);
      expect(await call({})).toBe(400);
      expect(await call({ 'wix-site-id': 'another-site' })).toBe(403);
      expect(await call({ 'wix-site-id': (await wix.control.state()).siteId })).toBe(200);
      await wix.control.deleteApiKeys();
      expect(await call({ 'wix-site-id': (await wix.control.state()).siteId })).toBe(401);
      const unknown = await fetch(new URL('roles-management/roles', wix.emulator.url), { headers: { Authorization: `IST.${'0'.repeat(32)}` } });
      expect(unknown.status).toBe(401);
    });
  });

  describe('contributors', () => {
    it('lets any current contributor list them; capabilities only for the owner and admins', async () => {
      const asOwner = await rest(wix.client, 'GET', '/roles-management/v2/contributors/query');
      const asWriter = await rest(wix.pageClientFor('acc-sam'), 'GET', '/roles-management/v2/contributors/query');
      type Row = { id: string; callerCapabilities: string[] };
      const caps = (body: unknown) => Object.fromEntries((body as { contributors: Row[] }).contributors.map((c) => [c.id, c.callerCapabilities]));
      expect(asWriter.status).toBe(200);
      expect(Object.values(caps(asWriter.body)).every((c) => c.length === 0)).toBe(true);
      expect(caps(asOwner.body)).toMatchObject({ 'acc-owner-maya': [], 'acc-lena': ['CHANGE_ROLE', 'REMOVE'] });
      expect(caps((await rest(wix.appClient, 'GET', '/roles-management/v2/contributors/query')).body)['acc-lena']).toEqual(['CHANGE_ROLE', 'REMOVE']);
    });

    it('refuses a Blog Writer’s page to remove or change a role (403); an Admin’s page may', async () => {
      const writer = wix.pageClientFor('acc-sam');
      const remove = await rest(writer, 'POST', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      const change = await rest(writer, 'PUT', '/roles-management/contributor/change/role', { accountId: 'acc-lena', newRoles: [{ roleId: 'role-blog-writer' }] });
      expect([remove.status, change.status]).toEqual([403, 403]);
      expect(remove.body.details?.applicationError?.code).toBe('PERMISSION_DENIED');
      expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-lena');
      expect((await rest(wix.pageClientFor('acc-daniel'), 'POST', '/roles-management/contributor/remove', { accountId: 'acc-lena' })).status).toBe(200);
    });

    it('has no DELETE remove (404 in Wix’s envelope)', async () => {
      const gone = await rest(wix.client, 'DELETE', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      expect(gone).toMatchObject({ status: 404, body: { details: { applicationError: { code: 'NOT_FOUND' } } } });
      expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-lena');
    });

    it('refuses a removed contributor’s page token (403) and a forged one (401)', async () => {
      const lena = wix.pageClientFor('acc-lena');
      expect((await rest(lena, 'GET', '/roles-management/v2/contributors/query')).status).toBe(200);
      await rest(wix.client, 'POST', '/roles-management/contributor/remove', { accountId: 'acc-lena' });
      const refused = await rest(lena, 'GET', '/roles-management/v2/contributors/query');
      expect(refused).toMatchObject({ status: 403, body: { message: 'This account no longer has access to the site.' } });
      const { pageToken } = await wix.control.session('acc-owner-maya');
      for (const token of [`${pageToken.slice(0, -4)}AAAA`, 'wixpage.acc-owner-maya.', 'wixapp.forged', 'Bearer x', '']) {
        const response = await fetch(new URL('roles-management/v2/contributors/query', wix.emulator.url), { headers: { Authorization: token } });
        expect([token, response.status]).toEqual([token, 401]);
        expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'UNAUTHENTICATED' } } });
      }
    });
  });

  describe('app collections', () => {
    it('answers a bare collection id with 404 WDE0025, for every identity', async () => {
      const key = await wix.keyClient();
      for (const client of [wix.client, wix.appClient, key]) {
        expect((await failure(client.items.query('SiteAccessGrants').find())).code).toBe('WDE0025');
        const raw = await rest(client, 'POST', '/wix-data/v2/items', { dataCollectionId: 'SiteAccessGrants', dataItem: { data: { a: 1 } } });
        expect(raw).toMatchObject({ status: 404, body: { details: { applicationError: { code: 'WDE0025' } } } });
      }
    });

    it('lets the owner’s page, the app and a key use the declared (namespaced) ones', async () => {
      const key = await wix.keyClient();
      for (const [n, client] of [wix.client, wix.appClient, key].entries()) {
        await client.items.insert(COLLECTIONS.accessLog, { n });
      }
      const saved = await wix.client.items.query(COLLECTIONS.accessLog).ascending('n').find();
      expect(saved.items.map((i) => i.n)).toEqual([0, 1, 2]);
      // Ids Wix generates are GUIDs.
      expect(saved.items.every((i) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(i._id)))).toBe(true);
    });

    it('keeps PRIVILEGED collections from a Blog Writer’s page (403 WDE0027); an Admin’s page may', async () => {
      const writer = wix.pageClientFor('acc-sam');
      expect(await failure(writer.items.query(COLLECTIONS.invites).find())).toMatchObject({ code: 'WDE0027' });
      expect((await rest(writer, 'POST', '/wix-data/v2/items', { dataCollectionId: COLLECTIONS.grants, dataItem: { data: {} } })).status).toBe(403);
      expect((await wix.pageClientFor('acc-daniel').items.query(COLLECTIONS.invites).find()).items).toHaveLength(2);
    });

    it('counts the matches only when asked (returnTotalCount)', async () => {
      const plain = await wix.client.items.query(COLLECTIONS.invites).find();
      const counted = await wix.client.items.query(COLLECTIONS.invites).find({ returnTotalCount: true });
      expect([plain.totalCount, counted.totalCount]).toEqual([undefined, 2]);
      const paged = await wix.client.items.query(COLLECTIONS.invites).limit(1).find();
      expect(paged.hasNext()).toBe(true);
    });

    it('refuses a page of more than 1,000 items with 400', async () => {
      expect(await failure(wix.client.items.query(COLLECTIONS.invites).limit(1001).find())).toMatchObject({ code: 'WDE0036' });
      const raw = await rest(wix.client, 'POST', '/wix-data/v2/items/query', { dataCollectionId: COLLECTIONS.invites, query: { paging: { limit: 5000 } } });
      expect(raw.status).toBe(400);
    });
  });

  describe('tasks', () => {
    it('takes tasks from the page, the app and a key, with GUID ids', async () => {
      const key = await wix.keyClient();
      for (const client of [wix.client, wix.appClient, key]) await client.tasks.createTask({ title: 'Review access' });
      const { tasks } = await wix.control.state();
      expect(tasks).toHaveLength(3);
      expect(tasks.every((t) => /^[0-9a-f-]{36}$/.test(t.id))).toBe(true);
    });
  });

  describe('token info and the signed-in session', () => {
    const tokenInfo = (token: string) =>
      fetch(new URL('oauth2/token-info', wix.emulator.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) })
        .then((r) => r.json() as Promise<Record<string, unknown>>);

    it('says whose a token is', async () => {
      const { siteId } = await wix.control.state();
      const owner = await wix.control.currentSession();
      expect(owner).toMatchObject({ accountId: 'acc-owner-maya', fullName: 'Maya Levin', email: 'maya@bloomandbranch.com' });
      expect(await tokenInfo(owner.pageToken)).toMatchObject({ active: true, subjectType: 'USER', subjectId: 'acc-owner-maya', siteId, instanceId: expect.any(String) });
      expect(await tokenInfo(wix.emulator.store.appToken())).toMatchObject({ active: true, subjectType: 'APP', siteId });
      expect(await tokenInfo('wixpage.acc-owner-maya.forged')).toEqual({ active: false });
      const junk = await fetch(new URL('oauth2/token-info', wix.emulator.url), { method: 'POST', body: 'not json' });
      expect(await junk.json()).toEqual({ active: false });
    });

    it('signs another contributor in; refuses someone who is not one; a reset signs the owner in again', async () => {
      const sam = await wix.control.session('acc-sam');
      expect(sam).toMatchObject({ accountId: 'acc-sam', fullName: 'Sam Ortiz' });
      expect(await tokenInfo(sam.pageToken)).toMatchObject({ subjectId: 'acc-sam' });
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

  describe('bad input leaves the emulator working', () => {
    const stillAnswers = async () => {
      expect((await wix.client.items.query(COLLECTIONS.invites).find()).items).toHaveLength(2);
      expect(Number.isNaN(Date.parse((await wix.control.state()).now))).toBe(false);
    };

    it('refuses a clock moved past what dates can hold', async () => {
      for (const body of [{ advanceDays: 1e308 }, { advanceDays: -1e308 }, { advanceDays: 36_501 }, { set: '+010000-01-01T00:00:00Z' }, { set: '1969-12-31T23:59:59Z' }]) {
        const response = await fetch(new URL('_emulator/clock', wix.emulator.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        expect([body, response.status]).toEqual([body, 400]);
        expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'INVALID_ARGUMENT' } } });
      }
      await expect(wix.control.advanceDays(36_500)).resolves.toBeTruthy();
      await stillAnswers();
    });

    it('has no collection behind a prototype name', async () => {
      for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect((await failure(wix.client.items.query(id).find())).code).toBe('WDE0025');
        const insert = await rest(wix.appClient, 'POST', '/wix-data/v2/items', { dataCollectionId: id, dataItem: { data: { a: 1 } } });
        expect([id, insert.status, insert.body.details?.applicationError?.code]).toEqual([id, 404, 'WDE0025']);
      }
      await stillAnswers();
    });

    it('refuses an item over 500 KB (400 WDE0009) and a 50 MB body (413), in Wix’s envelope', async () => {
      const big = await rest(wix.client, 'POST', '/wix-data/v2/items', { dataCollectionId: COLLECTIONS.accessLog, dataItem: { data: { blob: 'x'.repeat(600 * 1024) } } });
      expect(big).toMatchObject({ status: 400, body: { details: { applicationError: { code: 'WDE0009' } } } });
      // @wix/data turns any 413 into its own WDE0109 "Payload is too large." (ApiClient.withErrorHandling).
      const fromSdk = await wix.client.items.insert(COLLECTIONS.accessLog, { blob: 'x'.repeat(50 * 1024 * 1024) }).catch((e: unknown) => e);
      expect((fromSdk as Error).message).toBe('WDE0109: Payload is too large.');
      const huge = await rest(wix.client, 'POST', '/wix-data/v2/items', { dataCollectionId: COLLECTIONS.accessLog, dataItem: { data: { blob: 'x'.repeat(50 * 1024 * 1024) } } });
      expect(huge).toMatchObject({ status: 413, body: { details: { applicationError: { code: 'PAYLOAD_TOO_LARGE' } } } });
      expect((await wix.control.state()).collections[COLLECTIONS.accessLog]).toEqual([]);
      await stillAnswers();
    });
  });
});
