import type { DiscountFacts, InterestFacts, LetterFacts, LetterWords, PlanFacts } from "./letterWords";
import { LETTER_TONE_NAMES } from "./letterToneNames";

/**
 * 简体中文催款函措辞。按国内财务往来函件的习惯写：温馨提示和友好提醒语气客气、体谅对方可能的
 * 资金困难；第二次通知起写明金额、付款期限和逾期后果；正式催款函和最后通知用"特此函告"收尾。
 * 每封函都请对方提出异议，并说明如已付款可忽略。
 */

function theInvoices(f: LetterFacts): string {
  if (f.count === 1) return f.invoiceNumber === null ? "以下发票" : `发票${f.invoiceNumber}`;
  return `以下${f.count}张发票`;
}

/** "此前我们已发出2次提醒，最近一次为2025年6月12日。" 或 null（台账未记录时）。 */
function earlierReminders(f: LetterFacts): string | null {
  if (f.reminders > 1 && f.lastReminded !== null) return `此前我们已就此发出${f.reminders}次提醒，最近一次为${f.lastReminded}。`;
  if (f.lastReminded !== null) return `我们已于${f.lastReminded}就此致函提醒贵司。`;
  if (f.reminders > 0) return `此前我们已就此发出${f.reminders}次提醒。`;
  return null;
}

/** "王芳（电话：010-1234 5678，邮箱：wang@acme.example）" 或 "我们"。 */
function reach(f: LetterFacts): string {
  const ways = [
    f.senderPhone === null ? null : `电话：${f.senderPhone}`,
    f.senderEmail === null ? null : `邮箱：${f.senderEmail}`,
  ].filter((w): w is string => w !== null);
  const who = f.senderContact ?? "我们";
  return ways.length === 0 ? who : `${who}（${ways.join("，")}）`;
}

/** "经我方于2025年6月20日提醒" / "经我方多次提醒（最近一次为…）" */
function formalEarlier(f: LetterFacts): string {
  if (f.reminders > 1) return `经我方多次提醒${f.lastReminded === null ? "" : `（最近一次为${f.lastReminded}）`}`;
  return f.lastReminded === null ? "经我方提醒" : `经我方于${f.lastReminded}提醒`;
}

/** The tone names the pane lists: each subject opens with its tone's name. */
const TONE = LETTER_TONE_NAMES.zh;

const formalTone = (f: LetterFacts): boolean => f.tone === "formal" || f.tone === "final";
const hasEarlier = (f: LetterFacts): boolean => f.reminders > 0 || f.lastReminded !== null;

export const LETTER_WORDS_ZH: LetterWords = {
  subject(f) {
    switch (f.tone) {
      case "courtesy":
        return f.count === 1 && f.invoiceNumber !== null
          ? `${TONE.courtesy}：发票${f.invoiceNumber}将于${f.firstDue}到期`
          : `${TONE.courtesy}：${f.count}张发票将于${f.firstDue}${f.sameDue ? "" : "起陆续"}到期`;
      case "friendly":
        return `${TONE.friendly}：逾期款项${f.net}`;
      case "firm":
        return `${TONE.firm}：逾期款项${f.net}`;
      case "formal":
        return `${TONE.formal}：逾期款项${f.net}`;
      case "final":
        return f.keyAccount ? `${TONE.final}：逾期款项${f.net}` : `${TONE.final}：逾期款项${f.net}，逾期未付将移交第三方处理`;
    }
  },

  greeting(f) {
    if (formalTone(f)) return `${f.customer}：`;
    return f.contact !== null ? `尊敬的${f.contact}：` : `${f.customer}财务部：`;
  },

  opening(f) {
    const earlier = earlierReminders(f);
    switch (f.tone) {
      case "courtesy":
        return [
          `您好！${theInvoices(f)}将于${f.firstDue}${f.sameDue ? "" : "起陆续"}到期。特此提前告知，方便贵司预留审批和付款时间。`,
        ];
      case "friendly":
        return [
          `您好！经核对，${theInvoices(f)}已过付款期，合计${f.invoiced}。可能是付款流程尚在审批中，或一时疏忽未及处理，特此友好提醒。` +
            (earlier ?? ""),
        ];
      case "firm":
        return earlier !== null
          ? [`您好！${earlier.slice(0, -1)}，但截至${f.asOf}仍未收到款项。贵司目前逾期未付金额为${f.net}。`]
          : [
              `您好！截至${f.asOf}，我们仍未收到${theInvoices(f)}的款项，${f.count === 1 ? "" : "其中最长"}已逾期${f.maxDays}天。贵司目前逾期未付金额为${f.net}。`,
            ];
      case "formal":
        return [
          (hasEarlier(f)
            ? `${formalEarlier(f)}，贵司仍有${f.net}款项逾期未付，`
            : `截至${f.asOf}，贵司仍有${f.net}款项逾期未付，`) +
            `${f.count === 1 ? "该发票" : "其中最长"}已逾期${f.maxDays}天。现特函正式要求贵司付清全部欠款。`,
        ];
      case "final":
        return [
          "最后通知：" +
            (hasEarlier(f)
              ? `尽管我们此前已${f.reminders > 1 ? "多次" : ""}提醒${f.lastReminded === null ? "" : `（最近一次为${f.lastReminded}）`}，`
              : "") +
            `贵司仍有${f.net}款项未付，${f.count === 1 ? "该发票" : "最早的一张发票"}已逾期${f.maxDays}天。`,
        ];
    }
  },

  paragraphs(f) {
    switch (f.tone) {
      case "courtesy":
        return [
          `即将到期金额合计${f.net}。如核对无误，无需回复，届时按上表所列到期日付款即可${f.hasBank ? "，收款账户见文末" : ""}。`,
        ];
      case "friendly":
        return [
          `烦请于${f.payBy}前安排支付${f.net}${f.hasBank ? "，收款账户见文末" : ""}。`,
          "如贵司近期资金周转暂时有困难，请直接告诉我们，我们很愿意一起商量一个可行的付款安排。",
        ];
      case "firm":
        return [
          `请于${f.payBy}前支付${f.net}，并告知我们具体付款日期。`,
          `如付款因发票疑问或资金安排而延迟，请尽快与${reach(f)}联系，以便双方商定解决办法。`,
          "请注意，逾期款项未结清期间，我们可能需要重新评估贵司的信用额度和付款账期。",
        ];
      case "formal":
        return [
          `请于${f.payBy}前将${f.net}足额支付至${f.hasBank ? "下列账户" : "我司账户"}。`,
          "如届时仍未收到款项，我们将暂停贵司账户的赊销和后续供货，并依照合同约定计收逾期利息及催收费用。",
          `如贵司无法在该日期前全额付款，请务必在此之前与${reach(f)}联系协商。`,
        ];
      case "final":
        return [
          f.keyAccount
            ? `如我们在${f.payBy}前仍未收到全部款项，我方管理层将直接与贵司管理层沟通此事，并暂停对贵司的一切赊销供货。`
            : `如我们在${f.payBy}前仍未收到全部款项，将不再另行通知，直接${f.referral === "legal" ? "通过法律途径（诉讼或仲裁）追讨该笔欠款" : "将该笔欠款移交专业催收机构处理"}，由此产生的费用及逾期利息可能由贵司承担。`,
          `如贵司确有困难、无法一次付清，请务必在此日期前与${reach(f)}联系——这是双方直接协商解决的最后机会。`,
        ];
    }
  },

  disputeInvite(f) {
    switch (f.tone) {
      case "courtesy":
        return "如对发票内容有任何疑问，请尽早告知，我们会在到期前核实处理。";
      case "friendly":
        return "如对上述发票有任何异议，或需我方先提供资料才能付款，请直接回复本邮件，我们会尽快处理。";
      case "firm":
        return `如对其中任何发票有异议，请于${f.payBy}前告知具体发票及原因，我们会立即核查。`;
      default:
        return `如对其中任何发票有异议，请于${f.payBy}前以书面形式告知具体理由；无争议部分仍应按时足额支付。`;
    }
  },

  ignoreIfPaid(f) {
    switch (f.tone) {
      case "courtesy":
        return "如贵司已安排付款，谨致谢意，请忽略本提示。";
      case "friendly":
        return "如贵司已于近日付款，请忽略本提醒，并感谢您的支持。";
      case "firm":
        return "如贵司已于近日付款，请忽略本通知，谨致谢意。";
      default:
        return "如贵司已于近日付款，请忽略本函，谨致谢意。";
    }
  },

  closing(f) {
    if (f.tone === "courtesy" || f.tone === "friendly") return "感谢配合，顺祝商祺！";
    if (f.tone === "firm") return "顺祝商祺！";
    return "特此函告。";
  },

  invoiceColumns: (courtesy) => ["发票号", "开票日期", "到期日", "未付金额", courtesy ? "距到期天数" : "逾期天数"],
  sectionColumns: ["发票号", "开票日期", "到期日", "未付金额"],
  creditColumns: ["红字发票号", "日期", "金额"],
  noNumber: "（无编号）",
  noDate: "—",
  creditCaption: () => "以下红字发票（贷项）尚未使用，已在应付金额中扣减：",
  disputedCaption: () => "以下发票目前存在争议，未计入应付金额。我们正在核实，将另行与贵司沟通：",
  notYetDueCaption: () => "另有以下发票尚未到期，未计入应付金额，仅供参考：",
  promisedCaption: () => "以下发票贵司已承诺付款，谨致谢意，未计入应付金额：",
  totalLabels: (courtesy) => ({
    invoiced: courtesy ? "即将到期发票合计" : "逾期发票合计",
    credit: "减：红字发票（贷项）",
    demanded: courtesy ? "到期应付金额" : "应付金额合计",
    disputed: "争议中（未计入）",
    promised: "已承诺付款（未计入）",
    notYetDue: "未到期（未计入）",
  }),

  currencyCaption: (currency) => `${currency}款项：`,
  subtotalLabel: (currency, courtesy) => (courtesy ? `${currency}到期应付合计` : `${currency}应付金额合计`),
  amountList: (amounts) =>
    amounts.length <= 1 ? (amounts[0] ?? "") : `${amounts.slice(0, -1).join("、")}及${amounts[amounts.length - 1]}`,

  interestIntro(i: InterestFacts) {
    const rate =
      i.rate === null
        ? "按各期适用利率"
        : i.basis === "daily"
          ? `按日利率${i.rate}`
          : `按年利率${i.rate}${i.dayCount === 360 ? "（一年按360天计）" : ""}`;
    const fee = i.fee === null ? "" : `，另每张发票收取固定补偿金${i.fee}`;
    return `根据双方约定，逾期款项${rate}计收逾期利息${fee}。截至${i.asOf}，逾期利息合计${i.total}，明细如下：`;
  },
  interestColumns: ["发票号", "逾期天数", "利息"],
  interestNote(i: InterestFacts) {
    if (i.tone === "friendly") return `如贵司于${i.payBy}前付清款项，我们将免收上述利息。`;
    if (i.tone === "firm") return "利息将持续计算至实际付款之日。";
    return `利息按日持续计算至实际付款之日；如${i.payBy}前仍未付款，我们将一并追索。`;
  },

  planIntro(p: PlanFacts) {
    const every = p.intervalMonths === 1 ? "按月" : `每${p.intervalMonths}个月`;
    const rate = p.rate === null ? "" : `（按年利率${p.rate}计息）`;
    return `如一次性付清确有困难，我们可以接受将${p.net}分${p.installments}期${every}支付${rate}，安排如下：`;
  },
  planColumns: ["期数", "付款日", "金额"],
  planNote: (p: PlanFacts) => `如同意按此方案付款，请回复确认，并于${p.firstDue}前支付首期款项。`,

  discountNote: (d: DiscountFacts) =>
    `另提示：今后的订单自开票之日起${d.days}天内付款，可享受${d.percent}的现金折扣；否则应于${d.netDays}天内付清全款。`,

  signatureLabels: {
    phone: "电话",
    email: "邮箱",
    bank: "收款账户",
    accountName: "户名",
    bankName: "开户行",
    accountNumber: "账号",
    swift: "SWIFT代码",
  },
};
