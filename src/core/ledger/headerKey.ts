/**
 * Header texts as exports write them differ in case, spacing, punctuation and naming style:
 * `invoiceNumber`, `INVOICE_NO`, `Invoice No.`, `Inv #`, `Doc. No.` all name one column. A header
 * key is the text reduced to lower-case words with the common abbreviations spelt out, so two
 * spellings of one header compare equal and a header can be matched word by word.
 */

// Abbreviations accounting exports use in column headers (QuickBooks "Num", SAP "Doc. No.",
// NetSuite "Amt.", Dynamics "Cust. No."…), each read as the word it stands for.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  no: "number",
  nr: "number",
  num: "number",
  nbr: "number",
  "#": "number",
  inv: "invoice",
  invc: "invoice",
  doc: "document",
  amt: "amount",
  bal: "balance",
  cust: "customer",
  dt: "date",
  ccy: "currency",
  cur: "currency",
  curr: "currency",
  crncy: "currency",
  pmt: "payment",
  pymt: "payment",
  ref: "reference",
  acct: "account",
  desc: "description",
};

// Invisible characters that paste along with headers (zero-width space, BOM, soft hyphen…).
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;
// Everything that separates words: spaces, underscores, hyphens, dots, slashes, brackets, colons,
// full-width punctuation. `#` is kept as a word of its own ("Inv #" → "invoice number").
const SEPARATORS = /[\s_\-./\\:;,()[\]{}'"`’“”（）【】：；，。、·|*?!]+/g;

/**
 * The key two spellings of the same header share: words in lower case, split at camelCase and
 * snake_case boundaries and at punctuation, abbreviations spelt out; Chinese text is kept as it
 * is, without spaces or punctuation.
 *
 * @example
 * headerKey("invoiceNo") //=> "invoice number"
 * headerKey("Doc. No.") //=> "document number"
 * headerKey("到期日（合同）") //=> "到期日 合同"
 */
export function headerKey(text: string): string {
  const spaced = text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    // camelCase and PascalCase: "invoiceNumber" → "invoice Number", "DueDate" → "Due Date",
    // "PONumber" → "PO Number"; letters and digits apart ("Net30" → "Net 30").
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)/g, "$1 $2")
    .replace(/(\d)([A-Za-z])/g, "$1 $2")
    .replace(/#/g, " # ");
  const words = spaced
    .toLowerCase()
    .split(SEPARATORS)
    .filter((word) => word !== "");
  return words.map((word) => ABBREVIATIONS[word] ?? word).join(" ");
}
