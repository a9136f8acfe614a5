import { createContext, useContext } from "react";
import type { LedgerWorkbook } from "../excel/ledgerWorkbook";
import { MESSAGES, type Messages } from "./messages";

/** The workbook port the pane works through; null outside Excel (the pane then says so). */
export const WorkbookContext = createContext<LedgerWorkbook | null>(null);

/** The message catalogue of the current UI language. */
export const MessagesContext = createContext<Messages>(MESSAGES.en);

export function useWorkbook(): LedgerWorkbook | null {
  return useContext(WorkbookContext);
}

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
