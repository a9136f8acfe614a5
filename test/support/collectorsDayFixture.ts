import { readFileSync } from "node:fs";
import path from "node:path";
import { csvAsExcel } from "../preview/openFile/csvAsExcel";

/*
 * The collector's-day fixture of issue #18 (test/fixtures/collectors-day, every figure worked by
 * hand in its README), opened as Excel opens a CSV on an en-US machine: ISO dates become 1900-system
 * serials, amounts numbers, the rest stays text.
 */

const folder = path.join(__dirname, "../fixtures/collectors-day");

/** 2025-07-15, a Tuesday: 2025-01-01 is serial 45658, plus 31+28+31+30+31+30 days to 1 July (45839), plus 14. */
export const COLLECTORS_DAY_AS_OF = 45853;
export const COLLECTORS_DAY_AS_OF_ISO = "2025-07-15";
/** The scan's settings of the fixture: standard ladder, minimum reminder interval, promise grace. */
export const COLLECTORS_DAY_INTERVAL_DAYS = 7;
export const COLLECTORS_DAY_GRACE_DAYS = 3;

/** One of the fixture's CSV files as Excel's cell values, header row first. */
export function collectorsDayCsv(file: "ledger.csv" | "register.csv"): (string | number | boolean)[][] {
  return csvAsExcel(readFileSync(path.join(folder, file), "utf8"), "en-US");
}
