import { describe, expect, it } from 'vitest';
import { findRoleByTitle } from '../../src/access/people';
import { rolesInfo } from '../../src/wix/roles-info';
import { WixError } from '../../src/wix/errors';
import { useEmulator } from '../support/emulator';

describe('contributors and roles through the SDK client', () => {
  const wix = useEmulator('demo');
  /** Get Roles Info takes only an account API key (the owner's, used by the app's backend) and the account's id. */
  const rolesWithKey = async () => rolesInfo(await wix.keyClient(), 'acc-owner-maya');

  it('lists the demo site people with names, emails, roles and join dates (the owner is not listed: strict reading)', async () => {
    const people = await wix.gateway.contributors.query();
    const roles = await rolesWithKey();
    const powr = people.find((p) => p.email === 'support@powr.io');
    expect(people.map((p) => p.name)).toEqual(['Daniel Cohen', 'Lena Park', 'Sam Ortiz', 'POWR Support']);
    expect(powr).toMatchObject({ accountId: 'acc-powr', userId: 'usr-powr' });
    expect(powr?.roleIds).toEqual([findRoleByTitle(roles, 'Website Manager')?.id]);
    expect(powr?.joinedAt).toBeInstanceOf(Date);
  });

  it('finds the Website Manager role by its title', async () => {
    const roles = await rolesWithKey();
    expect(findRoleByTitle(roles, 'website manager')?.title).toBe('Website Manager');
  });

  it('removes a contributor, and Wix forgets them', async () => {
    await wix.gateway.contributors.remove('acc-powr');
    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.email)).not.toContain('support@powr.io');
  });

  it('changes a role', async () => {
    const roles = await rolesWithKey();
    const writer = findRoleByTitle(roles, 'Blog Editor');
    await wix.gateway.contributors.changeRole('acc-sam', writer?.id ?? '');
    const state = await wix.control.state();
    expect(state.contributors.find((p) => p.accountId === 'acc-sam')?.policyIds).toEqual([writer?.id]);
  });

  it('refuses to remove the owner with a clear Wix error', async () => {
    const error = await wix.gateway.contributors.remove('acc-owner-maya').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WixError);
    expect(error).toMatchObject({ kind: 'invalid', status: 400, code: 'FAILED_PRECONDITION' });
    expect((error as WixError).message).toContain('owner');
  });

  it('answers an unknown person with not-found', async () => {
    await expect(wix.gateway.contributors.remove('acc-nobody')).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
      code: 'NOT_FOUND',
    });
  });

  it.each([
    [403, 'permission', 'Manage Contributors'],
    [429, 'rate-limited', 'too many requests'],
    [500, 'server', 'problem on its side'],
  ] as const)('turns a %i into a %s error a site owner understands', async (status, kind, phrase) => {
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status, times: 1 });
    const error = await wix.gateway.contributors.query().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind, status });
    expect((error as Error).message).toContain(phrase);
  });

  it('turns a dropped connection into an offline error', async () => {
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 0, times: 1 });
    await expect(wix.gateway.contributors.query()).rejects.toMatchObject({ kind: 'offline' });
  });
});
