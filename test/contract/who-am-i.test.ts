import { describe, expect, it } from 'vitest';
import type { ReadingsRequest } from '../../emulator/readings';
import { useEmulator } from '../support/emulator';

/** Who is signed in, from documented fields only, under every reading of Wix's docs: the owner is never locked out. */
describe('who-am-I under each reading of Wix', () => {
  const wix = useEmulator('demo');
  const me = async (accountId: string) => {
    const answer = await wix.backendFor(accountId).whoAmI();
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  const READINGS: [string, ReadingsRequest][] = [
    ['strict (owner not listed, distinct ids, no capabilities)', {}],
    ['owner listed, one id for user and account', { ownerListed: true, distinctIds: false }],
    ['owner listed, distinct ids, opaque capabilities', { ownerListed: true, callerCapabilities: 'opaque' }],
    ['lenient', { profile: 'lenient' }],
  ];

  it.each(READINGS)(
    '%s: the owner and a co-owner manage; the vendor (Website Manager) and a blog writer do not',
    async (_name, readings) => {
      await wix.control.reset('demo', readings);
      const owner = await me('acc-owner-maya');
      expect(owner).toMatchObject({ signedIn: true, canManage: true, isOwner: true });
      expect(await me('acc-daniel')).toMatchObject({
        signedIn: true,
        name: 'Daniel Cohen',
        canManage: true,
        isOwner: false,
        basis: expect.stringMatching(/Admin \(Co-Owner\)/),
      });
      expect(await me('acc-powr')).toMatchObject({ signedIn: true, name: 'POWR Support', canManage: false, isOwner: false });
      expect(await me('acc-sam')).toMatchObject({ signedIn: true, canManage: false });
    },
  );

  it('names the owner only as Wix lets it: "The site owner" when not listed, their name when listed', async () => {
    expect(await me('acc-owner-maya')).toMatchObject({
      name: 'The site owner',
      email: '',
      userId: 'usr-owner-maya',
      basis: expect.stringMatching(/not among its contributors/),
    });
    await wix.control.reset('demo', { ownerListed: true });
    expect(await me('acc-owner-maya')).toMatchObject({
      name: 'Maya Levin',
      accountId: 'acc-owner-maya',
      userId: 'usr-owner-maya',
      basis: expect.stringMatching(/Owner role/),
    });
  });

  it('someone removed from the site is nobody, and nobody may change access', async () => {
    const lena = wix.backendFor('acc-lena');
    await wix.gateway.contributors.remove('acc-lena');
    expect(await lena.whoAmI()).toMatchObject({ ok: true, value: { signedIn: false, canManage: false } });
    expect(await lena.extendPass('any', new Date().toISOString(), 'x')).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
  });

  it('the vendor cannot read the roles or name one; anyone signed in may have due passes ended (that only does what the owner set)', async () => {
    const powr = wix.backendFor('acc-powr');
    expect(await powr.rolesCatalogue()).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    expect(await powr.nameRole('role-website-manager', 'Admin (Co-Owner)')).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    expect(await powr.endDuePasses()).toEqual({ ok: true, value: 0 });
    expect(await wix.backendFor('acc-daniel').nameRole('role-blog-writer', 'Blog Writer')).toMatchObject({
      ok: false,
      error: { message: 'Only the site owner can name roles.' },
    });
  });

  it("the owner names a role once (logged); Wix's documented ids cannot be renamed", async () => {
    expect(await wix.backend.nameRole('6732588207941061632', 'Something else')).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/Wix already names this role: Admin \(Co-Owner\)/) },
    });
    expect(await wix.backend.nameRole('role-blog-writer', ' Blog Writer ')).toMatchObject({
      ok: true,
      value: { id: 'role-blog-writer', title: 'Blog Writer' },
    });
    const state = await wix.control.state();
    expect(state.collections['@site-access/app/role-names']?.map((i) => i.data)).toEqual([
      expect.objectContaining({ _id: 'role-blog-writer', title: 'Blog Writer', namedBy: 'The site owner' }),
    ]);
    expect(state.collections['@site-access/app/access-log']?.some((i) => i.data.action === 'role-named')).toBe(true);
  });
});
