const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values: & < > " '. Every field a
 * letter interpolates goes through it, so a customer named `<script>` or an invoice number
 * `"><img onerror=…>` shows as text.
 *
 * @example
 * escapeHtml(`"><img src=x onerror=alert(1)>`) //=> "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
