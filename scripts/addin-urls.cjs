// Where the add-in is served from. Sources (manifest.xml, JSDoc @helpurl) name the dev server;
// the production build swaps in AR_PUBLIC_URL, so one manifest.xml serves both.
"use strict";

/** The dev server every source file refers to. */
const DEV_URL = "https://localhost:3000/";
/** The production host used when AR_PUBLIC_URL is not set. */
const DEFAULT_PUBLIC_URL = "https://ar-credit-desk.example.com/";

/**
 * The production base URL from the environment, normalized to end with "/".
 * Office loads add-ins only over https, so anything else is refused.
 *
 * @example
 * publicBaseUrl({ AR_PUBLIC_URL: "https://cdn.example.org/ar" }) //=> "https://cdn.example.org/ar/"
 */
function publicBaseUrl(env = process.env) {
  const raw = (env.AR_PUBLIC_URL || DEFAULT_PUBLIC_URL).trim();
  const url = raw.endsWith("/") ? raw : `${raw}/`;
  if (!/^https:\/\/[^/\s]+\/\S*$/.test(url)) {
    throw new Error(`AR_PUBLIC_URL must be an https URL such as ${DEFAULT_PUBLIC_URL}, got '${raw}'`);
  }
  return url;
}

/**
 * Replaces every occurrence of one base URL by another (all of them: String#replace with a string
 * pattern would stop at the first, which is how templates end up with half-rewritten manifests).
 *
 * @example
 * rebaseUrls("https://localhost:3000/a https://localhost:3000/b", DEV_URL, "https://x.org/") //=> "https://x.org/a https://x.org/b"
 */
function rebaseUrls(text, from, to) {
  return text.split(from).join(to);
}

module.exports = { DEV_URL, DEFAULT_PUBLIC_URL, publicBaseUrl, rebaseUrls };
