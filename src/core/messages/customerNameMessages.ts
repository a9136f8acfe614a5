import { quote, quoteZh } from "../failure";
import { defineMessages } from "./message";

type Merged = { name: string; spellings: string[] };
const SAMPLE: Merged = { name: "Café Ltd", spellings: ["Café Ltd", "Cafe⟨U+0301⟩ Ltd"] };

function listEn(items: readonly string[]): string {
  const quoted = items.map((item) => quote(item));
  return quoted.length <= 2 ? quoted.join(" and ") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** Customer names that the scan took as one customer though their spellings differ. */
export const CUSTOMER_NAME_MESSAGES = defineMessages({
  merged: {
    en: (p: Merged) =>
      `${listEn(p.spellings)} were taken as one customer, ${quote(p.name)} (they differ only in invisible characters, spacing or Unicode form)`,
    zh: (p: Merged) =>
      `${p.spellings.map((s) => quoteZh(s)).join("、")}被视为同一客户${quoteZh(p.name)}（仅在不可见字符、空格或字符编码形式上不同）`,
    sample: SAMPLE,
  },
});
