import { defineMessages } from "../../core/messages/message";

type Currency = { currency: string };
type Dated = { date: string };
type Window = { first: string; last: string; months: number };
type Missing = { currency: string; buckets: string };
type Written = { sheet: string; count: number };
type Rolled = { rolled: string; balance: string };

/**
 * The Provision view's words, in English and Chinese. The figures (roll rates, loss rates,
 * provision) come from core/history/provisionMatrix.ts; these only label them.
 */
export const PROVISION_VIEW_MESSAGES = defineMessages({
  tab: { en: () => "Provision", zh: () => "减值准备" },
  scanFirst: {
    en: () => "Scan the ledger first: the provision matrix is built from the scan's paid history.",
    zh: () => "请先扫描台账：减值准备矩阵根据扫描出的付款历史计算。",
  },
  /** Why the table holds what it holds, in one line under the inputs. */
  intro: {
    en: () =>
      "Loss rates from how balances rolled from one aging bucket to the next between month-ends (roll rates), applied to the balances at the as-of date. Credit notes are left out.",
    zh: () => "根据各月末之间余额从一个账龄段滚入下一账龄段的比例（迁徙率）计算损失率，再乘以截至日期的余额。贷项通知单不计入。",
  },
  months: { en: () => "Months of history", zh: () => "历史月数" },
  monthsHint: { en: () => "3 to 60 month-ends up to the as-of date", zh: () => "截至日期之前的3至60个月末" },
  finalLossRate: { en: () => "Final loss rate (%)", zh: () => "最终损失率（%）" },
  finalLossRateHint: {
    en: () => "Share of the oldest bucket never collected",
    zh: () => "最长账龄段最终无法收回的比例",
  },
  adjustment: { en: () => "Forward-looking adjustment (%)", zh: () => "前瞻性调整（%）" },
  adjustmentHint: {
    en: () => "Raises (or lowers) every loss rate by this share, capped at 100%",
    zh: () => "按此比例调高（或调低）各损失率，最高为100%",
  },
  fixInputs: {
    en: () => "Correct the field above to see the provision.",
    zh: () => "请更正上面的输入项以查看减值准备。",
  },
  window: {
    en: (p: Window) => `${p.months} month-ends, ${p.first} to ${p.last}`,
    zh: (p: Window) => `${p.first}至${p.last}，共${p.months}个月末`,
    sample: { first: "2025-01-31", last: "2025-04-30", months: 4 },
  },
  noLedger: {
    en: () => "No invoice has an amount, an invoice date and a due date: there is no history to build a provision from.",
    zh: () => "没有同时具有金额、开票日期和到期日的发票：没有可用于计算减值准备的历史。",
  },
  heading: {
    en: (p: Currency) => `Provision matrix${p.currency ? ` · ${p.currency}` : ""}`,
    zh: (p: Currency) => `减值准备矩阵${p.currency ? `（${p.currency}）` : ""}`,
    sample: { currency: "USD" },
  },
  tableLabel: {
    en: (p: Currency) => `Provision matrix${p.currency ? ` ${p.currency}` : ""}`,
    zh: (p: Currency) => `减值准备矩阵${p.currency ? `（${p.currency}）` : ""}`,
    sample: { currency: "USD" },
  },
  bucket: { en: () => "Bucket", zh: () => "账龄段" },
  rollRate: { en: () => "Roll rate", zh: () => "迁徙率" },
  lossRate: { en: () => "Loss rate", zh: () => "损失率" },
  balanceAt: {
    en: (p: Dated) => `Balance at ${p.date}`,
    zh: (p: Dated) => `${p.date}余额`,
    sample: { date: "2025-04-30" },
  },
  provision: { en: () => "Provision", zh: () => "减值准备" },
  total: { en: () => "Total", zh: () => "合计" },
  /** The title of an empty rate cell: why it is empty rather than 0. */
  noHistory: {
    en: () => "No balance in this bucket in the window",
    zh: () => "窗口期内该账龄段没有余额",
  },
  /** The title of a roll-rate cell: the amounts the rate divides, so it can be checked by hand. */
  rolledOf: {
    en: (p: Rolled) => `${p.rolled} of ${p.balance} rolled into a later bucket by the next month-end`,
    zh: (p: Rolled) => `${p.balance}中有${p.rolled}在下一月末滚入更长账龄段`,
    sample: { rolled: "1,300.00", balance: "2,300.00" },
  },
  /** The oldest bucket has no roll rate: nothing is later than it. */
  oldestBucket: {
    en: () => "The oldest bucket: its loss rate is the final loss rate",
    zh: () => "最长账龄段：其损失率即最终损失率",
  },
  missingRates: {
    en: (p: Missing) =>
      `${p.currency ? `${p.currency}: ` : ""}${p.buckets} ${p.buckets.includes(",") ? "have" : "has"} a balance but no loss rate (no balance there in the window), so no provision is counted for it. Widen the months of history.`,
    zh: (p: Missing) =>
      `${p.currency ? `${p.currency}：` : ""}${p.buckets}有余额但没有损失率（窗口期内该账龄段没有余额），因此未计提减值准备。请增加历史月数。`,
    sample: { currency: "USD", buckets: "1-30, 61-90" },
  },
  snapshots: {
    en: () => "Month-end balances by bucket (where the rates come from)",
    zh: () => "各月末按账龄段的余额（迁徙率的来源）",
  },
  snapshotsLabel: {
    en: (p: Currency) => `Month-end balances${p.currency ? ` ${p.currency}` : ""}`,
    zh: (p: Currency) => `月末余额${p.currency ? `（${p.currency}）` : ""}`,
    sample: { currency: "USD" },
  },
  monthEnd: { en: () => "Month-end", zh: () => "月末" },
  insert: { en: () => "Insert provision matrix", zh: () => "插入减值准备矩阵" },
  inserting: { en: () => "Inserting…", zh: () => "正在插入…" },
  inserted: {
    en: (p: Written) =>
      `Wrote the live provision matrix (${p.count} ${p.count === 1 ? "currency" : "currencies"}) to the sheet ${p.sheet}.`,
    zh: (p: Written) => `已将实时减值准备矩阵（${p.count}种货币）写入工作表${p.sheet}。`,
    sample: { sheet: "AR Provision", count: 2 },
  },
  refreshed: {
    en: (p: Written) =>
      `Refreshed the live provision matrix (${p.count} ${p.count === 1 ? "currency" : "currencies"}) on the sheet ${p.sheet}.`,
    zh: (p: Written) => `已更新工作表${p.sheet}上的实时减值准备矩阵（${p.count}种货币）。`,
    sample: { sheet: "AR Provision", count: 2 },
  },
});
