import type { PaymentTrend } from "../history/paymentTrend";
import type { CustomerActivity } from "../activity/customerActivity";
import type { DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import type { Ladder } from "../dunning/ladderPresets";
import type { EscalationPolicy } from "../dunning/stepsTaken";
import type { RiskGrade } from "../risk/riskGrade";
import type { LedgerMapping } from "./ledgerFields";
import type { LedgerIssue } from "./ledgerIssue";

export interface AnalyzeLedgerOptions {
  /** Field → column index, from the header (scoreHeaders) with the user's choices applied (resolveMapping). */
  readonly mapping: LedgerMapping;
  /** The as-of date serial: every day count is measured to it. */
  readonly asOf: number;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
  /** @default the `standard` preset */
  readonly ladder?: Ladder;
  /** A positive open amount below this is a small balance. @default 0 (none) */
  readonly minAmount?: number;
  /** Customer names (compared as customerKey compares them) that get an executive call instead of referral. */
  readonly keyAccounts?: readonly string[];
  /** A customer reminded fewer than this many days before as-of waits. @default 7 */
  readonly minReminderIntervalDays?: number;
  /** Aging bucket edges. @default [30, 60, 90] */
  readonly edges?: readonly number[];
  /** @default "en" */
  readonly language?: Language;
  /** Currency of rows whose currency cell is blank (or with no currency column). @default "" */
  readonly defaultCurrency?: string;
  /** Credit limits from a second table, by customer name; a limit in the ledger rows wins. */
  readonly creditLimits?: ReadonlyMap<string, number>;
  /** Review when overdue ≥ this × credit limit. @default 0.1 */
  readonly reviewThreshold?: number;
  /** Credit limits per customer and currency (a limit table); they win over `creditLimits`, a limit in the rows over both. */
  readonly creditLimitsByCurrency?: readonly CreditLimitEntry[];
  /** Small-balance thresholds per currency code; other currencies take `minAmount`. */
  readonly minAmountByCurrency?: ReadonlyMap<string, number>;
  /**
   * What the activity register says per customer key (src/core/activity/customerActivity.ts):
   * its reminders count with the last-reminded column, its promises and disputes hold rows, a
   * broken promise escalates one rung. @default none (the ledger alone)
   */
  readonly activity?: ReadonlyMap<string, CustomerActivity>;
  /**
   * How a chased row's rung is chosen. "steps": never past the customer's recorded steps — the
   * first overdue rung for a customer never reminded, one rung more per step taken (reminders and
   * calls: the ledger's Reminders count, the register's, a Last reminded date); a ledger with
   * neither column and no register records nothing, so there the age decides. "age": the rung
   * the invoice's age reaches (src/core/dunning/stepsTaken.ts). @default "steps"
   */
  readonly escalation?: EscalationPolicy;
}

/** One row of a credit-limit table: a customer's limit in one currency. */
export interface CreditLimitEntry {
  readonly customer: string;
  readonly currency: string;
  /** NaN when a table with financial columns gives the row none (the scan then takes no limit from it). */
  readonly limit: number;
  /** Financials the analyst typed beside the limit (src/core/credit): absent when not given. */
  readonly netWorth?: number;
  readonly workingCapital?: number;
  readonly annualRevenue?: number;
}

/** Per-row outcome of the scan. */
export const RowState = { accepted: 0, issue: 1, blank: 2 } as const;
export type RowState = (typeof RowState)[keyof typeof RowState];

/** Bucket value of a row that is settled (nothing open): shown as "Paid"/"已付". */
export const PAID_BUCKET = 255;

/** Bucket value of a credit (open amount below 0): never aged, shown as "Credit note"/"贷项" (see balances.ts). */
export const CREDIT_BUCKET = 254;

/**
 * Per-row results as parallel typed arrays indexed like the input rows, so a million-row scan
 * allocates a handful of arrays and no per-row objects. Texts (action, why, bucket label) are made
 * on demand by `ledgerRowText` for the rows being written.
 */
export interface LedgerRowResults {
  readonly count: number;
  readonly state: Uint8Array;
  /** Index into `customers`; -1 for rows not accepted. */
  readonly customer: Int32Array;
  readonly dueSerial: Int32Array;
  /** as_of − due (negative before the due date). */
  readonly signedDays: Int32Array;
  /** AR.DAYSOVERDUE: open → max(0, as_of − due); settled → max(0, paid − due); a credit note → 0. */
  readonly daysOverdue: Int32Array;
  /** Aging bucket index (0 = Current), PAID_BUCKET, or CREDIT_BUCKET. A disputed invoice keeps its age's bucket. */
  readonly bucket: Uint8Array;
  /** Dunning level, 0 below the first rung, when nothing is open, and for credit notes. */
  readonly level: Uint8Array;
  /** ActionCode of the next action. */
  readonly action: Uint8Array;
  /** Open amount in integer cents (negative for credit notes). */
  readonly openCents: Float64Array;
}

/**
 * Per-row result arrays for n rows, zeroed, with `customer` at -1 (no group).
 *
 * @example
 * allocateRowResults(3).customer //=> Int32Array [-1, -1, -1]
 */
export function allocateRowResults(n: number): LedgerRowResults {
  return {
    count: n,
    state: new Uint8Array(n),
    customer: new Int32Array(n).fill(-1),
    dueSerial: new Int32Array(n),
    signedDays: new Int32Array(n),
    daysOverdue: new Int32Array(n),
    bucket: new Uint8Array(n),
    level: new Uint8Array(n),
    action: new Uint8Array(n),
    openCents: new Float64Array(n),
  };
}

/**
 * A customer in one currency. Open, overdue, disputed and credits are as src/core/ledger/balances.ts
 * defines them: open = current + overdue + disputed + credits.
 */
export interface CustomerSummary {
  /** The customer's name as first seen (trimmed). */
  readonly customer: string;
  readonly currency: string;
  /** Accepted rows that are not credit notes (settled invoices included). */
  readonly invoiceCount: number;
  /** Credit notes (rows with a negative open amount). */
  readonly creditNoteCount: number;
  /** Open balance: every open amount, credit notes netted. */
  readonly open: number;
  /** Open amount of undisputed invoices past due; disputed invoices and credit notes are apart. */
  readonly overdue: number;
  /** Open amount of disputed invoices, whatever their due date. */
  readonly disputed: number;
  /** Open amount of credit notes, ≤ 0. */
  readonly credits: number;
  /** Days overdue of the oldest overdue (undisputed) invoice; 0 when none. */
  readonly oldestDaysOverdue: number;
  /** Highest dunning level among undisputed open invoices. */
  readonly highestLevel: number;
  readonly creditLimit: number | null;
  /** open / credit limit; null without a limit. */
  readonly creditUse: number | null;
  /** overdue ≥ reviewThreshold × credit limit. */
  readonly reviewFlag: boolean;
  /** Amount-weighted average of max(0, paid − due) over invoices paid on or before as-of; 0 without history. */
  readonly avgDaysLate: number;
  /**
   * The change of days late over a quarter: the payment trend's slope per month × 3 (the risk
   * score's trend input, core/history/paymentTrend.ts `trendDaysOf`); 0 while the trend is unknown.
   */
  readonly trend: number;
  /**
   * Payment behaviour over the 12 calendar months ending with as-of's month (payments on or before
   * as-of): usual days late, slope per month and direction. Always set by the scan.
   */
  readonly paymentTrend?: PaymentTrend;
  /** No invoice of the customer paid on or before as-of: its risk habit is scored on its oldest overdue days (core/risk/riskScore.ts). */
  readonly neverPaid?: boolean;
  readonly riskScore: number;
  readonly grade: RiskGrade;
  readonly keyAccount: boolean;
  /** Latest reminder on or before as-of across the customer's rows (any currency); null when none. */
  readonly lastReminded: number | null;
  /**
   * Written reminders known to have been sent to the customer (any currency): the most of the
   * ledger's Reminders count, the register's reminders up to as-of, and 1 for a last-reminded
   * date; null when nothing records them (no Last reminded or Reminders column, no register).
   * Always set by the scan (optional only so that summaries made by hand stay valid).
   */
  readonly remindersSent?: number | null;
  /**
   * Steps taken (any currency): the most of the ledger's Reminders count, the register's reminders
   * plus calls, and 1 for a last-reminded date; null when nothing records them (no Last reminded
   * or Reminders column, no register). With escalation "steps" the customer's rung is at most the
   * first overdue rung + this. Always set by the scan.
   */
  readonly stepsTaken?: number | null;
  readonly openCents: number;
  readonly overdueCents: number;
  readonly disputedCents: number;
  readonly creditsCents: number;
}

export interface AgingBucketTotal {
  readonly label: string;
  readonly amount: number;
  readonly amountCents: number;
  readonly count: number;
}

/** A currency's totals, as src/core/ledger/balances.ts defines them (never added across currencies). */
export interface CurrencyTotals {
  readonly currency: string;
  /** Open balance: current + overdue + disputed + credits. */
  readonly open: number;
  /** Undisputed invoices past due (= the past-due buckets' sum). */
  readonly overdue: number;
  /** overdue / open; 0 when the open balance is 0 or less. */
  readonly overduePct: number;
  readonly openCents: number;
  readonly overdueCents: number;
  /** Disputed invoices, apart from the aging buckets. */
  readonly disputed: number;
  readonly disputedCents: number;
  readonly disputedCount: number;
  /** Credit notes (≤ 0), apart from the aging buckets. */
  readonly credits: number;
  readonly creditsCents: number;
  readonly creditNoteCount: number;
  /**
   * Every open amount not yet due (as_of − due ≤ 0): current invoices, disputed ones and credit
   * notes alike — the "current receivables" of BPDSO, ADD and CEI, which net everything open.
   */
  readonly notYetDueCents: number;
  /** Current and overdue invoices by age (counts are invoices); disputed and credits are apart. */
  readonly buckets: readonly AgingBucketTotal[];
}

/** What the text helpers need to turn codes into words. */
export interface LedgerTextContext {
  readonly ladder: Ladder;
  readonly language: Language;
  readonly dateSystem: DateSystem;
  readonly edges: readonly number[];
  /** Bucket labels in the scan's language, Current first. */
  readonly bucketLabels: readonly string[];
  readonly minCents: number;
  /** Small-balance thresholds in cents by currency code, where they differ from `minCents`. */
  readonly minCentsByCurrency?: ReadonlyMap<string, number>;
  readonly intervalDays: number;
  /** The escalation policy the scan applied ("steps" caps a chased row's rung by the customer's stepsTaken). */
  readonly escalation: EscalationPolicy;
}

/** A customer whose name came in spellings that differ by more than case and surrounding spaces. */
export interface MergedName {
  /** The customer's name: its first spelling. */
  readonly name: string;
  /** Every spelling, in order of first appearance (case variants of one spelling counted once). */
  readonly spellings: readonly string[];
}

export interface LedgerAnalysis {
  readonly rows: LedgerRowResults;
  readonly issues: readonly LedgerIssue[];
  readonly customers: readonly CustomerSummary[];
  readonly portfolio: readonly CurrencyTotals[];
  readonly context: LedgerTextContext;
  /** Customers taken as one across spellings that differ in Unicode form, invisible characters or spacing. */
  readonly mergedNames: readonly MergedName[];
}
