import { defineMessages } from "../../core/messages/message";

type Count = { count: number };
type Named = { customer: string };
type Days = { days: number };
type Dated = { date: string };
type Step = { step: string };
type Email = { email: string };
type Amounts = { overdue: string; open: string };

/** The Today view's words, in English and Chinese (the core's reasons and flags are in TODAY_MESSAGES). */
export const TODAY_VIEW_MESSAGES = defineMessages({
  tab: { en: () => "Today", zh: () => "今日" },
  scanFirst: {
    en: () => "Scan the ledger first: today's worklist is built from the scan and the activity register.",
    zh: () => "请先扫描台账：今日工作清单根据扫描结果和活动登记表生成。",
  },
  count: {
    en: (p: Count) => `${p.count} ${p.count === 1 ? "customer" : "customers"} to act on today`,
    zh: (p: Count) => `今天有${p.count}位客户需要跟进`,
    sample: { count: 3 },
  },
  nothingToDo: {
    en: () => "Nothing to do today: no customer needs chasing, or every one has been handled or snoozed.",
    zh: () => "今天没有待办：没有需要催收的客户，或都已处理、已暂缓。",
  },
  /** The list's accessible name (a browser test finds the list by it). */
  worklist: { en: () => "Today's worklist", zh: () => "今日工作清单" },
  /** How the pane dates what it logs (the lead's decision: the scan's as-of day). */
  asOfHelp: {
    en: (p: Dated) =>
      `Worked as of ${p.date}, the scan's as-of date: what you log here is dated that day, so a rescan with the same as-of date sees it.`,
    zh: (p: Dated) => `按扫描的截至日期${p.date}处理：在此记录的事项都以该日期登记，用同一截至日期重新扫描即可看到。`,
    sample: { date: "2025-07-12" },
  },
  step: {
    en: (p: Step) => `Next step: ${p.step}`,
    zh: (p: Step) => `下一步：${p.step}`,
    sample: { step: "Second written reminder" },
  },
  email: {
    en: (p: Email) => `Email: ${p.email}`,
    zh: (p: Email) => `邮箱：${p.email}`,
    sample: { email: "ap@acme.example" },
  },
  noEmail: { en: () => "No email in the ledger", zh: () => "台账中没有邮箱" },
  /** One currency's line: overdue, then the open balance (credit notes netted). */
  amounts: {
    en: (p: Amounts) => `${p.overdue} overdue · ${p.open} open`,
    zh: (p: Amounts) => `逾期${p.overdue}，未结余额${p.open}`,
    sample: { overdue: "$1,200.00", open: "$1,500.00" },
  },
  draftLetter: { en: () => "Draft letter", zh: () => "起草催款函" },
  logCall: { en: () => "Log call", zh: () => "记录电话" },
  done: { en: () => "Done", zh: () => "已处理" },
  snooze: { en: () => "Snooze", zh: () => "暂缓" },
  snoozeFor: { en: () => "Snooze for", zh: () => "暂缓天数" },
  snoozeDays: {
    en: (p: Days) => `${p.days} ${p.days === 1 ? "day" : "days"}`,
    zh: (p: Days) => `${p.days}天`,
    sample: { days: 3 },
  },
  loggingUnavailable: {
    en: () => "Logging is not available here: this workbook's activity register cannot be written from the pane.",
    zh: () => "此处无法记录：无法从任务窗格写入此工作簿的活动登记表。",
  },
  loggedCall: {
    en: (p: Named) => `Logged a call to ${p.customer} — rescan to apply.`,
    zh: (p: Named) => `已记录与“${p.customer}”的电话，重新扫描后生效。`,
    sample: { customer: "Acme Ltd" },
  },
  loggedDone: {
    en: (p: Named) => `Marked ${p.customer} done for today — rescan to apply.`,
    zh: (p: Named) => `已将“${p.customer}”标记为今日已处理，重新扫描后生效。`,
    sample: { customer: "Acme Ltd" },
  },
  loggedSnooze: {
    en: (p: Named & Dated) => `Snoozed ${p.customer} until ${p.date} — rescan to apply.`,
    zh: (p: Named & Dated) => `已将“${p.customer}”暂缓至${p.date}，重新扫描后生效。`,
    sample: { customer: "Acme Ltd", date: "2025-07-15" },
  },
});
