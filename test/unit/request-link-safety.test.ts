import { describe, expect, it } from 'vitest';
import { parseRequestLink } from '../../src/access/request-link';
import { hasHiddenCharacters, impersonationWarning, withoutHiddenCharacters } from '../../src/access/text-safety';
import { BUILT_IN_VENDORS } from '../../src/access/vendors';

const link = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

describe('request links cannot disguise who is asking', () => {
  it('refuses a name with a right-to-left override, and still flags the vendor it claims', () => {
    const request = parseRequestLink(link({ sa_email: 'attacker@evil.com', sa_name: 'POWR Support \u202Emoc.rwop@troppus\u202C' }));
    expect(request?.name).toBeUndefined();
    expect(request?.email).toBe('attacker@evil.com');
    expect(request?.problems).toEqual([expect.stringMatching(/vendor name was ignored: It contains hidden characters/)]);
    expect(request?.impersonation).toMatch(/says it is POWR, but POWR's support email is support@powr\.io/);
  });

  it.each([
    ['zero-width space', 'POW\u200BR'],
    ['zero-width joiner', 'Form\u200DBuilder'],
    ['byte-order mark', '\uFEFFFormBuilder'],
    ['right-to-left mark', 'FormBuilder\u200F'],
    ['left-to-right isolate', '\u2066FormBuilder\u2069'],
    ['left-to-right embedding', '\u202AFormBuilder\u202C'],
  ])('refuses a name with a %s', (_, name) => {
    const request = parseRequestLink(link({ sa_email: 'help@formbuilder.example', sa_name: name }));
    expect(request?.name).toBeUndefined();
    expect(request?.problems[0]).toMatch(/hidden characters/);
  });

  it('refuses hidden characters in the email, ticket and reason too', () => {
    const request = parseRequestLink(link({ sa_email: 'support@powr.io\u200B', sa_ticket: '47\u202E11', sa_reason: 'Fix\u2067 it' }));
    expect([request?.email, request?.ticket, request?.reason]).toEqual([undefined, undefined, undefined]);
    expect(request?.problems.filter((p) => /hidden characters/.test(p))).toHaveLength(3);
  });

  it('flags a name that claims a known vendor with another email, in any case and spacing', () => {
    expect(parseRequestLink(link({ sa_email: 'help@powr-support.net', sa_name: 'powr  support team' }))?.impersonation).toBe(
      "It says it is POWR, but POWR's support email is support@powr.io. This request is from help@powr-support.net: invite only an address you trust.",
    );
  });

  it('does not flag the vendor itself, nor a name that only contains the vendor name inside a word', () => {
    expect(parseRequestLink(link({ sa_email: 'Support@POWR.io', sa_name: 'POWR Support' }))?.impersonation).toBeUndefined();
    expect(parseRequestLink(link({ sa_email: 'help@powrtools.example', sa_name: 'Powrtools' }))?.impersonation).toBeUndefined();
    expect(impersonationWarning('FormBuilder', 'help@formbuilder.example', BUILT_IN_VENDORS)).toBeNull();
  });

  it('strips and detects every hidden character', () => {
    const hidden = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u200B\u200C\u200D\uFEFF';
    expect(withoutHiddenCharacters(`a${hidden}b`)).toBe('ab');
    for (const char of hidden) expect(hasHiddenCharacters(`x${char}`)).toBe(true);
    expect(hasHiddenCharacters('Zoë Ångström שלום')).toBe(false);
  });
});

describe('request link durations are plain decimal days', () => {
  it.each(['0x1E', '1e1', ' 7', '7 ', '+7', '7.0', '-7', '', '١٢'])('refuses %j with a message', (days) => {
    const request = parseRequestLink(link({ sa_email: 'a@b.co', sa_days: days }));
    expect(request?.days).toBeUndefined();
    expect(request?.problems[0]).toMatch(/duration was ignored: Duration must be a whole number of days in plain digits/);
  });

  it('takes plain digits within the limits', () => {
    expect(parseRequestLink(link({ sa_email: 'a@b.co', sa_days: '30' }))?.days).toBe(30);
    expect(parseRequestLink(link({ sa_email: 'a@b.co', sa_days: '007' }))?.days).toBe(7);
    expect(parseRequestLink(link({ sa_email: 'a@b.co', sa_days: '0' }))?.problems[0]).toMatch(/at least 1 day/);
    expect(parseRequestLink(link({ sa_email: 'a@b.co', sa_days: '365' }))?.problems[0]).toMatch(/90 days at most/);
  });
});
