import { defineMessages } from "./message";

/**
 * Month-end snapshots, roll rates, loss rates and the provision matrix built from the ledger's
 * history (issue #19). Argument names stay as the function's signature shows them in both languages.
 */
export const HISTORY_MESSAGES = defineMessages({
  monthEndsOrder: {
    en: (p: { first: string; last: string }) =>
      `first_month_end (${p.first}) must be in the same month as last_month_end (${p.last}) or before it`,
    zh: (p: { first: string; last: string }) => `first_month_end（${p.first}）不能晚于last_month_end（${p.last}）所在的月份`,
    sample: { first: "2025-04-30", last: "2025-01-31" },
  },
  monthEndsTooFew: {
    en: (p: { only: string }) =>
      `first_month_end and last_month_end must span at least two month-ends, so that one month can roll into the next; both are in the month ending ${p.only}`,
    zh: (p: { only: string }) =>
      `first_month_end与last_month_end之间至少要有两个月末，才能计算一个月到下一个月的迁徙；两者都在截至${p.only}的月份`,
    sample: { only: "2025-01-31" },
  },
  monthEndsTooMany: {
    en: (p: { max: number }) => `first_month_end and last_month_end span more than ${p.max} month-ends; choose a shorter history`,
    zh: (p: { max: number }) => `first_month_end与last_month_end之间超过${p.max}个月末，请缩短期间`,
    sample: { max: 600 },
  },
  monthsRange: {
    en: (p: { name: string; max: number; got: string }) =>
      `${p.name} must be a whole number of month-ends from 2 to ${p.max}; got ${p.got}`,
    zh: (p: { name: string; max: number; got: string }) => `${p.name}必须是2至${p.max}之间的整数个月末，当前为${p.got}`,
    sample: { name: "months", max: 600, got: "1" },
  },
  finalLossRateRange: {
    en: (p: { name: string; got: string }) => `${p.name} must be between 0 and 1 (e.g. 100% or 1); got ${p.got}`,
    zh: (p: { name: string; got: string }) => `${p.name}必须在0至1之间（如100%或1），当前为${p.got}`,
    sample: { name: "final_loss_rate", got: "1.5" },
  },
  adjustmentRange: {
    en: (p: { name: string; got: string }) => `${p.name} must be -1 or more (e.g. 0.1 to raise the rates by 10%); got ${p.got}`,
    zh: (p: { name: string; got: string }) => `${p.name}必须不小于-1（如0.1表示损失率上调10%），当前为${p.got}`,
    sample: { name: "adjustment", got: "-2" },
  },
  rollRateRange: {
    en: (p: { label: string; got: string }) =>
      `roll_rates must be between 0 and 1 (e.g. 40% or 0.4); got ${p.got} for ${p.label}`,
    zh: (p: { label: string; got: string }) => `roll_rates必须在0至1之间（如40%或0.4），${p.label}的迁徙率当前为${p.got}`,
    sample: { label: "31-60", got: "1.2" },
  },
  rollRatesEmpty: {
    en: () => "roll_rates holds no rate: give one roll rate per bucket except the oldest, or the AR.ROLLRATES table",
    zh: () => "roll_rates中没有迁徙率：请按区间（最久逾期区间除外）逐个给出迁徙率，或直接引用AR.ROLLRATES的结果表",
  },
  rateTableShape: {
    en: (p: { name: string; shape: string }) =>
      `${p.name} must be one row or one column of rates, or a table with the bucket in its first column and the rate in its second; got ${p.shape}`,
    zh: (p: { name: string; shape: string }) =>
      `${p.name}必须是一行或一列比率，或首列为账龄区间、第二列为比率的表；当前为${p.shape}`,
    sample: { name: "loss_rates", shape: "3×3" },
  },
  noLossRate: {
    en: (p: { label: string; balance: string }) =>
      `no loss rate for ${p.label}: its balance is ${p.balance} but its rate is blank (a roll rate on the way to the oldest bucket had no balance to measure); type a rate for it`,
    zh: (p: { label: string; balance: string }) =>
      `${p.label}没有损失率：该区间余额为${p.balance}，但损失率为空（通往最久逾期区间的某个迁徙率没有余额可计算），请为其填入损失率`,
    sample: { label: "61-90", balance: "2000.00" },
  },
});
