import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fail, failureText } from "../../src/core/failure";
import { tableOf } from "../../src/core/messages/message";
import { readCell, readColumns, setDateSystem } from "../../src/functions/convert";
import { toExcelError } from "../../src/functions/excelErrors";
import { factorAdvance, lateInterest, paymentPlan } from "../../src/functions/financing";
import { FM } from "../../src/functions/functionMessages";
import { followDisplayLanguage, getFunctionsLanguage, setFunctionsLanguage } from "../../src/functions/functionsLanguage";
import { concentration } from "../../src/functions/metrics";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* The functions' own messages (what the converter says about an argument) in English and Chinese,
   and the language the functions answer in: Excel's display language where the host gives it. */

afterEach(() => {
  setFunctionsLanguage("en");
  setDateSystem(1900);
});

describe("the message table", () => {
  const table = tableOf(FM)!;

  test.each(Object.keys(table))("%s renders in both languages from its sample", (key) => {
    const texts = table[key];
    const en = texts.en(texts.sample ?? {});
    const zh = texts.zh(texts.sample ?? {});
    expect(en.length).toBeGreaterThan(5);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    // Chinese punctuation is full-width: no ASCII semicolon, colon or parenthesis after a word.
    expect(zh).not.toMatch(/[;:(]\s|\(/);
  });

  test('no fail(code, "…") with a written sentence is left in src/functions', () => {
    const dir = path.resolve(__dirname, "../../src/functions");
    const left = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) =>
        [...readFileSync(path.join(dir, f), "utf8").matchAll(/(?:fail|inputError)\(\s*(?:"\w+"|\w+),\s*[`"']/g)].map(
          (m) => `${f}: ${m[0]}`,
        ),
      );
    expect(left).toEqual([]);
  });
});

describe("bounds and allowed values: one message, the texts the core uses", () => {
  test("a whole number with a unit, a whole range, a rate and a lower bound", () => {
    expect(errorOf(concentration([["A"]], [[50]], 0)).message).toBe(
      "top_n must be a whole number of customers, 1 or more (e.g. 5); got 0",
    );
    expect(spillErrorOf(paymentPlan(100, 1.5, 45688)).message).toBe(
      "installments must be a whole number from 1 to 1200 (e.g. 12); got 1.5",
    );
    expect(errorOf(factorAdvance(10000, 0)).message).toBe("advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 0");
    expect(errorOf(lateInterest([[100]], [[45688]], [[45718]], [[0.1]], null, null, -5)[0][0]).message).toBe(
      "fixed_fee must be 0 or more (e.g. 40); got -5",
    );
  });

  test("allowed values are matched without regard to case and named in the message", () => {
    // 10,000 × 0.0005 a day × 30 days = 150
    expect(lateInterest([[10000]], [[45688]], [[45718]], [[0.0005]], " DAILY ")).toEqual([[150]]);
    expect(errorOf(lateInterest([[100]], [[45688]], [[45718]], [[0.1]], null, 300)[0][0]).message).toBe(
      "day_count must be 365 or 360; got 300",
    );
    expect(readCell("yes", { name: "compound", kind: "boolean" })).toMatchObject({
      message: "compound must be TRUE or FALSE; got 'yes'",
    });
  });

  test("the same in Chinese", () => {
    setFunctionsLanguage("zh");
    expect(errorOf(concentration([["A"]], [[50]], 0)).message).toBe("top_n必须是不小于1的整数客户数（如5），当前为0");
    expect(errorOf(factorAdvance(10000, 80)).message).toBe("advance_rate必须在0至1之间（如80%或0.8），当前为80");
    expect(errorOf(lateInterest([[100]], [[45688]], [[45718]], [[0.1]], "monthly")[0][0]).message).toBe(
      "rate_basis必须是“annual”或“daily”，当前为“monthly”",
    );
  });

  test("a default is read like a typed value: an omitted day_count is 365, a blank rate_basis annual", () => {
    // 10,000 × 12.15% × 30 / 365 = 99.86
    expect(lateInterest([[10000]], [[45688]], [[45718]], [[0.1215]], "", null, null)).toEqual([[99.86]]);
    expect(readCell(null, { name: "day_count", kind: "number", optional: true, default: 365 })).toBe(365);
  });
});

describe("the functions' language", () => {
  test("English by default; Chinese once set, for converter and core failures alike", () => {
    expect(getFunctionsLanguage()).toBe("en");
    const blank = fail("missing", FM.argBlank({ name: "as_of" }));
    expect(toExcelError(blank).message).toBe("as_of is blank");
    setFunctionsLanguage("zh");
    expect(toExcelError(blank).message).toBe("as_of为空");
    expect(errorOf(factorAdvance(null, 0.8)).message).toBe("amount为空");
  });

  test("a row-numbered failure keeps its code and reads in both languages", () => {
    const out = readColumns(
      [
        [[1], [2]],
        [[45800], [null]],
      ],
      [
        { name: "amounts", kind: "cents", column: true },
        { name: "due_dates", kind: "date", column: true },
      ],
    );
    expect(out).toMatchObject({ code: "missing", excelError: "#N/A", message: "due_dates is blank (row 2)" });
    expect(failureText(out as ReturnType<typeof fail>, "zh")).toBe("due_dates为空（第2行）");
  });

  test("follows Office's display language where the host gives one, and only then", () => {
    followDisplayLanguage(undefined);
    expect(getFunctionsLanguage()).toBe("en");
    followDisplayLanguage({ context: {} });
    expect(getFunctionsLanguage()).toBe("en");
    followDisplayLanguage({ context: { displayLanguage: "zh-CN" } });
    expect(getFunctionsLanguage()).toBe("zh");
    followDisplayLanguage({ context: { displayLanguage: "en-GB" } });
    expect(getFunctionsLanguage()).toBe("en");
  });

  test("a context that appears only when Office is ready is read then", () => {
    const office: { context?: { displayLanguage: string }; onReady: (callback: () => void) => Promise<void> } = {
      onReady: (callback) => {
        office.context = { displayLanguage: "zh-TW" };
        callback();
        return Promise.resolve();
      },
    };
    followDisplayLanguage(office);
    expect(getFunctionsLanguage()).toBe("zh");
  });

  test("a host whose context throws keeps the language it has", () => {
    const office = {
      get context(): { displayLanguage: string } {
        throw new Error("not ready");
      },
    };
    expect(() => followDisplayLanguage(office)).not.toThrow();
    expect(getFunctionsLanguage()).toBe("en");
  });
});
