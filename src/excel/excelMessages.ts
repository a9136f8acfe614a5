import { DUNNING_MESSAGES } from "../core/messages/dunningMessages";
import { defineMessages, type Message } from "../core/messages/message";

/** Why the workbook adapter refuses a scan or a report before writing anything. */
export const EXCEL_MESSAGES = defineMessages({
  badAsOf: {
    en: (p: { text: string }) => `cannot read the as-of date '${p.text}'; use yyyy-mm-dd`,
    zh: (p: { text: string }) => `无法识别基准日“${p.text}”，请使用“年-月-日”格式（如2025-06-30）`,
    sample: { text: "30/06/2025" },
  },
  ladderAddressUnreadable: {
    en: (p: { address: string }) =>
      `cannot read the ladder range '${p.address}'; give a range such as Ladder!A1:B6, or whole columns such as Ladder!A:B`,
    zh: (p: { address: string }) => `无法识别催收阶梯区域“${p.address}”；请填写两到三列的区域地址，或整列地址`,
    sample: { address: "Ladder!A1:B" },
  },
  ladderSheetMissing: {
    en: (p: { address: string; sheet: string }) =>
      `the ladder range '${p.address}' is on sheet '${p.sheet}', which this workbook does not have`,
    zh: (p: { address: string }) => `催收阶梯区域“${p.address}”所在的工作表在本工作簿中不存在`,
    sample: { address: "Ladder!A:B", sheet: "Ladder" },
  },
  ladderOneColumn: {
    en: (p: { address: string }) =>
      `the ladder range '${p.address}' is one column wide; a ladder needs days from due in its first column and the action in the second (a third may hold the Chinese action)`,
    zh: (p: { address: string }) =>
      `催收阶梯区域“${p.address}”只有一列；第一列应为距到期日天数，第二列为催收动作（第三列可填中文动作）`,
    sample: { address: "Ladder!A:A" },
  },
  ladderRangeEmpty: {
    en: (p: { address: string }) => `the ladder range '${p.address}' is empty; fill in rows of days from due | action`,
    zh: (p: { address: string }) => `催收阶梯区域“${p.address}”为空；请逐行填写距到期日天数与催收动作`,
    sample: { address: "Ladder!A:B" },
  },
  ladderRangeRow: {
    en: (p: { address: string; inner: Message }) => `in the ladder range '${p.address}': ${p.inner.en}`,
    zh: (p: { address: string; inner: Message }) => `催收阶梯区域“${p.address}”中：${p.inner.zh}`,
    sample: { address: "Ladder!A:B", inner: DUNNING_MESSAGES.rowAction({ row: 7, days: 30 }) },
  },
  resultOverlap: {
    en: () => "the result columns would overlap the ledger; choose a column outside it",
    zh: () => "结果列会与台账重叠，请选择台账以外的列",
  },
  reportNoRows: {
    en: () => "the ledger has no data rows to report on",
    zh: () => "台账中没有可用于报表的数据行",
  },
  reportNeedsCustomer: {
    en: () => "the report needs a customer column",
    zh: () => "报表需要客户列",
  },
  reportNeedsAmount: {
    en: () => "the report needs an amount column",
    zh: () => "报表需要金额列",
  },
  reportNeedsDueDate: {
    en: () => "the report needs a due-date column (due dates from terms cannot be written as formulas)",
    zh: () => "报表需要到期日列（按付款条件推算的到期日无法写成公式）",
  },
  activityUnreadable: {
    en: () => "the activity register (AR Activity sheet) could not be read; this scan did not use it",
    zh: () => "无法读取催收记录表，本次扫描未使用该表",
  },
  brokenPromisesLogged: {
    en: (p: { count: number }) =>
      p.count === 1
        ? "1 broken promise to pay was logged in the activity register"
        : `${p.count} broken promises to pay were logged in the activity register`,
    zh: (p: { count: number }) => `已在催收记录表中记下${p.count}项未兑现的付款承诺`,
    sample: { count: 2 },
  },
  provisionUserSheet: {
    en: (p: { sheet: string }) =>
      `the workbook already has a sheet '${p.sheet}' that the add-in did not make; rename it to insert the provision matrix`,
    zh: (p: { sheet: string }) => `工作簿中已有名为“${p.sheet}”的工作表，且不是本加载项创建的；请先将其改名，再插入减值准备矩阵`,
    sample: { sheet: "AR Provision" },
  },
  provisionCellInTheWay: {
    en: (p: { address: string; value: string }) =>
      `${p.address} holds '${p.value}', which the add-in did not write; move or clear it to refresh the provision matrix`,
    zh: (p: { address: string; value: string }) =>
      `单元格${p.address}中的“${p.value}”不是本加载项写入的；请移走或清除后再刷新减值准备矩阵`,
    sample: { address: "'AR Provision'!B12", value: "checked" },
  },
  brokenPromisesNotLogged: {
    en: (p: { count: number; reason: Message }) =>
      `${p.count === 1 ? "1 broken promise to pay was" : `${p.count} broken promises to pay were`} not logged in the activity register: ${p.reason.en}`,
    zh: (p: { count: number; reason: Message }) => `${p.count}项未兑现的付款承诺未能记入催收记录表：${p.reason.zh}`,
    sample: { count: 1, reason: { key: "sample", params: {}, en: "the host refused the write", zh: "写入被拒绝" } },
  },
});
