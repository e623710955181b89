/** The longest value accepted as an API key. Wix's account keys are a few hundred characters. */
export const MAX_KEY_LENGTH = 3500;

/** Why a pasted value cannot be an account API key, or null when it may be one (Wix decides the rest). */
export function keyProblem(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return "Paste the API key you created in Wix's API Keys Manager.";
  const key = raw.trim();
  if (key.length > MAX_KEY_LENGTH) {
    return `That is ${key.length.toLocaleString('en-US')} characters long, longer than any Wix API key. Paste only the key itself.`;
  }
  if (/\s/.test(key)) return 'The key has spaces or line breaks inside it. Copy it again from the API Keys Manager in one piece.';
  if (!/^[\x21-\x7e]+$/.test(key)) return 'The key has characters a Wix API key never has. Copy it again from the API Keys Manager.';
  return null;
}
