import type { Language } from "../core/language";
import type { Message } from "../core/messages/message";
import type { LadderPresetName } from "../core/dunning/ladderPresets";
import type { DateSystem } from "../core/dates/excelSerial";
import type { CreditLimitEntry, CurrencyTotals, CustomerSummary, LedgerAnalysis } from "../core/ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../core/ledger/ledgerFields";
import type { LedgerIssue } from "../core/ledger/ledgerIssue";
import type { HeaderScoring } from "../core/ledger/scoreHeaders";
import type { ColumnChoice, MappingChoices } from "../core/ledger/resolveMapping";
import type { SkippedRowCounts } from "../core/ledger/reportRows";
import type { DayMonthOrder } from "../core/dates/dayMonthOrder";
import type { ReportOutcome, ReportRequest } from "./insertReport";
import type { InsertForecastOutcome, InsertForecastRequest } from "./insertForecast";
import type { InsertProvisionOutcome, InsertProvisionRequest } from "./insertProvision";
import type { LetterSettingsForm } from "../core/letters/letterSettingsFromForm";
import type { RemindersOutcome, RemindersRequest } from "./writeReminders";
import type { StatementsOutcome, StatementsRequest } from "./writeStatements";
import type { LedgerFingerprint, LedgerFreshness } from "./ledgerFingerprint";
import type { ActivityRegister, NewActivityRow } from "../core/activity/activityTypes";

/*
 * The port: everything the task pane knows of the workbook. The pane imports from src/excel this
 * module alone (ESLint enforces it), so every type and constant it needs is defined or re-exported
 * here; the adapter's modules stay free to change behind it. The adapter is built by
 * src/excel/connectExcel.ts, which only the pane's composition root (src/taskpane/index.tsx) calls.
 */

export type { ReportOutcome, ReportRequest } from "./insertReport";
export type { ColumnChoice, HeaderScoring, DayMonthOrder, SkippedRowCounts };
export type { ForecastBlock, InsertForecastOutcome, InsertForecastRequest } from "./insertForecast";
export type { InsertProvisionOutcome, InsertProvisionRequest } from "./insertProvision";
export type { ReminderSheetRow, RemindersOutcome, RemindersRequest } from "./writeReminders";
export type { StatementsOutcome, StatementsRequest } from "./writeStatements";
export type { LedgerFingerprint, LedgerFreshness } from "./ledgerFingerprint";
export type {
  ActivityEntry,
  ActivityIssue,
  ActivityKind,
  ActivityRegister,
  NewActivityRow,
} from "../core/activity/activityTypes";

/** What logging to the activity register did (appendActivityRows). */
export type LogActivityOutcome =
  | { readonly kind: "done"; readonly rowsWritten: number; readonly created: boolean }
  /** Nothing written: e.g. an `AR Activity` sheet of the user's that holds other cells and no register table. */
  | { readonly kind: "refused"; readonly text: Message };

/** A highlight band of the scan's conditional formats, and of the pane's legend of them. */
export type HighlightBand = "disputed" | "days91" | "days61" | "days31" | "days1";

/**
 * Fill colours the scan paints on the sheet (Excel colours, not theme tokens: they are cell data
 * the user sees in the workbook; the pane's legend shows the same swatches). Light enough that
 * the cells' black text stays readable. Part of the port because the legend must match the sheet.
 */
export const HIGHLIGHT_FILLS: Readonly<Record<HighlightBand, string>> = {
  days1: "#FFF2CC", // light amber
  days31: "#FFD966", // amber
  days61: "#F8CBAD", // light red
  days91: "#FF8F8F", // red
  disputed: "#D9C2EC", // purple
};

/** Bands from the top priority down: a disputed invoice is purple whatever its age. */
export const HIGHLIGHT_ORDER: readonly HighlightBand[] = ["disputed", "days91", "days61", "days31", "days1"];

/** Where the ledger is and what its header says. */
export interface LedgerLocation {
  readonly sheet: string;
  /** The whole ledger, header row included, e.g. "Sheet1!A1:H2301". */
  readonly address: string;
  /** How it was found: the table under the selection, the current region, the used range, or an address given. */
  readonly source: "table" | "region" | "usedRange" | "address";
  readonly tableName: string | null;
  /** 0-based sheet row of the header; data runs from the next row to `lastRow`. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly columnCount: number;
  readonly dataRowCount: number;
  /** Header texts, one per ledger column. */
  readonly headers: readonly string[];
  /** The mapping recognised from the headers (before the user's overrides). */
  readonly autoMapping: LedgerMapping;
  /**
   * How each header was recognised: per mapped field its column, header and score (1 = a known
   * name), and the fields two columns compete for, which the pane asks about.
   */
  readonly recognition: HeaderScoring;
  /** The sheets looked at before this one was found (the active sheet first). */
  readonly sheetsSearched: readonly string[];
}

/** A user's re-mapping: field → 0-based ledger column, or null to unmap a recognised field. */
export type MappingOverrides = MappingChoices;

export type LadderChoice =
  { readonly kind: "preset"; readonly name: LadderPresetName } | { readonly kind: "range"; readonly address: string };

/**
 * The pane's settings, saved in the workbook so they travel with it: in a custom XML part of ours
 * (settingsStore.ts; workbook settings on hosts before ExcelApi 1.5, and read from there once).
 */
export interface PaneSettings {
  /** Last ledger address the user confirmed or chose; null = find it from the selection. */
  readonly ledgerAddress: string | null;
  readonly mappingOverrides: MappingOverrides;
  readonly ladder: LadderChoice;
  readonly minAmount: number;
  readonly keyAccounts: readonly string[];
  /** null = follow Office's display language. */
  readonly language: Language | null;
  /** The order of day-month text dates that read either way (03/04/2025); null until the user says. */
  readonly dateOrder: DayMonthOrder | null;
  /** Aging bucket edges in days past due, for the scan, the dashboard and the AR Summary. */
  readonly agingEdges: readonly number[];
  /** Review a customer when overdue reaches this share of its credit limit (0.1 = 10 %). */
  readonly reviewThreshold: number;
  /** A customer reminded fewer than this many days before as-of waits. */
  readonly minReminderIntervalDays: number;
  /** Days a promise to pay holds dunning after its due-by date before it is broken. */
  readonly promiseGraceDays: number;
  /** Small-balance thresholds per currency; other currencies take `minAmount`. */
  readonly smallBalanceByCurrency: readonly CurrencyAmount[];
  /** A range of (customer, currency, limit) rows, e.g. "Limits!A1:C40"; null = none. */
  readonly creditLimitRange: string | null;
  /** The scan's next step: one recorded step at a time ("steps"), or the rung the age reaches ("age"). */
  readonly escalation: "steps" | "age";
}

/** An amount in one currency (a threshold per currency). */
export interface CurrencyAmount {
  readonly currency: string;
  readonly amount: number;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = {
  ledgerAddress: null,
  mappingOverrides: {},
  ladder: { kind: "preset", name: "standard" },
  minAmount: 0,
  keyAccounts: [],
  language: null,
  dateOrder: null,
  agingEdges: [30, 60, 90],
  reviewThreshold: 0.1,
  minReminderIntervalDays: 7,
  promiseGraceDays: 3,
  // Below about 50 US dollars chasing costs more than it brings. The scan's step, the dashboard
  // and the letters all read this one setting (editable in the pane); a saved list replaces it.
  smallBalanceByCurrency: [
    { currency: "USD", amount: 50 },
    { currency: "EUR", amount: 50 },
    { currency: "GBP", amount: 50 },
    { currency: "CHF", amount: 50 },
    { currency: "CAD", amount: 50 },
    { currency: "AUD", amount: 50 },
    { currency: "CNY", amount: 300 },
    { currency: "HKD", amount: 400 },
    { currency: "JPY", amount: 7500 },
  ],
  creditLimitRange: null,
  escalation: "steps",
};

export interface ScanRequest {
  readonly location: LedgerLocation;
  readonly mappingOverrides: MappingOverrides;
  /** The as-of date, yyyy-mm-dd; converted to a serial in the workbook's date system. */
  readonly asOfIso: string;
  readonly ladder: LadderChoice;
  readonly minAmount: number;
  readonly keyAccounts: readonly string[];
  /** Language of the written headers and texts. */
  readonly language: Language;
  /** 0-based sheet column for the first result column; default: right of the ledger. */
  readonly resultColumn?: number;
  /** The user's answer for day-month text dates that read either way; null or absent until asked. */
  readonly dateOrder?: DayMonthOrder | null;
  /** Aging edges. @default [30, 60, 90] */
  readonly agingEdges?: readonly number[];
  /** @default 0.1 */
  readonly reviewThreshold?: number;
  /** @default 7 */
  readonly minReminderIntervalDays?: number;
  /** @default [] (every currency takes minAmount) */
  readonly smallBalanceByCurrency?: readonly CurrencyAmount[];
  /** A range of (customer, currency, limit) rows read with the scan. @default null */
  readonly creditLimitRange?: string | null;
  /** Days a promise to pay holds dunning after its due-by date before it is broken. @default 3 */
  readonly promiseGraceDays?: number;
  /** Escalation never skips the recorded steps ("steps"), or follows the invoice's age ("age"). @default "steps" */
  readonly escalation?: "steps" | "age";
}

export interface ScanProgress {
  readonly phase: "reading" | "analyzing" | "writing" | "clearing";
  readonly done: number;
  readonly total: number;
}

export interface ScanHooks {
  readonly onProgress?: (progress: ScanProgress) => void;
  readonly signal?: AbortSignal;
}

/** An issue with the cell it is about. */
export interface AddressedIssue extends LedgerIssue {
  /** e.g. "Sheet1!C5". */
  readonly address: string;
  readonly firstAddress?: string;
}

/**
 * The ledger as the last scan read it: raw data rows (header excluded, as Office.js gave them), the
 * column mapping, and the core's analysis of those rows. Views compute from this with src/core; they
 * never read the workbook themselves.
 */
export interface ScannedLedger {
  readonly rows: readonly (readonly unknown[])[];
  /**
   * Field → column of `rows`. A column at or past `columnCount` is not on the sheet: the scan
   * made it (a customer named only on heading rows, a status from a dispute flag).
   */
  readonly mapping: LedgerMapping;
  /** Columns of the ledger on the sheet. */
  readonly columnCount: number;
  readonly analysis: LedgerAnalysis;
  /** As-of date serial in the workbook's date system. */
  readonly asOf: number;
  readonly dateSystem: DateSystem;
  readonly sheet: string;
  /** 0-based sheet row and column of the first data row's first ledger cell (for addresses). */
  readonly firstDataRow: number;
  readonly firstColumn: number;
  /**
   * 0-based sheet column of the scan's first result column, `Days overdue`: a number ≥ 0 on each
   * row the scan accepted, "" on rows listed in Issues. The AR Summary formulas test it to leave
   * those rows out of their sums, as the dashboard does.
   */
  readonly resultColumn: number;
  /**
   * The activity register (`AR Activity` sheet) as the scan read it: its readable rows (all of them,
   * dated before or after as-of) and the rows it could not read, with the reason. null when the
   * workbook has no register yet. Today and the collection KPIs compute from this.
   */
  readonly activity?: ActivityRegister | null;
  /** The promise grace the scan applied (days after due-by); Today and the KPIs judge promises with it. */
  readonly promiseGraceDays?: number;
  /**
   * The credit-limit table the scan read (the pane's limit range), financial columns included: the
   * recommended limits (src/core/credit/customerCreditLimits.ts) cap by them. Absent without one.
   */
  readonly creditLimitTable?: readonly CreditLimitEntry[];
}

export type ScanOutcome =
  | {
      readonly kind: "done";
      readonly resultAddress: string;
      readonly asOfIso: string;
      readonly rowsWritten: number;
      readonly issues: readonly AddressedIssue[];
      readonly customers: readonly CustomerSummary[];
      readonly portfolio: readonly CurrencyTotals[];
      /** What the scan read and computed, for the views that build on it (dashboard, reminders, forecast). */
      readonly ledger: ScannedLedger;
      /**
       * How the export was read: date order per column, decimal commas, report rows set aside, the
       * export's grand total against the scan's own — each said once, in both languages.
       */
      readonly readings: readonly Message[];
      /** What only the user can settle (day-month dates that read either way; a choice whose column is gone). */
      readonly questions: readonly Message[];
      /** Rows that are not invoices (headings, subtotals, totals, repeated headers), left out and counted. */
      readonly skipped: SkippedRowCounts;
    }
  /** Nothing was written: `address` holds `value`, which the scan did not write. */
  | { readonly kind: "occupied"; readonly address: string; readonly value: string }
  /** Nothing is left written (a partial write was removed again). */
  | { readonly kind: "cancelled" }
  /**
   * The settings cannot yield a scan (e.g. no customer column, a bad ladder range); nothing written.
   * `message` is the English reason; `text` holds it in both languages for the pane to show.
   */
  | { readonly kind: "invalid"; readonly message: string; readonly text: Message };

export type LocateOutcome =
  | { readonly kind: "found"; readonly location: LedgerLocation }
  /** badAddress: the address given cannot be read or its sheet does not exist; noHeader: no row with three known headers. */
  | { readonly kind: "notFound"; readonly reason: "badAddress" | "noHeader"; readonly address: string };

export interface ClearOutcome {
  /** Result ranges removed, e.g. ["Sheet1!I1:L2301"]; empty when nothing was there. */
  readonly removed: readonly string[];
  /** Cells inside them left as they are: not proved ours (typed over, or in rows inserted since). */
  readonly kept?: readonly string[];
}

/**
 * The workbook as the pane sees it: a port (STYLE.md, ports and adapters). The pane receives one
 * by props/context and never calls Excel.run; `createExcelLedgerWorkbook` implements it.
 */
export interface LedgerWorkbook {
  /** Finds the ledger: the given address, else the table under the selection, the current region, the used range. */
  locateLedger(address?: string): Promise<LocateOutcome>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  scan(request: ScanRequest, hooks?: ScanHooks): Promise<ScanOutcome>;
  /** Removes every result column, conditional format and note the scans added, and their records. */
  clear(hooks?: ScanHooks): Promise<ClearOutcome>;
  /** Activates the sheet and selects the cell (for the Issues view). */
  selectCell(address: string): Promise<void>;
  /** Creates or refreshes the AR Summary sheet (live AR.* formulas and aging charts) over the scanned ledger. */
  insertReport(request: ReportRequest): Promise<ReportOutcome>;
  /** The reminder letters' settings (signature block, options, letter language), kept in the workbook. */
  loadLetterSettings(): Promise<LetterSettingsForm>;
  saveLetterSettings(settings: LetterSettingsForm): Promise<void>;
  /** Creates or refreshes the Reminders sheet (one row per letter, all text); refuses over user data. */
  writeReminders(request: RemindersRequest): Promise<RemindersOutcome>;
  /**
   * Creates or refreshes the Statements sheet (one statement of account per customer, all text, a page
   * break between customers); refuses over user data. Optional: a port without it shows no button.
   */
  writeStatements?(request: StatementsRequest): Promise<StatementsOutcome>;
  /** Writes live AR.CASHFORECAST formulas (one per currency) on the AR Summary sheet from column T; refuses over user data. */
  insertForecast(request: InsertForecastRequest): Promise<InsertForecastOutcome>;
  /**
   * The scanned ledger's fingerprint (its rows and a hash of its mapped columns), taken right after
   * the scan; null when its sheet is gone. Optional, with `ledgerFreshness`: a port without them
   * never says stale.
   */
  ledgerFingerprint?(ledger: ScannedLedger): Promise<LedgerFingerprint | null>;
  /** Whether the ledger is still what the fingerprint says: rows edited, added or removed since make the results stale. */
  ledgerFreshness?(fingerprint: LedgerFingerprint): Promise<LedgerFreshness>;
  /**
   * Appends rows to the activity register (the `ARActivity` table on the `AR Activity` sheet),
   * creating it with headers in `language` the first time. Texts are written as text (never a
   * formula). Optional: a port without it logs nothing and the pane says so.
   */
  logActivity?(rows: readonly NewActivityRow[], language: Language): Promise<LogActivityOutcome>;
  /**
   * Creates or refreshes the AR Provision sheet: per currency, month-end snapshots → roll rates →
   * loss rates → provision as live formulas over the ledger; a user's own sheet of that name is
   * refused, never written over. Optional: a port without it shows no Insert button.
   */
  insertProvision?(request: InsertProvisionRequest): Promise<InsertProvisionOutcome>;
}
