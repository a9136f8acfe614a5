import { checkAsOf, isoDateSerial } from "../../../src/core/dashboard/asOfPlausibility";
import { messageText } from "../../../src/core/messages/message";

/* Serials (1900 system): 1900-01-01 = 1; 1979-12-31 = 29220, 1980-01-01 = 29221;
   2025-01-01 = 45658, 2025-06-30 = 45838; 2100-01-01 = 73051 (Excel's DATE(2100,1,1)).
   730 days after 2025-06-30 is 45838 + 730 = 46568 (2027-06-30). */
const TODAY = 45838;
const LEDGER = { first: 45658, latest: 45838 };

const reason = (asOf: number, ledger: typeof LEDGER | null = LEDGER, language: "en" | "zh" = "en") => {
  const check = checkAsOf(asOf, { today: TODAY, ledger });
  return check.plausible ? null : messageText(check.reason, language);
};

test("1900-01-01 and anything before 1980 ask, naming the date", () => {
  expect(reason(1)).toBe("1900-01-01 is before 1980-01-01: no ledger this add-in reads goes back that far.");
  expect(reason(29220, null)).toBe("1979-12-31 is before 1980-01-01: no ledger this add-in reads goes back that far.");
  expect(reason(29221, null)).toBeNull();
});

test("before the ledger's first invoice date asks; on it does not", () => {
  expect(reason(45657)).toBe(
    "2024-12-31 is before the ledger's first invoice date (2025-01-01): every invoice would be counted as not yet issued or not yet due.",
  );
  expect(reason(45658)).toBeNull();
  expect(reason(45657, null)).toBeNull(); // without the ledger's dates, only the fixed checks apply
});

test("more than 730 days after the latest invoice (or today) asks: 2100-01-01", () => {
  expect(reason(46568)).toBeNull();
  expect(reason(46569)).toBe(
    "2027-07-01 is more than 2 years after the ledger's latest invoice date (2025-06-30): every invoice would look years overdue.",
  );
  expect(reason(73051, null)).toBe("2100-01-01 is more than 2 years after today (2025-06-30).");
  expect(reason(73051, null, "zh")).toBe("2100-01-01比今天（2025-06-30）晚2年以上。");
  // an old ledger scanned today: 2025-06-30 is 3 years after a latest invoice of 2022-06-30 (44742)
  expect(reason(TODAY, { first: 44562, latest: 44742 })).toMatch(/^2025-06-30 is more than 2 years after/);
});

test("isoDateSerial reads the date field's yyyy-mm-dd in either date system", () => {
  expect(isoDateSerial("2025-06-30")).toBe(45838);
  expect(isoDateSerial("2025-06-30", 1904)).toBe(45838 - 1462);
  expect(isoDateSerial("2100-01-01")).toBe(73051);
  expect([isoDateSerial(""), isoDateSerial("2025-02-30"), isoDateSerial("30/06/2025")]).toEqual([null, null, null]);
});
