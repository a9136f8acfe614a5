import { DATE_TEXT_MESSAGES } from "../../../src/core/dates/dateTextMessages";
import { tableOf, type MessageTable } from "../../../src/core/messages/message";

/* The day-month message table, rendered from its samples as test/core/messages/everyMessage walks
   the tables in src/core/messages: English without Chinese, Chinese without Latin words beyond the
   parameter values (the cell's text, the two dates to write). */

const table = tableOf(DATE_TEXT_MESSAGES) as MessageTable;

test.each(Object.keys(table))("%s renders in both languages", (key) => {
  const texts = table[key];
  const params = texts.sample as Record<string, string>;
  const en = texts.en(params);
  let zh = texts.zh(params);
  for (const value of Object.values(params)) zh = zh.split(value).join("");
  expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  expect(zh).not.toMatch(/[A-Za-z]/);
  expect(zh).not.toMatch(/[\u4e00-\u9fff][,;:()'"]|[,;:()'"][\u4e00-\u9fff]/);
});
