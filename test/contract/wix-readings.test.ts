import { createClient } from '@wix/sdk';
import { secrets } from '@wix/secrets';
import { describe, expect, it } from 'vitest';
import { STRICT_READINGS } from '../../emulator/readings';
import { emulatorFetch, tokenAuth } from '../../src/wix/client';
import { contributorsApi } from '../../src/wix/contributors';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { failure, rest } from './wire-helpers';

type WireRow = { id: string; metaData: { id: string; email: string }; callerCapabilities?: string[] };
const rows = (body: unknown) => (body as { contributors: WireRow[] }).contributors;

/** Where Wix's docs are silent or disagree, the emulator offers each reading; the strictest is the default. */
describe("the emulator's readings of Wix's docs", () => {
  const wix = useEmulator('demo');
  const page = (accountId: string) => wix.pageClientFor(accountId);
  const tokenInfo = async (token: string) =>
    (await fetch(new URL('oauth2/token-info', wix.emulator.url), { method: 'POST', body: JSON.stringify({ token }) })).json() as Promise<
      Record<string, unknown>
    >;

  it('starts on the strictest reading and shows it in the state', async () => {
    expect((await wix.control.state()).readings).toEqual(STRICT_READINGS);
    const { readings } = await wix.control.reset('demo', { profile: 'lenient', removeMethod: 'DELETE' });
    expect(readings).toMatchObject({ ownerListed: true, distinctIds: false, removeMethod: 'DELETE' });
  });

  it('strict: the owner is not listed, ids differ, no capabilities, and a token names the user id as the string "true"', async () => {
    const { body } = await rest(page('acc-daniel'), 'GET', '/roles-management/v2/contributors/query');
    expect(rows(body).map((r) => r.metaData.email)).not.toContain('maya@bloomandbranch.com');
    const daniel = rows(body).find((r) => r.metaData.id === 'acc-daniel');
    expect(daniel?.id).toBe('usr-daniel');
    expect(rows(body).every((r) => r.callerCapabilities === undefined)).toBe(true);
    expect(await tokenInfo(wix.emulator.store.pageToken('acc-daniel'))).toMatchObject({
      active: 'true',
      subjectType: 'USER',
      subjectId: 'usr-daniel',
    });
  });

  it('lenient: the owner is listed with one id for user and account', async () => {
    await wix.control.reset('demo', { profile: 'lenient' });
    const { body } = await rest(wix.client, 'GET', '/roles-management/v2/contributors/query');
    expect(rows(body).find((r) => r.metaData.email === 'maya@bloomandbranch.com')?.id).toBe('acc-owner-maya');
    expect(await tokenInfo(wix.emulator.store.pageToken('acc-sam'))).toMatchObject({ active: true, subjectId: 'acc-sam' });
  });

  it('refuses Query Contributors to someone who is not the owner or a co-owner, under "refused"', async () => {
    expect((await rest(page('acc-sam'), 'GET', '/roles-management/v2/contributors/query')).status).toBe(403);
    expect((await rest(page('acc-powr'), 'GET', '/roles-management/v2/contributors/query')).status).toBe(403);
    expect((await rest(wix.client, 'GET', '/roles-management/v2/contributors/query')).status).toBe(200);
    await wix.control.reset('demo', { nonManagerContributors: 'allowed' });
    expect((await rest(page('acc-sam'), 'GET', '/roles-management/v2/contributors/query')).status).toBe(200);
  });

  it.each(['DELETE', 'POST'] as const)(
    'answers Remove Contributor only by %s; the app removes under either and says which',
    async (method) => {
      await wix.control.reset('demo', { removeMethod: method });
      const other = method === 'DELETE' ? 'POST' : 'DELETE';
      expect((await rest(wix.client, other, '/roles-management/contributor/remove', { accountId: 'acc-lena' })).status).toBe(404);
      expect(await contributorsApi(wix.client).remove('acc-lena')).toBe(method);
      expect((await wix.control.state()).contributors.some((p) => p.accountId === 'acc-lena')).toBe(false);
    },
  );

  it('eventual: a read without consistentRead may miss a write; the app asks for it and sees it', async () => {
    const record = { _id: 'rn-1', title: 'Website Designer', namedBy: 'Maya' };
    await wix.appClient.items.insert(COLLECTIONS.roleNames, record);
    const lagging = await wix.appClient.items.query(COLLECTIONS.roleNames).find();
    expect(lagging.items).toHaveLength(0);
    const consistent = await wix.appClient.items.query(COLLECTIONS.roleNames).find({ consistentRead: true });
    expect(consistent.items.map((i) => i._id)).toEqual(['rn-1']);
    expect(
      await wix.gateway.records.list(COLLECTIONS.roleNames, (await import('../../src/access/role-names')).roleNameSchema),
    ).toHaveLength(1);
  });

  it("Secrets Manager: readable by Co-Owners and Website Managers (the vendor's role), not a Blog Writer; creating needs the Members Area; values ≤ 3,500", async () => {
    const secretsAs = (token: string) =>
      createClient({ modules: { secrets }, auth: tokenAuth(token), fetch: emulatorFetch(wix.emulator.url) }).secrets;
    const app = secretsAs(wix.emulator.store.appToken());
    await app.createSecret({ name: 'some-secret', value: 'kept on the site' });
    expect((await secretsAs(wix.emulator.store.pageToken('acc-powr')).getSecretValue('some-secret')).value).toBe('kept on the site');
    expect((await secretsAs(wix.emulator.store.pageToken('acc-daniel')).getSecretValue('some-secret')).value).toBe('kept on the site');
    expect(await failure(secretsAs(wix.emulator.store.pageToken('acc-sam')).getSecretValue('some-secret'))).toMatchObject({ status: 403 });
    expect(await failure(app.createSecret({ name: 'too-long', value: 'x'.repeat(3501) }))).toMatchObject({ status: 400 });
    await wix.control.reset('demo', { membersArea: false });
    expect(await failure(app.createSecret({ name: 'no-members-area', value: 'v' }))).toMatchObject({ status: 428 });
  });

  it('CRM tasks: a description of at most 500 characters, and an update names the revision it read', async () => {
    const tasks = wix.appClient.tasks;
    expect(await failure(tasks.createTask({ title: 'Too long', description: 'x'.repeat(501) }))).toMatchObject({ status: 400 });
    const task = await tasks.createTask({ title: 'Reminder', description: 'ok' });
    expect(await failure(tasks.updateTask(task._id ?? '', { title: 'No revision' }))).toMatchObject({ status: 400 });
    expect(await failure(tasks.updateTask(task._id ?? '', { title: 'Old revision', revision: '0' }))).toMatchObject({ status: 409 });
    expect((await tasks.updateTask(task._id ?? '', { title: 'Right revision', revision: task.revision ?? '' })).title).toBe(
      'Right revision',
    );
  });

  it('Get Roles Info with a key: refused without the account id under "account", answered with it', async () => {
    const key = await wix.keyClient();
    expect((await rest(key, 'GET', '/roles-management/roles')).status).toBe(403);
    const withAccount = await key.fetchWithAuth('https://www.wixapis.com/roles-management/roles', {
      headers: { 'wix-account-id': 'acc-owner-maya' },
    });
    expect(withAccount.status).toBe(200);
  });
});
