import * as z from "zod/mini";
import { readMappingChoices } from "../core/ledger/resolveMapping";
import { DEFAULT_LETTER_SETTINGS_FORM as LETTER, type LetterSettingsForm } from "../core/letters/letterSettingsFromForm";
import type { CellBlock } from "./a1Address";
import { DEFAULT_PANE_SETTINGS as PANE, type CurrencyAmount, type PaneSettings } from "./ledgerWorkbook";

/*
 * Every record the add-in keeps in the workbook's settings is read one way: JSON parsed, then
 * checked against a schema (zod) that keeps only the keys it names — an unknown key, or a crafted
 * "__proto__", never reaches the add-in — and gives each damaged field its default, so an old or
 * broken setting never blocks the pane. The six records: pane settings, letter settings, and what
 * the scans, the report, the forecast and the Reminders sheet wrote. Pane and letter settings live
 * in a custom XML part since issue #17 (settingsDocument.ts); the others stay in workbook settings.
 */

/**
 * A stored JSON string read through a schema; `fallback` when it is missing, not JSON, or does
 * not fit.
 *
 * @example
 * readStoredSetting('{"a":1,"__proto__":{"b":2}}', z.object({ a: z.number() }), { a: 0 }) //=> { a: 1 }
 */
export function readStoredSetting<T>(value: unknown, schema: z.ZodMiniType<T>, fallback: T): T {
  if (typeof value !== "string") return fallback;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return fallback;
  }
  const result = schema.safeParse(parsed);
  return result.success ? result.data : fallback;
}

/**
 * A stored list whose unreadable items are dropped (the others are kept).
 *
 * @example
 * readStoredList('[{"a":1},{"a":"x"}]', z.object({ a: z.number() })) //=> [{ a: 1 }]
 */
export function readStoredList<T>(value: unknown, item: z.ZodMiniType<T>): T[] {
  const list = readStoredSetting<unknown[]>(value, z.array(z.unknown()), []);
  return list.flatMap((entry) => {
    const result = item.safeParse(entry);
    return result.success ? [result.data] : [];
  });
}

/** A field that takes its default when it is missing or does not fit. */
const field = <T>(schema: z.ZodMiniType<T>, fallback: T) => z.catch(schema, fallback);
const finite = z.number().check(z.refine(Number.isFinite));
const whole = z.int();

export const CELL_BLOCK = z.object({ sheet: z.string(), r0: whole, c0: whole, r1: whole, c1: whole });

export const OWNED_SCAN = z.object({
  sheet: z.string(),
  ledger: CELL_BLOCK,
  result: CELL_BLOCK,
  table: z.optional(z.catch(z.nullable(z.string()), null)),
  tableColumns: z.optional(z.catch(z.array(z.string()), [])),
  conditionalFormatIds: z.array(z.string()),
  highlight: z.optional(z.catch(z.nullable(CELL_BLOCK), null)),
  noteCell: z.optional(z.catch(z.nullable(z.string()), null)),
  asOfIso: z.optional(z.catch(z.string(), "")),
  key: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,24}$/))),
  prints: z.optional(z.catch(z.array(z.string()), [])),
  formats: z.optional(
    z.catch(
      z.object({
        header: z.array(z.string()),
        columns: z.array(z.array(z.tuple([z.string(), z.int().check(z.positive())]))),
      }),
      undefined as never,
    ),
  ),
});

export const OWNED_REPORT = z.object({
  sheet: z.string(),
  ranges: z.array(z.string()),
  charts: z.array(z.string()),
  key: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,24}$/))),
  prints: z.optional(z.catch(z.array(z.string()), [])),
});

export const OWNED_REMINDERS = z
  .object({
    sheet: z.string(),
    rows: z.int().check(z.positive()),
    columns: z.int().check(z.positive()),
    hashes: z.string(),
    name: z.optional(z.catch(z.string(), "")),
  })
  .check(z.refine((v) => v.hashes.split(",").length === v.rows * v.columns));

/** Aging edges as the core takes them: 1–250 whole days, strictly increasing. */
const AGING_EDGES = z
  .array(whole.check(z.positive()))
  .check(
    z.refine((edges) => edges.length > 0 && edges.length <= 250 && edges.every((edge, i) => i === 0 || edge > edges[i - 1])),
  );

const CURRENCY_AMOUNT = z.object({
  currency: z.string().check(z.regex(/^\S{1,12}$/)),
  amount: finite.check(z.gte(0)),
});

function readCurrencyAmounts(list: readonly unknown[]): CurrencyAmount[] {
  const seen = new Set<string>();
  const out: CurrencyAmount[] = [];
  for (const entry of list) {
    const read = CURRENCY_AMOUNT.safeParse(entry);
    if (!read.success) continue;
    const currency = read.data.currency.toUpperCase();
    if (seen.has(currency)) continue;
    seen.add(currency);
    out.push({ currency, amount: read.data.amount });
  }
  return out;
}

const LADDER = z.union([
  z.object({ kind: z.literal("preset"), name: z.string() }),
  z.object({ kind: z.literal("range"), address: z.string() }),
]);

const PANE_SETTINGS = z.object({
  ledgerAddress: field(z.nullable(z.string()), PANE.ledgerAddress),
  // Choices by header text; old column numbers become fallbacks; unknown fields are dropped.
  mappingOverrides: z.pipe(z.optional(z.unknown()), z.transform(readMappingChoices)),
  ladder: field(LADDER, PANE.ladder),
  minAmount: field(finite.check(z.gte(0)), PANE.minAmount),
  // A list of names: the ones that are text are kept.
  keyAccounts: z.pipe(
    z.catch(z.array(z.unknown()), [...PANE.keyAccounts]),
    z.transform((list: unknown[]) => list.filter((k): k is string => typeof k === "string")),
  ),
  language: field(z.nullable(z.enum(["en", "zh"])), PANE.language),
  dateOrder: field(z.nullable(z.enum(["dmy", "mdy"])), PANE.dateOrder),
  // Settings added with issue #17; records saved before them take the defaults (the core's own).
  agingEdges: field(AGING_EDGES, PANE.agingEdges),
  reviewThreshold: field(finite.check(z.gte(0)), PANE.reviewThreshold),
  minReminderIntervalDays: field(whole.check(z.gte(0)), PANE.minReminderIntervalDays),
  promiseGraceDays: field(whole.check(z.gte(0)), PANE.promiseGraceDays),
  // A list of thresholds: readable entries are kept, one per currency (the first wins). A saved
  // list (even []) is what the user saved; only a record without one takes the defaults.
  smallBalanceByCurrency: z.pipe(
    z.catch(z.array(z.unknown()), [...PANE.smallBalanceByCurrency]),
    z.transform((list: unknown[]) => readCurrencyAmounts(list)),
  ),
  creditLimitRange: field(z.nullable(z.string()), PANE.creditLimitRange),
  // Issue #18: records saved before it take "steps" (escalation never skips a recorded step).
  escalation: field(z.enum(["steps", "age"]), PANE.escalation),
});

const LETTER_SETTINGS = z.object({
  language: field(z.nullable(z.enum(["en", "zh"])), LETTER.language),
  company: field(z.string(), LETTER.company),
  contact: field(z.string(), LETTER.contact),
  title: field(z.string(), LETTER.title),
  email: field(z.string(), LETTER.email),
  phone: field(z.string(), LETTER.phone),
  bankAccountName: field(z.string(), LETTER.bankAccountName),
  bankName: field(z.string(), LETTER.bankName),
  bankAccountNumber: field(z.string(), LETTER.bankAccountNumber),
  bankSwift: field(z.string(), LETTER.bankSwift),
  payByDays: field(finite, LETTER.payByDays),
  escalation: field(z.enum(["steps", "age"]), LETTER.escalation ?? "steps"),
  oneLetterPerCustomer: field(z.boolean(), LETTER.oneLetterPerCustomer ?? true),
  lateInterest: field(
    z.object({
      on: field(z.boolean(), LETTER.lateInterest.on),
      ratePercent: field(finite, LETTER.lateInterest.ratePercent),
      basis: field(z.enum(["annual", "daily"]), LETTER.lateInterest.basis),
      fixedFee: field(finite, LETTER.lateInterest.fixedFee),
    }),
    LETTER.lateInterest,
  ),
  paymentPlan: field(
    z.object({
      on: field(z.boolean(), LETTER.paymentPlan.on),
      installments: field(finite, LETTER.paymentPlan.installments),
    }),
    LETTER.paymentPlan,
  ),
  discount: field(
    z.object({
      on: field(z.boolean(), LETTER.discount.on),
      terms: field(z.string(), LETTER.discount.terms),
      text: field(z.string(), LETTER.discount.text),
    }),
    LETTER.discount,
  ),
});

/** Pane settings from their stored JSON (each field checked and defaulted). */
export function readPaneSettings(value: unknown): PaneSettings {
  // The ladder preset name is checked where it is used (an unknown name falls back to the standard one).
  return readStoredSetting(value, PANE_SETTINGS as unknown as z.ZodMiniType<PaneSettings>, PANE);
}

/** Letter settings from their stored JSON (each field checked and defaulted). */
export function readLetterSettings(value: unknown): LetterSettingsForm {
  return readStoredSetting(value, LETTER_SETTINGS, LETTER);
}

/** Pane settings from an already parsed value (the settings document's `pane`), checked and defaulted. */
export function paneSettingsOf(value: unknown): PaneSettings {
  const result = (PANE_SETTINGS as unknown as z.ZodMiniType<PaneSettings>).safeParse(value);
  return result.success ? result.data : PANE;
}

/** Letter settings from an already parsed value (the settings document's `letters`), checked and defaulted. */
export function letterSettingsOf(value: unknown): LetterSettingsForm {
  const result = LETTER_SETTINGS.safeParse(value);
  return result.success ? result.data : LETTER;
}

/** The forecast's record: its block as written, and (since names are kept) its name and per-cell fingerprints. */
export const OWNED_FORECAST = z.object({
  ...CELL_BLOCK.shape,
  name: z.optional(z.catch(z.string(), "")),
  prints: z.optional(z.catch(z.string(), "")),
});

/** The block the forecast owns, or null when none or unreadable (then nothing counts as ours). */
export function readOwnedForecast(value: unknown): (CellBlock & { name?: string; prints?: string }) | null {
  return readStoredSetting<(CellBlock & { name?: string; prints?: string }) | null>(value, OWNED_FORECAST, null);
}
