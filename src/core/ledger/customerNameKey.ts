/**
 * Characters that show nothing but make two names differ: zero-width space, non-joiner and joiner,
 * left-to-right and right-to-left marks, bidi embeddings, overrides and isolates, word joiner and
 * the other invisible operators, the byte-order mark, soft hyphen, Arabic letter mark and the
 * Mongolian vowel separator.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
/** Whitespace runs (NFKC has already made no-break and ideographic spaces plain ones). */
const SPACES = /\s+/g;

/** Keys of names that are not plain ASCII, by raw name; emptied when it grows past CACHE_LIMIT. */
const slowKeys = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * The key customer names are grouped and matched by: trimmed, inner whitespace runs collapsed to
 * one space, lower case — and for names that are not plain printable ASCII, Unicode NFKC with
 * invisible characters (zero-width space and joiners, BOM, soft hyphen, bidi marks, word joiner)
 * removed first, so "Café" typed with one code point or as e + combining accent, "ＡＣＭＥ" in
 * full-width letters and "Acme\u200b Ltd" are each one customer.
 *
 * A plain printable-ASCII name with no double space (nearly every name, and every row of a large
 * ledger) takes one pass over its characters and `trim().toLowerCase()`, as before; other names
 * are normalised once per distinct raw text (cached).
 *
 * @example
 * customerNameKey("  ACME Ltd ") //=> "acme ltd"
 * customerNameKey("Cafe\u0301") === customerNameKey("Café") //=> true
 * customerNameKey("Acme\u200b  Ltd") //=> "acme ltd"
 */
export function customerNameKey(name: string): string {
  if (isPlainName(name)) return name.trim().toLowerCase();
  let key = slowKeys.get(name);
  if (key === undefined) {
    key = name.replace(INVISIBLE, "").normalize("NFKC").replace(INVISIBLE, "").replace(SPACES, " ").trim().toLowerCase();
    if (slowKeys.size >= CACHE_LIMIT) slowKeys.clear();
    slowKeys.set(name, key);
  }
  return key;
}

/**
 * The name is printable ASCII (space to ~) with no two spaces in a row: its key is its trimmed
 * lower case.
 *
 * @example
 * isPlainName("Acme Ltd") //=> true
 * isPlainName("Café") //=> false
 */
export function isPlainName(name: string): boolean {
  let previous = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 32 || code > 126 || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}

/**
 * A spelling as a message shows it: invisible characters, combining marks and whitespace other
 * than a single space written as ⟨U+XXXX⟩, so two spellings that look alike read differently.
 *
 * @example
 * visibleSpelling("Acme\u200bLtd") //=> "Acme⟨U+200B⟩Ltd"
 * visibleSpelling("Cafe\u0301") //=> "Cafe⟨U+0301⟩"
 */
export function visibleSpelling(name: string): string {
  if (isPlainName(name)) return name;
  return name.replace(
    /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|\p{M}|[^\S ]| (?= )/gu,
    (ch) => `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`,
  );
}
