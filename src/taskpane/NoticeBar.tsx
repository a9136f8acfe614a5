import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "./notice";

export interface NoticeBarProps {
  /** The notice to show; nothing renders for null. */
  notice: Notice | null;
  /**
   * The ARIA role, for a notice that must be announced as an alert (MessageBar's own is "group";
   * it announces the text through Fluent's announcer either way).
   * @default undefined
   */
  role?: "alert" | "status";
}

/**
 * The pane's one way to show a notice: a Fluent MessageBar in the notice's intent. Always the
 * multiline layout: the auto layout measures itself with a ResizeObserver, which hosts without one
 * (the test DOM) lack, and the pane is too narrow for a single line anyway.
 */
export function NoticeBar({ notice, role }: NoticeBarProps) {
  if (notice === null) return null;
  return (
    // Spread only when given: an explicit `role={undefined}` would drop MessageBar's own role.
    <MessageBar intent={notice.intent} layout="multiline" {...(role === undefined ? {} : { role })}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
