import { normalizeEmail } from './people';
import type { Vendor } from './vendors';

/**
 * Characters that change how text reads without showing themselves: bidi embeddings and overrides
 * (U+202A–202E), isolates (U+2066–2069), direction marks (U+200E, U+200F), zero-width space, joiners
 * (U+200B–200D) and the byte-order mark (U+FEFF). A right-to-left override can make
 * "moc.rwop@troppus" read as "support@powr.com".
 */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u200B-\u200D\uFEFF]/g;

export const HIDDEN_CHARACTERS_MESSAGE = 'It contains hidden characters that can disguise text (right-to-left or zero-width).';

export const hasHiddenCharacters = (text: string) => text.search(HIDDEN) !== -1;

/** The text without bidi controls and zero-width characters. */
export const withoutHiddenCharacters = (text: string) => text.replace(HIDDEN, '');

const words = (text: string) => withoutHiddenCharacters(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * When a request's name claims a known vendor (the vendor's name appears in it as a word or words)
 * but its email is not that vendor's support email, the warning to show; otherwise null.
 */
export function impersonationWarning(name: string | undefined, email: string | undefined, vendors: readonly Vendor[]): string | null {
  if (!name) return null;
  const said = ` ${words(name).join(' ')} `;
  for (const vendor of vendors) {
    const vendorWords = words(vendor.name);
    if (vendorWords.length === 0 || !said.includes(` ${vendorWords.join(' ')} `)) continue;
    if (email && normalizeEmail(email) === normalizeEmail(vendor.email)) return null;
    const from = email ? `This request is from ${email}` : 'This request has no valid email';
    return `It says it is ${vendor.name}, but ${vendor.name}'s support email is ${vendor.email}. ${from}: invite only an address you trust.`;
  }
  return null;
}
