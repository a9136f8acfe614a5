/*
 * The two notes the Today worklist writes to the activity register, recognised when the register
 * is read back (rows typed by hand count the same): a note whose Reason starts with "Done" (已处理)
 * says the customer was handled that day; one whose Reason starts with "Snoozed" (暂缓) keeps the
 * customer off the worklist up to and including its Due by date. Case-insensitive, leading word
 * only ("Done: left a voicemail" is a Done note; "Doneness" is not).
 */

/**
 * Whether a note's reason marks the customer handled ("Done", "已处理").
 *
 * @example
 * isDoneText("done – called, will pay Friday") //=> true
 * isDoneText("Donegal office") //=> false
 */
export function isDoneText(text: string): boolean {
  return /^\s*(?:done(?![a-z])|已处理)/i.test(text);
}

/**
 * Whether a note's reason snoozes the customer ("Snoozed", "Snooze", "暂缓").
 *
 * @example
 * isSnoozedText("Snoozed until the 10th") //=> true
 * isSnoozedText("暂缓") //=> true
 */
export function isSnoozedText(text: string): boolean {
  return /^\s*(?:snoozed?(?![a-z])|暂缓)/i.test(text);
}
