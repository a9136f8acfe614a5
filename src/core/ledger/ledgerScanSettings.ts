import Decimal from "decimal.js";
import { validateEdges, DEFAULT_AGING_EDGES, bucketLabels } from "../aging/agingBuckets";
import { isDateSerial, type DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import { DEFAULT_LADDER, type Ladder } from "../dunning/ladderPresets";
import { DEFAULT_ESCALATION, type EscalationPolicy } from "../dunning/stepsTaken";
import { fail, isFailure, type Result } from "../failure";
import { Money, toCents } from "../money/money";
import { checkMapping } from "./checkMapping";
import { customerNameKey } from "./customerNameKey";
import type { AnalyzeLedgerOptions } from "./ledgerAnalysisTypes";
import { currencyCode } from "../money/currencyCode";
import { LEDGER_FIELDS, type LedgerField, type LedgerMapping } from "./ledgerFields";
import { LEDGER_MESSAGES as M } from "../messages/ledgerMessages";
import { AGING_MESSAGES } from "../messages/agingMessages";
import { DATES_MESSAGES } from "../messages/datesMessages";
import { DUNNING_MESSAGES } from "../messages/dunningMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** The scan's options, checked once and in the shapes the hot loop wants. */
export interface LedgerScanSettings {
  readonly mapping: LedgerMapping;
  readonly asOf: number;
  readonly system: DateSystem;
  readonly ladder: Ladder;
  readonly minCents: number;
  readonly keyAccounts: ReadonlySet<string>;
  readonly intervalDays: number;
  readonly edges: readonly number[];
  readonly labels: readonly string[];
  readonly language: Language;
  readonly defaultCurrency: string;
  /**
   * Limits from a second table in cents: by customer key (customerKey), and by customer key and
   * currency (creditLimitKey) for a limit table that names the currency.
   */
  readonly creditLimitCents: ReadonlyMap<string, number>;
  readonly reviewThreshold: Decimal;
  /** Small-balance thresholds in cents by currency code (normalizeCurrency); others take minCents. */
  readonly minCentsByCurrency: ReadonlyMap<string, number>;
  /** "steps" unless the options say "age" (anything else is the default). */
  readonly escalation: EscalationPolicy;
}

/**
 * Checks analyzeLedger's options and fills in the defaults.
 *
 * @example
 * isFailure(ledgerScanSettings({ mapping: { customer: 0 }, asOf: 45838 })) //=> true  (no amount column)
 */
export function ledgerScanSettings(options: AnalyzeLedgerOptions): Result<LedgerScanSettings> {
  const mapping = checkMapping(options.mapping);
  if (isFailure(mapping)) return mapping;
  const system: DateSystem = options.dateSystem === 1904 ? 1904 : 1900;
  const asOf = Math.floor(options.asOf);
  if (!isDateSerial(asOf, system))
    return fail("outOfRange", DATES_MESSAGES.notDateSerialInSystem({ name: "as_of", value: String(options.asOf), system }));
  const edges = validateEdges(options.edges ?? DEFAULT_AGING_EDGES);
  if (isFailure(edges)) return edges;
  if (edges.length > 250) return fail("outOfRange", AGING_MESSAGES.edgesMax());
  const ladder = options.ladder ?? DEFAULT_LADDER;
  const ladderProblem = checkLadder(ladder);
  if (ladderProblem) return ladderProblem;
  const minAmount = options.minAmount ?? 0;
  if (!Number.isFinite(minAmount) || minAmount < 0)
    return fail("outOfRange", NUMBER_MESSAGES.zeroOrMore({ name: "min_amount", value: String(minAmount) }));
  const intervalDays = options.minReminderIntervalDays ?? 7;
  if (!Number.isInteger(intervalDays) || intervalDays < 0) {
    return fail("outOfRange", M.reminderInterval({ value: String(intervalDays) }));
  }
  const threshold = options.reviewThreshold ?? 0.1;
  if (!Number.isFinite(threshold) || threshold < 0) return fail("outOfRange", M.reviewThreshold({ value: String(threshold) }));
  const language: Language = options.language === "zh" ? "zh" : "en";
  const creditLimitCents = new Map<string, number>();
  for (const [name, limit] of options.creditLimits ?? []) {
    if (Number.isFinite(limit)) creditLimitCents.set(customerKey(name), toCents(limit));
  }
  // A limit table's rows: a currency named gives that currency's limit, a blank one every currency's.
  for (const { customer, currency, limit } of options.creditLimitsByCurrency ?? []) {
    if (!Number.isFinite(limit)) continue;
    const code = normalizeCurrency(currency);
    creditLimitCents.set(code === "" ? customerKey(customer) : creditLimitKey(customerKey(customer), code), toCents(limit));
  }
  const minCentsByCurrency = new Map<string, number>();
  for (const [currency, amount] of options.minAmountByCurrency ?? []) {
    if (!Number.isFinite(amount) || amount < 0)
      return fail("outOfRange", NUMBER_MESSAGES.zeroOrMore({ name: `min_amount ${currency}`, value: String(amount) }));
    const code = normalizeCurrency(currency);
    if (code !== "") minCentsByCurrency.set(code, toCents(amount));
  }
  return {
    mapping,
    asOf,
    system,
    ladder,
    minCents: toCents(minAmount),
    keyAccounts: new Set((options.keyAccounts ?? []).map(customerKey)),
    intervalDays,
    edges,
    labels: bucketLabels(edges, language),
    language,
    defaultCurrency: normalizeCurrency(options.defaultCurrency ?? ""),
    creditLimitCents,
    reviewThreshold: new Money(threshold),
    minCentsByCurrency,
    escalation: options.escalation === "age" ? "age" : DEFAULT_ESCALATION,
  };
}

/**
 * The key of a customer's limit in one currency in `creditLimitCents`.
 *
 * @example
 * creditLimitKey("acme ltd", "USD") //=> "acme ltd\u0000USD"
 */
export function creditLimitKey(customer: string, currency: string): string {
  // NUL: no currency code holds it, and no customer name a person types.
  return `${customer}\u0000${currency}`;
}

/**
 * Every field's column, -1 for fields not in the ledger, so the scan tests `>= 0` instead of
 * reading `row[undefined]`.
 *
 * @example
 * ledgerColumns({ customer: 2 }).amount //=> -1
 */
export function ledgerColumns(mapping: LedgerMapping): Record<LedgerField, number> {
  const columns = {} as Record<LedgerField, number>;
  for (const field of LEDGER_FIELDS) columns[field] = mapping[field] ?? -1;
  return columns;
}

/**
 * Customers are one customer whatever the case, surrounding and repeated spaces, Unicode form
 * (NFKC) and invisible characters of their name (see customerNameKey).
 *
 * @example
 * customerKey("  ACME Ltd ") //=> "acme ltd"
 * customerKey("Cafe\u0301") === customerKey("Café") //=> true
 */
export function customerKey(name: string): string {
  return customerNameKey(name);
}

/**
 * Currency codes compare trimmed and upper case (usd = USD).
 *
 * @example
 * normalizeCurrency(" usd") //=> "USD"
 */
export function normalizeCurrency(value: unknown): string {
  // One reading of a currency cell for scan, letters and forecast: known names become ISO codes (人民币 → CNY).
  return currencyCode(value);
}

function checkLadder(ladder: Ladder): ReturnType<typeof fail> | undefined {
  if (ladder.rungs.length === 0) return fail("missing", DUNNING_MESSAGES.noRungs());
  if (ladder.rungs.length > 250) return fail("outOfRange", DUNNING_MESSAGES.tooManyRungs());
  for (let i = 1; i < ladder.rungs.length; i++) {
    if (!(ladder.rungs[i].daysFromDue > ladder.rungs[i - 1].daysFromDue)) {
      return fail("outOfRange", DUNNING_MESSAGES.daysAscend());
    }
  }
  return undefined;
}
