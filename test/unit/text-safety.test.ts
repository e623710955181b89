import { describe, expect, it } from 'vitest';
import { parseRequestLink } from '../../src/access/request-link';
import { validateRequest } from '../../src/access/requests/request-input';
import { confusableSkeleton, hasHiddenCharacters, impersonationWarning, withoutHiddenCharacters } from '../../src/access/text-safety';
import { BUILT_IN_VENDORS, type Vendor } from '../../src/access/vendors';

const POWR_WARNING = /^It says it is POWR, but POWR's support email is support@powr\.io\. This request is from support@powr-help\.io:/;

describe('hidden characters are found by their Unicode properties', () => {
  it.each([
    ['word joiner U+2060', '\u2060'],
    ['Arabic letter mark U+061C', '\u061C'],
    ['soft hyphen U+00AD', '\u00AD'],
    ['tag letter A U+E0041', '\u{E0041}'],
    ['begin tag U+E0001', '\u{E0001}'],
    ['cancel tag U+E007F', '\u{E007F}'],
    ['invisible times U+2062', '\u2062'],
    ['combining grapheme joiner U+034F', '\u034F'],
    ['Hangul filler U+3164', '\u3164'],
    ['Mongolian vowel separator U+180E', '\u180E'],
    ['variation selector-17 U+E0100', '\u{E0100}'],
    ['right-to-left override U+202E', '\u202E'],
  ])('flags and strips a %s', (_, char) => {
    expect(hasHiddenCharacters(`PO${char}WR`)).toBe(true);
    expect(withoutHiddenCharacters(`PO${char}WR`)).toBe('POWR');
  });

  it('does not flag letters with accents, nor Hebrew, Arabic, Devanagari or Korean letters', () => {
    for (const text of ['Zoë', 'José', 'Ångström', 'Łódź', 'שלום', 'مرحبا', 'नमस्ते', '한국어', 'e\u0301 (e and a combining accent)']) {
      expect(hasHiddenCharacters(text), text).toBe(false);
      expect(withoutHiddenCharacters(text)).toBe(text);
    }
  });

  it('refuses a word joiner or an Arabic letter mark in the request form', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    const input = { email: 'ana@example.com', roleTitle: 'Website Manager', justification: 'Edit the blog' };
    expect(validateRequest(input, now).ok).toBe(true);
    for (const char of ['\u2060', '\u061C', '\u00AD', '\u{E0041}']) {
      expect(validateRequest({ ...input, justification: `Edit${char} the blog` }, now)).toEqual({
        ok: false,
        message: expect.stringMatching(/hidden characters/),
      });
      expect(validateRequest({ ...input, email: `ana${char}@example.com` }, now)).toEqual({
        ok: false,
        message: expect.stringMatching(/hidden characters/),
      });
    }
  });
});

describe('a name that looks like a vendor claims it', () => {
  it.each([
    ['a word joiner', 'P\u2060OWR'],
    ['a soft hyphen', 'PO\u00ADWR Support'],
    ['tag characters', 'P\u{E0001}O\u{E0041}WR\u{E007F}'],
    ['Cyrillic Р and О (U+0420 U+041E)', '\u0420\u041EWR'],
    ['Cyrillic lower-case letters', 'р\u043Ewr support'],
    ['a Greek capital omicron', 'P\u039FWR'],
    ['fullwidth letters', 'ＰＯＷＲ'],
    ['a zero for the O', 'P0WR Support'],
    ['Lisu letters', '\uA4D1\uA4F3\uA4EA\uA4E3'],
    ['mathematical bold letters', '\u{1D40F}\u{1D40E}\u{1D416}\u{1D411}'],
    ['an accent', 'PÖWR'],
  ])('warns about %s with another email', (_, name) => {
    expect(impersonationWarning(name, 'support@powr-help.io', BUILT_IN_VENDORS)).toMatch(POWR_WARNING);
  });

  it('warns about the link in the issue, whose name is also refused for its word joiner', () => {
    const request = parseRequestLink('?sa_email=support%40powr-help.io&sa_name=P%E2%81%A0OWR');
    expect(request?.name).toBeUndefined();
    expect(request?.problems).toEqual([expect.stringMatching(/vendor name was ignored: It contains hidden characters/)]);
    expect(request?.impersonation).toMatch(POWR_WARNING);
  });

  it('knows the vendor by its email: a look-alike domain gets the warning, the real one does not', () => {
    expect(impersonationWarning('POWR Support', 'support@powr.io', BUILT_IN_VENDORS)).toBeNull();
    expect(impersonationWarning('POWR Support', ' Support@POWR.io ', BUILT_IN_VENDORS)).toBeNull();
    expect(parseRequestLink('?sa_email=support%40powr.io&sa_name=POWR%20Support')?.impersonation).toBeUndefined();
    for (const email of ['support@powr.io.evil.com', 'support@powr-help.io', 'help@powr.com', 'support@p0wr.io']) {
      expect(impersonationWarning('POWR Support', email, BUILT_IN_VENDORS)).toMatch(/^It says it is POWR, but/);
    }
    expect(impersonationWarning('POWR', undefined, BUILT_IN_VENDORS)).toMatch(/This request has no valid email/);
  });

  it('still needs the vendor name as a whole word', () => {
    expect(impersonationWarning('Powrtools', 'help@powrtools.example', BUILT_IN_VENDORS)).toBeNull();
    expect(impersonationWarning('\u0420\u041EWRtools', 'help@powrtools.example', BUILT_IN_VENDORS)).toBeNull();
    expect(impersonationWarning('Zoë Support', 'zoe@example.com', BUILT_IN_VENDORS)).toBeNull();
  });

  it('compares a vendor of several words, written with look-alikes, by skeleton too', () => {
    const vendors: Vendor[] = [
      {
        _id: 'v1',
        name: 'Form Builder',
        email: 'help@formbuilder.example',
        roleTitle: 'Website Manager',
        defaultDays: 7,
        defaultReason: '',
      },
    ];
    expect(impersonationWarning('F\u043Errn  Bui1der team', 'x@evil.example', vendors)).toMatch(/^It says it is Form Builder/);
    expect(impersonationWarning('Form Builder', 'help@formbuilder.example', vendors)).toBeNull();
    expect(impersonationWarning('FormBuilder', 'x@evil.example', vendors)).toBeNull();
  });
});

describe('confusableSkeleton', () => {
  it('gives look-alikes one skeleton', () => {
    const powr = confusableSkeleton('POWR');
    for (const name of ['powr', 'P\u2060OWR', '\u0420\u041EWR', 'P\u039FWR', 'ＰＯＷＲ', 'P0WR', 'PO\u00ADWR'])
      expect(confusableSkeleton(name), name).toBe(powr);
    expect(confusableSkeleton('Il1|')).toBe(confusableSkeleton('llll'));
    expect(confusableSkeleton('rn')).toBe(confusableSkeleton('m'));
  });

  it('keeps different names apart', () => {
    expect(confusableSkeleton('POWR')).not.toBe(confusableSkeleton('POWER'));
    expect(confusableSkeleton('Zoë')).toBe('zoe');
    expect(confusableSkeleton('Zoë')).not.toBe(confusableSkeleton('Joe'));
  });
});
