import type { Message } from "../messages/message";

/** What a register row records. */
export type ActivityKind = "reminder" | "call" | "promise" | "dispute" | "note";

/** The register's columns, in the order the add-in writes them. */
export const ACTIVITY_COLUMNS = [
  "date",
  "customer",
  "currency",
  "invoice",
  "kind",
  "level",
  "channel",
  "amount",
  "dueBy",
  "reason",
  "owner",
] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

/** One readable row of the register. */
export interface ActivityEntry {
  /** 0-based index of the row among the data rows (header excluded). */
  readonly row: number;
  /** Excel serial (whole days). */
  readonly date: number;
  /** The name as typed (trimmed). */
  readonly customer: string;
  /** customerNameKey of the name: the ledger's key. */
  readonly customerKey: string;
  /** ISO code, "" when blank (the entry applies to every currency of the customer). */
  readonly currency: string;
  /** Invoice number as text, "" when blank. */
  readonly invoice: string;
  readonly kind: ActivityKind;
  readonly level: number | null;
  readonly channel: string;
  readonly amountCents: number | null;
  readonly dueBy: number | null;
  readonly reason: string;
  readonly owner: string;
  /** The row releases a dispute (see isReleaseText). */
  readonly released: boolean;
}

/** A row the register could not read, and why. */
export interface ActivityIssue {
  readonly row: number;
  readonly column: ActivityColumn | null;
  readonly message: Message;
}

/** The register as read: good rows in order, bad rows with their reason. */
export interface ActivityRegister {
  readonly entries: readonly ActivityEntry[];
  readonly issues: readonly ActivityIssue[];
}

/** A row to add to the register (what the pane logs); absent fields are left blank. */
export interface NewActivityRow {
  readonly date: number;
  readonly customer: string;
  readonly kind: ActivityKind;
  readonly currency?: string;
  readonly invoice?: string;
  readonly level?: number;
  readonly channel?: string;
  readonly amountCents?: number;
  readonly dueBy?: number;
  readonly reason?: string;
  readonly owner?: string;
}
