/**
 * What a view tells the analyst after an action: one line, with the intent the pane's message bar
 * shows it in. Every view keeps at most one, through `useAsyncAction`, and shows it with `NoticeBar`.
 */
export interface Notice {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly text: string;
}
