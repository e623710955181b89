import { describe, expect, it } from 'vitest';
import { detailOf } from '../support/error-detail';
import { z } from '../../src/access/zod';
import { parseContributors, readContributors, wireContributorSchema } from '../../src/wix/contributors';

// A contributor as Query Contributors gives it, with fields the app does not read.
const base = {
  id: 'c-1',
  metaData: {
    id: 'acc-1',
    fullName: ' Lena Park ',
    email: 'lena@parkstudio.design',
    imageUrl: 'https://x',
    assignments: [{ policy: { id: 'role-a', name: 'x' }, assignmentId: 'as-1' }, { policy: null }],
  },
  joinedAt: '2026-04-06T10:00:00.000Z',
  invitedEmail: null,
  callerCapabilities: ['CHANGE_ROLE', 'REMOVE'],
  extra: { anything: true },
};

const PATHS = [
  'id',
  'metaData',
  'metaData.id',
  'metaData.fullName',
  'metaData.email',
  'metaData.assignments',
  'metaData.assignments.0',
  'metaData.assignments.0.policy',
  'metaData.assignments.0.policy.id',
  'joinedAt',
  'invitedEmail',
  'callerCapabilities',
  'callerCapabilities.0',
];
const VALUES: unknown[] = [undefined, null, 7, 'text', true, [], {}, ['x']];

/** `base` with the value at `path` replaced (`undefined`: the field left out). */
function withValue(path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((at, key) => at[key] as Record<string, unknown>, copy);
  const last = keys.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe("the contributors list read by hand gives zod's answers", () => {
  it('reads a well-formed answer itself, exactly as zod would', () => {
    const body = { contributors: [base, { id: 'c-2', metaData: null }], pagingMetadata: { count: 2 } };
    const read = readContributors(body);
    expect(read).not.toBeNull();
    expect(read).toEqual(body.contributors.map((c) => z.parse(wireContributorSchema, c)));
    expect(read?.[0]).toEqual({
      accountId: 'acc-1',
      userId: base.id,
      name: 'Lena Park',
      email: 'lena@parkstudio.design',
      roleIds: ['role-a'],
      joinedAt: new Date(base.joinedAt),
      invitedEmail: null,
      callerCapabilities: ['CHANGE_ROLE', 'REMOVE'],
    });
  });

  it.each(PATHS)('with every kind of value at %s: accepts only what zod accepts, and the same way', (path) => {
    for (const value of VALUES) {
      const contributor = withValue(path, value);
      const byZod = z.safeParse(wireContributorSchema, contributor);
      const byHand = readContributors({ contributors: [contributor] });
      if (byZod.success) {
        // The hand reader may leave an unusual but valid answer to zod; what it reads must be zod's reading.
        if (byHand !== null) expect(byHand, `${path} = ${JSON.stringify(value)}`).toEqual([byZod.data]);
        expect(parseContributors({ contributors: [contributor] }, 'load')).toEqual([byZod.data]);
      } else {
        expect(byHand, `${path} = ${JSON.stringify(value)}`).toBeNull();
        expect(detailOf(() => parseContributors({ contributors: [contributor] }, 'load'))).toMatch(/^contributors\.0\./);
      }
    }
  });

  it('a body that is not a list of contributors goes to zod, which says what is wrong', () => {
    for (const body of [null, [], {}, { contributors: null }, { contributors: {} }, { contributors: [7] }]) {
      expect(readContributors(body)).toBeNull();
      expect(detailOf(() => parseContributors(body, 'load people'))).toMatch(/expected (object|array)/);
    }
  });
});
