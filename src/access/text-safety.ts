import { normalizeEmail } from './people';
import type { Vendor } from './vendors';

/**
 * Characters that change how text reads without showing themselves, by their Unicode properties
 * rather than a list: every default-ignorable code point (zero-width space and joiners, the word
 * joiner U+2060, the soft hyphen U+00AD, variation selectors, Hangul fillers, the tag characters
 * U+E0000–E007F), every format character (Cf) and every bidi control (embeddings, overrides, isolates,
 * direction marks, the Arabic letter mark U+061C). A right-to-left override can make
 * "moc.rwop@troppus" read as "support@powr.com"; a word joiner makes "P\u2060OWR" read as "POWR".
 * Letters with accents and the letters of any script (Zoë, José, Hebrew, Arabic) are not among them.
 */
const HIDDEN = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Bidi_Control}]/gu;

export const HIDDEN_CHARACTERS_MESSAGE = 'It contains hidden characters that can disguise text (right-to-left or zero-width).';

export const hasHiddenCharacters = (text: string) => text.search(HIDDEN) !== -1;

/** The text without the hidden characters above (bidi controls, zero-width and other invisible characters). */
export const withoutHiddenCharacters = (text: string) => text.replace(HIDDEN, '');

/**
 * Look-alikes by the plain Latin letters or digits they pass for: the entries of Unicode's
 * confusables table (UTS #39, confusables.txt, Unicode 13) whose prototype is ASCII letters or digits,
 * for characters that NFKD leaves as they are (fullwidth and mathematical letters, ligatures and
 * accented letters are taken care of by NFKD and by dropping marks). Cyrillic "Р" and Greek "Ρ" pass
 * for "P", Cyrillic "О", Greek "Ο" and Armenian "Օ" for "O", and so on through Cherokee, Lisu,
 * Coptic and the rest. Written here rather than taken from a library: the libraries that carry the
 * whole table (unhomoglyph, unicode-confusables) are about 28 kB gzipped, and `confusables` is not
 * TR39 (an English profanity filter's map); this is about 1.5 kB. Escaped: characters of
 * right-to-left scripts and outside the Basic Multilingual Plane.
 */
const LOOK_ALIKES: Record<string, string> = {
  '2': 'ƧϨᒿꙄ\u{A6EF}Ꝛ',
  '3': 'ƷȜЗӠⳌꝪꞫ\u{118CA}\u{16F3B}\u{1D206}',
  '4': 'Ꮞ\u{118AF}',
  '5': 'Ƽ\u{118BB}',
  '6': 'бᏮⳒ\u{118D5}',
  '7': '\u{104D2}\u{118C6}\u{1D212}',
  '8': 'Ȣȣ\u{9EA}\u{A6A}\u{1031A}\u{1E8CB}',
  '9': '\u{9ED}\u{A67}\u{B68}\u{D6D}ⳊꝮ\u{118AC}\u{118CC}\u{118D6}',
  A: 'ΑАᎪᗅꓮ\u{102A0}\u{16F40}',
  a: 'ɑαа\u{237A}',
  AA: 'Ꜳ',
  aa: 'ꜳ',
  AE: 'ÆӔ',
  ae: 'æӕ',
  AO: 'Ꜵ',
  ao: 'ꜵ',
  AR: '\u{1F707}',
  AU: 'Ꜷ',
  au: 'ꜷ',
  AV: 'ꜸꜺ',
  av: 'ꜹꜻ',
  AY: 'Ꜽ',
  ay: 'ꜽ',
  B: 'ΒВᏴᗷꓐꞴ\u{10282}\u{102A1}\u{10301}',
  b: 'ƄЬᏏᑲᖯ',
  bl: 'Ы',
  C: 'СᏟⲤꓚ\u{102A2}\u{10302}\u{10415}\u{1051C}\u{118E9}\u{118F2}\u{1F74C}',
  c: 'сᴄⲥꮯ\u{1043D}',
  D: 'Ꭰᗞᗪꓓ',
  d: 'ԁᏧᑯꓒ',
  dz: 'ʣ',
  E: 'ΕЕᎬ\u{22FF}\u{2D39}ꓰ\u{10286}\u{118A6}\u{118AE}',
  e: 'еҽ\u{212E}ꬲ',
  F: 'ϜᖴꓝꞘ\u{10287}\u{102A5}\u{10525}\u{118A2}\u{118C2}\u{1D213}',
  f: 'քẝꞙꬵ',
  G: 'ԌᏀᏳꓖ',
  g: 'ƍɡցᶃ',
  H: 'ΗНᎻᕼⲎꓧ\u{102CF}',
  h: 'һհᏂ',
  i: 'ıɩɪιіӏᎥ\u{2373}ꙇꭵ\u{118C3}',
  J: 'ͿЈᎫᒍꓙꞲ',
  j: 'ϳј',
  K: 'ΚКᏦ\u{16D5}Ⲕꓗ\u{10518}',
  L: 'ᏞᒪⳐꓡ\u{1041B}\u{10526}\u{118A3}\u{118B2}\u{16F16}\u{1D22A}',
  l: 'ƖǀΙІӀ\u{5C0}\u{5D5}\u{5DF}\u{627}\u{661}\u{6F1}\u{7CA}\u{16C1}\u{2223}\u{23FD}Ⲓ\u{2D4F}ꓲ\u{1028A}\u{10309}\u{10320}\u{16F28}\u{1E8C7}',
  ll: 'ǁ\u{5F0}\u{2016}\u{2225}',
  lO: 'Ю',
  ls: 'ʪ',
  lt: '\u{20B6}',
  lz: 'ʫ',
  M: 'ΜϺМᎷᗰ\u{16D6}Ⲙꓟ\u{102B0}\u{10311}',
  MB: '\u{1F76B}',
  N: 'ΝⲚꓠ\u{10513}',
  n: 'ոռ',
  O: 'ΟОՕ\u{7C0}\u{9E6}\u{B20}\u{B66}\u{12D0}Ⲟ\u{2D54}\u{3007}ꓳ\u{10292}\u{102AB}\u{10404}\u{104C2}\u{10516}\u{114D0}\u{118B5}\u{118E0}',
  o: 'οσоօ\u{5E1}\u{647}\u{665}\u{6BE}\u{6C1}\u{6D5}\u{6F5}\u{966}\u{A66}\u{AE6}\u{BE6}\u{C66}\u{CE6}\u{D20}\u{D66}\u{E50}\u{ED0}\u{101D}\u{1040}ჿᴏᴑⲟꬽ\u{1042C}\u{104EA}\u{118C8}\u{118D7}',
  OE: 'Œ',
  oe: 'œ',
  OO: 'ꚘꝎ',
  oo: '\u{221E}ꚙꝏ',
  P: 'ΡРᏢᑭⲢꓑ\u{10295}',
  p: 'ρр\u{2374}ⲣ',
  Q: '\u{2D55}',
  q: 'ԛգզ',
  QE: '\u{1F700}',
  R: 'ƦᎡᏒᖇꓣ\u{104B4}\u{16F35}\u{1D216}',
  r: 'гᴦⲅꭇꭈꮁ',
  rn: '\u{11700}\u{118E3}',
  S: 'ЅՏᏕᏚꓢ\u{10296}\u{10420}\u{16F3A}',
  s: 'ƽѕꜱꮪ\u{10448}\u{118C1}',
  sss: '\u{1F75C}',
  T: 'ΤТᎢ\u{22A4}\u{27D9}Ⲧꓔ\u{10297}\u{102B1}\u{10315}\u{118BC}\u{16F0A}\u{1F768}',
  T3: 'Ꜩ',
  tf: 'ꝷ',
  ts: 'ʦ',
  U: 'Ս\u{1200}ᑌ\u{222A}\u{22C3}ꓴ\u{104CE}\u{118B8}\u{16F42}',
  u: 'ʋυսᴜꞟꭎꭒ\u{104F6}\u{118D8}',
  ue: 'ᵫ',
  uo: 'ꭣ',
  V: 'Ѵ\u{667}\u{6F7}Ꮩᐯ\u{2D38}ꓦ\u{A6DF}\u{1051D}\u{118A0}\u{16F08}\u{1D20D}',
  v: 'νѵ\u{5D8}ᴠ\u{2228}\u{22C1}ꮩ\u{11706}\u{118C0}',
  VB: '\u{1F76C}',
  W: 'ԜᎳᏔꓪ\u{118E6}\u{118EF}',
  w: 'ɯѡԝաᴡꮃ\u{1170A}\u{1170E}\u{1170F}',
  X: 'ΧХ᙭\u{16B7}\u{2573}Ⲭ\u{2D5D}ꓫꞳ\u{10290}\u{102B4}\u{10317}\u{10322}\u{10527}\u{118EC}',
  x: '\u{D7}хᕁᕽ᙮\u{292B}\u{292C}\u{2A2F}',
  Y: 'ΥУҮᎩᎽⲨꓬ\u{102B2}\u{118A4}\u{16F43}',
  y: 'ɣʏγуүყᶌỿꭚ\u{118DC}',
  Z: 'ΖᏃꓜ\u{102F5}\u{118A9}\u{118E5}',
  z: 'ᴢꮓ\u{118C4}',
};

const PROTOTYPE = new Map<string, string>();
for (const [prototype, lookAlikes] of Object.entries(LOOK_ALIKES)) {
  for (const char of lookAlikes) PROTOTYPE.set(char, prototype);
}

/** Nonspacing and enclosing marks: accents, which NFKD has split from their letters. */
const MARKS = /[\p{Mn}\p{Me}]/gu;

/**
 * The text as it looks, for comparing names that may be disguised (after UTS #39's skeleton):
 * compatibility-decomposed (NFKD: "ＰＯＷＲ" is "POWR"), without hidden characters and accents,
 * each look-alike replaced by its prototype, lowercased, and then the plain Latin look-alikes folded
 * together: 0 and o; 1, i, l and |; rn and m; vv and w. Only for comparing: two names with the same
 * skeleton can be taken for each other.
 */
export function confusableSkeleton(text: string): string {
  let prototypes = '';
  for (const char of text.normalize('NFKD').replace(HIDDEN, '').replace(MARKS, '')) prototypes += PROTOTYPE.get(char) ?? char;
  return prototypes.toLowerCase().replace(/0/g, 'o').replace(/[1i|]/g, 'l').replace(/rn/g, 'm').replace(/vv/g, 'w');
}

const words = (text: string) =>
  confusableSkeleton(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);

/**
 * When a request's name claims a known vendor (the vendor's name appears in it as a word or words,
 * compared by their confusable skeletons, so "P0WR", "РОWR" in Cyrillic or "P\u2060OWR" claim POWR)
 * but its email is not that vendor's support email, the warning to show; otherwise null. The vendor
 * is known by its email, never by the name a link gives: "support@powr-help.io" or
 * "support@powr.io.evil.com" is not POWR whatever the name says.
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
