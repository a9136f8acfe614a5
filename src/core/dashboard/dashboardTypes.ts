import type { AgingBucketTotal, CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import type { RiskGrade } from "../risk/riskGrade";
import type { RiskFactors } from "./riskFactors";

export interface DashboardOptions {
  /** The as-of serial; must be the one the analysis was made at. */
  readonly asOf: number;
  /** Length of the trailing window in days. @default 90 */
  readonly trailingDays?: number;
  /** Largest customer's share above which concentration is flagged. @default 0.2 */
  readonly concentrationFlag?: number;
  /** How many customers the top-overdue list holds. @default 10 */
  readonly topN?: number;
}

/** The trailing window's inputs (see dashboardFigures for which rows count). */
export interface TrailingWindow {
  /** Window start serial, excluded: the window is (start, asOf]. */
  readonly start: number;
  readonly end: number;
  readonly days: number;
  /** B: open at the window start. */
  readonly openAtStart: number;
  /** S: invoiced in the window, credit notes netted. */
  readonly invoiced: number;
  /** E: open at as-of (the portfolio's open). */
  readonly open: number;
  /** E current: open and not yet due at as-of (due ≥ as-of), credit notes and disputes included. */
  readonly current: number;
}

export interface Concentration {
  /** Largest customer's share of the positive balances; null when no customer has one. */
  readonly share: number | null;
  readonly customer: string | null;
  /** share > the flag (strictly over 20% by default). */
  readonly flagged: boolean;
}

/**
 * Everything the dashboard shows for one currency (currencies are never added together). Open,
 * overdue, disputed and credits are as src/core/ledger/balances.ts defines them:
 * open = Σ buckets + disputed + credits, overdue = Σ past-due buckets.
 */
export interface CurrencyDashboard {
  readonly currency: string;
  /** Open balance, credit notes netted, disputed included. */
  readonly open: number;
  /** Undisputed invoices past due (credit notes not netted). */
  readonly overdue: number;
  /** overdue / open; 0 when the open balance is 0 or less. */
  readonly overduePct: number;
  /** Disputed invoices, shown apart. */
  readonly disputed: number;
  readonly disputedCount: number;
  /** Credit notes (≤ 0), shown apart. */
  readonly credits: number;
  readonly creditNoteCount: number;
  /** Current and overdue invoices by age; disputed and credit notes are their own lines. */
  readonly buckets: readonly AgingBucketTotal[];
  /** null when the ledger has no invoice dates. */
  readonly window: TrailingWindow | null;
  /** Days; null without invoice dates or with nothing invoiced in the window. */
  readonly dso: number | null;
  readonly bpdso: number | null;
  readonly add: number | null;
  /** Fraction; null without paid dates (or invoice dates), or when nothing was collectable. */
  readonly cei: number | null;
  /** Customers with something overdue, most overdue first (ties by name), at most topN. */
  readonly topOverdue: readonly CustomerSummary[];
  readonly concentration: Concentration;
  /** Open balance above the credit limit (credit use > 1), highest use first. */
  readonly overLimit: readonly CustomerSummary[];
  /** Overdue reached the review threshold of the limit, as the scan flagged them. */
  readonly reviewFlagged: readonly CustomerSummary[];
  readonly riskGrades: {
    readonly counts: Readonly<Record<RiskGrade, number>>;
    /** Riskiest first (score descending, then name). */
    readonly customers: readonly RiskFactors[];
  };
}
