import { defineMessages } from "../messages/message";

/**
 * Texts the pane writes INTO the register (not shown in the pane): the channel a reminder went by
 * and the reason that marks a dispute released. They are written in the register's language; the
 * released words start with what `isReleaseText` recognises, so the scan reads them back.
 */
export const ACTIVITY_LOG_WORDS = defineMessages({
  channelCopy: { en: () => "copy", zh: () => "复制" },
  channelEmail: { en: () => "email", zh: () => "邮件" },
  channelSheet: { en: () => "sheet", zh: () => "工作表" },
  released: {
    en: (p: { reason: string }) => (p.reason ? `Released: ${p.reason}` : "Released"),
    zh: (p: { reason: string }) => (p.reason ? `已解除：${p.reason}` : "已解除"),
    sample: { reason: "" },
  },
});
