import type { Language } from "../language";

/**
 * A text the add-in shows, kept as a key and its parameters with its English and Chinese
 * renderings. Failures and issues carry a `Message`, so the pane, the functions and the letters
 * each show the language they speak without re-parsing an English sentence; the tables that
 * produce them (`defineMessages`) are the one place a text is written.
 */
export interface Message {
  /** The table entry, e.g. "argBlank": stable for tests and for anything that switches on it. */
  readonly key: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly en: string;
  readonly zh: string;
}

/** One entry of a message table: the English and Chinese texts for the same parameters. */
export interface MessageTexts<P> {
  readonly en: (params: P) => string;
  readonly zh: (params: P) => string;
  /** Parameters to render the entry with in the test that walks every key (required when P has any). */
  readonly sample?: P;
}

/** A table as written: each key's two renderings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry has its own parameter type
export type MessageTable = Record<string, MessageTexts<any>>;

/** What a table becomes: one function per key, taking that key's parameters and giving a `Message`. */
export type MessageMakers<T extends MessageTable> = {
  // P comes from the English renderer alone: a sample of a narrower literal type must not narrow it.
  readonly [K in keyof T]: T[K] extends { readonly en: (params: infer P) => string }
    ? unknown extends P
      ? () => Message
      : (params: P) => Message
    : never;
};

/**
 * Turns a table of texts into message makers, so a call site writes `M.argBlank({ name })` and
 * never a sentence of its own. The table itself stays available (`tableOf`) for tests that walk
 * every key in both languages.
 *
 * @example
 * const M = defineMessages({ blank: { en: (p: { name: string }) => `${p.name} is blank`, zh: (p: { name: string }) => `${p.name}为空` } });
 * M.blank({ name: "as_of" }).zh //=> "as_of为空"
 */
export function defineMessages<T extends MessageTable>(table: T): MessageMakers<T> {
  const makers: Record<string, (params?: Record<string, unknown>) => Message> = {};
  for (const key of Object.keys(table)) {
    const texts = table[key] as unknown as MessageTexts<Record<string, unknown>>;
    makers[key] = (params = {}) => ({ key, params, en: texts.en(params), zh: texts.zh(params) });
  }
  TABLES.set(makers, table);
  return makers as MessageMakers<T>;
}

const TABLES = new WeakMap<object, MessageTable>();

/** The table behind a set of makers, for tests that render every key. */
export function tableOf(makers: object): MessageTable | undefined {
  return TABLES.get(makers);
}

/**
 * A message in one language.
 *
 * @example
 * messageText({ key: "k", params: {}, en: "blank", zh: "为空" }, "zh") //=> "为空"
 */
export function messageText(message: Message, language: Language): string {
  return language === "zh" ? message.zh : message.en;
}

/**
 * A message that is the same in both languages (a cell's own text, an Excel error code).
 *
 * @example
 * verbatim("#REF!").zh //=> "#REF!"
 */
export function verbatim(text: string): Message {
  return { key: "verbatim", params: { text }, en: text, zh: text };
}
