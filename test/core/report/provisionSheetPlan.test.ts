import { HyperFormula } from "hyperformula";
import { isFailure } from "../../../src/core/failure";
import {
  PROVISION_SHEET,
  provisionBlockRows,
  provisionSheetPlan,
  type ProvisionPlan,
  type ProvisionSheetOptions,
} from "../../../src/core/report/provisionSheetPlan";
import { PROVISION_LEDGER, PROVISION_RANGES } from "./provisionLedger";

/* The AR Provision plan typed into a real spreadsheet engine (HyperFormula) over the hand-worked
   ledgers of provisionLedger.ts: every figure below is the hand calculation written there, never
   the code's own output. Block 1 is USD, block 2 EUR; a bucket k is in column k + 1 (B = Current). */

const MONTH_ENDS = [45688, 45716, 45747, 45777]; // 2025-01-31, 02-28, 03-31, 04-30
const AS_OF = 45777;

function planOf(options: Partial<ProvisionSheetOptions> = {}): ProvisionPlan {
  const plan = provisionSheetPlan(PROVISION_RANGES, { asOf: AS_OF, currencies: ["USD", "EUR"], months: 4, ...options });
  if (isFailure(plan)) throw new Error(plan.message);
  return plan;
}

/** The plan's cells entered into HyperFormula beside the ledger; `at(row, column)` reads a value. */
function evaluate(plan: ProvisionPlan) {
  const hf = HyperFormula.buildFromSheets(
    { Ledger: PROVISION_LEDGER, [PROVISION_SHEET]: [] },
    // As the preview page runs it: no array arithmetic outside the functions that take arrays (FILTER).
    { licenseKey: "gpl-v3" },
  );
  const sheet = hf.getSheetId(PROVISION_SHEET)!;
  for (const block of plan.blocks) {
    const [, col, row] = /^([A-Z]+)(\d+)/.exec(block.address)!;
    const top = Number(row) - 1,
      left = col.charCodeAt(0) - 65;
    const contents = block.cells.map((cells) =>
      cells.map((cell) =>
        cell.kind === "text"
          ? `'${cell.text}`
          : cell.kind === "number"
            ? cell.value
            : cell.kind === "formula"
              ? cell.formula
              : null,
      ),
    );
    hf.setCellContents({ sheet, row: top, col: left }, contents);
  }
  const at = (row: number, column: number): unknown => {
    const value = hf.getCellValue({ sheet, row, col: column });
    return value;
  };
  const set = (row: number, column: number, value: number | string) => hf.setCellContents({ sheet, row, col: column }, [[value]]);
  return { hf, at, set };
}

const USD = provisionBlockRows(0, 4);
const EUR = provisionBlockRows(USD.bottom + 3, 4);
const BUCKETS = [0, 1, 2, 3, 4];
const row = (at: (r: number, c: number) => unknown, r: number, count = 5) => BUCKETS.slice(0, count).map((k) => at(r, k + 1));
const close = (value: unknown, expected: number | "") => {
  if (expected === "") expect(value).toBe("");
  else {
    expect(typeof value).toBe("number");
    expect(Math.abs((value as number) - expected)).toBeLessThan(1e-9);
  }
};

let engine: ReturnType<typeof evaluate>;
beforeAll(() => {
  engine = evaluate(planOf());
});
afterAll(() => engine.hf.destroy());

describe("USD: the shared hand-worked example", () => {
  test("inputs: as-of, final loss rate 100%, adjustment 0%, last month-end 2025-04-30, first 2025-01-31", () => {
    const { at } = engine;
    expect([at(USD.top + 1, 1), at(USD.asOf, 1), at(USD.finalLossRate, 1), at(USD.adjustment, 1)]).toEqual(["USD", 45777, 1, 0]);
    // EOMONTH(45777 + 1, −1): the month-end on or before 2025-04-30 is itself; 3 month-ends back: 2025-01-31
    expect([at(USD.lastMonthEnd, 1), at(USD.firstMonthEnd, 1)]).toEqual([45777, 45688]);
  });

  test("snapshots: a row per month-end (EOMONTH off the last), a column per bucket", () => {
    const { at } = engine;
    expect(MONTH_ENDS.map((_, t) => at(USD.snapshots + t, 0))).toEqual(MONTH_ENDS);
    // Jan31 A+C / B 11 d / F 31 d; Feb28 E / C 4 d / B 39 d + F 59 d; Mar31 E 19 d / B 70 d; Apr30 E 49 d / B 100 d
    expect(row(at, USD.snapshots)).toEqual([1500, 2000, 1500, 0, 0]);
    expect(row(at, USD.snapshots + 1)).toEqual([800, 500, 3500, 0, 0]);
    expect(row(at, USD.snapshots + 2)).toEqual([0, 800, 0, 2000, 0]);
    expect(row(at, USD.snapshots + 3)).toEqual([0, 0, 800, 0, 2000]);
  });

  test("rolled amounts per month-end pair, every bucket but the oldest", () => {
    const { at } = engine;
    expect([0, 1, 2].map((t) => at(USD.rolled + t, 0))).toEqual(MONTH_ENDS.slice(0, 3));
    // Jan→Feb: C 500 (A paid), B 2,000, F stays in 31-60 (59 d), 61-90 nothing
    expect(row(at, USD.rolled, 4)).toEqual([500, 2000, 0, 0]);
    // Feb→Mar: E 800, C paid, B 2,000 (F paid), nothing in 61-90
    expect(row(at, USD.rolled + 1, 4)).toEqual([800, 0, 2000, 0]);
    // Mar→Apr: nothing Current, E 800, nothing in 31-60, B 2,000
    expect(row(at, USD.rolled + 2, 4)).toEqual([0, 800, 0, 2000]);
  });

  test("roll rates per pair: blank, not 0 or #DIV/0!, where the bucket had no balance", () => {
    const { at } = engine;
    // Jan→Feb: 500/1,500; 2,000/2,000; 0/1,500; 61-90 no balance → ""
    [1 / 3, 1, 0, ""].forEach((rate, k) => close(at(USD.rates, k + 1), rate as number | ""));
    expect(at(USD.rates, 4)).toBe("");
    // Feb→Mar: 800/800; 0/500; 2,000/3,500; ""
    [1, 0, 2000 / 3500, ""].forEach((rate, k) => close(at(USD.rates + 1, k + 1), rate as number | ""));
    // Mar→Apr: ""; 800/800; ""; 2,000/2,000
    ["", 1, "", 1].forEach((rate, k) => close(at(USD.rates + 2, k + 1), rate as number | ""));
  });

  test("pooled roll rates Σ rolled ÷ Σ balance, to 1e-9, and their balances", () => {
    const { at } = engine;
    // 1,300/2,300; 2,800/3,300; 2,000/5,000; 2,000/2,000
    [1300 / 2300, 2800 / 3300, 0.4, 1].forEach((rate, k) => close(at(USD.pooledRate, k + 1), rate));
    expect(row(at, USD.pooledBalance, 4)).toEqual([2300, 3300, 5000, 2000]);
  });

  test("loss rates, and again with a 10% adjustment typed into the input cell", () => {
    const { at, set } = engine;
    // 91+ 1; 61-90 1; 31-60 0.4; 1-30 2,800/3,300 × 0.4; Current 1,300/2,300 × 2,800/3,300 × 0.4
    const base = [(1300 / 2300) * (2800 / 3300) * 0.4, (2800 / 3300) * 0.4, 0.4, 1, 1];
    base.forEach((rate, k) => close(at(USD.lossRate, k + 1), rate));
    close(base[0], 0.191831357049); // the figure, to its 12 places
    set(USD.adjustment, 1, 0.1);
    try {
      // × 1.1, capped at 100%: 0.211014492754, 0.373333333333, 0.44, min(1, 1.1), min(1, 1.1)
      [base[0] * 1.1, base[1] * 1.1, 0.44, 1, 1].forEach((rate, k) => close(at(USD.lossRate, k + 1), rate));
      close(at(USD.lossRate, 2), 0.373333333333333);
      // provision: 800 × 0.44 = 352.00 + 2,000 × 1 = 2,000.00 → 2,352.00
      expect(at(USD.provision, 6)).toBe(2352);
    } finally {
      set(USD.adjustment, 1, 0);
    }
  });

  test("provision as of 2025-04-30: 800 × 0.4 + 2,000 × 1 = 2,320.00", () => {
    const { at } = engine;
    expect(row(at, USD.balanceAtAsOf)).toEqual([0, 0, 800, 0, 2000]);
    expect(at(USD.balanceAtAsOf, 6)).toBe(2800);
    // 0 × rate = 0 in each empty bucket; 320.00 and 2,000.00
    expect(row(at, USD.provision)).toEqual([0, 0, 320, 0, 2000]);
    expect(at(USD.provision, 6)).toBe(2320);
    expect(row(at, USD.note)).toEqual(["", "", "", "", ""]);
  });
});

describe("EUR: a second currency block with its own figures", () => {
  test("snapshots and rolled amounts", () => {
    const { at } = engine;
    expect(at(EUR.top + 1, 1)).toBe("EUR");
    expect(row(at, EUR.snapshots)).toEqual([1000, 0, 250.5, 0, 0]);
    expect(row(at, EUR.snapshots + 1)).toEqual([0, 1400, 0, 250.5, 0]);
    expect(row(at, EUR.snapshots + 2)).toEqual([0, 0, 1400, 0, 250.5]);
    expect(row(at, EUR.snapshots + 3)).toEqual([300, 0, 0, 1000, 250.5]);
    expect(row(at, EUR.rolled, 4)).toEqual([1000, 0, 250.5, 0]);
    expect(row(at, EUR.rolled + 1, 4)).toEqual([0, 1400, 0, 250.5]);
    expect(row(at, EUR.rolled + 2, 4)).toEqual([0, 0, 1000, 0]);
  });

  test("per-pair and pooled roll rates, loss rates", () => {
    const { at } = engine;
    [1, "", 1, ""].forEach((rate, k) => close(at(EUR.rates, k + 1), rate as number | ""));
    ["", 1, "", 1].forEach((rate, k) => close(at(EUR.rates + 1, k + 1), rate as number | ""));
    ["", "", 1000 / 1400, ""].forEach((rate, k) => close(at(EUR.rates + 2, k + 1), rate as number | ""));
    // Current 1,000/1,000; 1-30 1,400/1,400; 31-60 (250.50 + 1,000)/(250.50 + 1,400) = 2,501/3,301; 61-90 250.50/250.50
    [1, 1, 2501 / 3301, 1].forEach((rate, k) => close(at(EUR.pooledRate, k + 1), rate));
    expect(row(at, EUR.pooledBalance, 4)).toEqual([1000, 1400, 1650.5, 250.5]);
    [2501 / 3301, 2501 / 3301, 2501 / 3301, 1, 1].forEach((rate, k) => close(at(EUR.lossRate, k + 1), rate));
  });

  test("provision rounds each bucket to the cent: 300 × 2,501/3,301 = 227.2947… → 227.29; total 1,477.79", () => {
    const { at } = engine;
    expect(row(at, EUR.balanceAtAsOf)).toEqual([300, 0, 0, 1000, 250.5]);
    // 227.29 + 0 + 0 + 1,000.00 + 250.50 = 1,477.79
    expect(row(at, EUR.provision)).toEqual([227.29, 0, 0, 1000, 250.5]);
    close(at(EUR.provision, 6) as number, 1477.79);
  });

  test("a final loss rate of 50% typed into the input cell halves the oldest rates", () => {
    const { at, set } = engine;
    set(EUR.finalLossRate, 1, 0.5);
    try {
      // 91+ 0.5, 61-90 1 × 0.5; 300 × 2,501/3,301 × 0.5 = 113.6473… → 113.65; 1,000 × 0.5 = 500; 250.50 × 0.5 = 125.25
      expect(row(at, EUR.provision)).toEqual([113.65, 0, 0, 500, 125.25]);
      close(at(EUR.provision, 6) as number, 738.9);
    } finally {
      set(EUR.finalLossRate, 1, 1);
    }
  });
});

test("a two-month window: a bucket with a balance but no roll-rate history shows a note, not a provision", () => {
  const plan = planOf({ months: 2, currencies: ["EUR"] });
  const { at, hf } = evaluate(plan);
  const rows = provisionBlockRows(0, 2);
  try {
    expect([at(rows.snapshots, 0), at(rows.snapshots + 1, 0)]).toEqual([45747, 45777]);
    // Mar31 → Apr30 only: Current and 1-30 had no balance (""), 31-60 1,000/1,400, 61-90 no balance ("")
    ["", "", 1000 / 1400, ""].forEach((rate, k) => close(at(rows.pooledRate, k + 1), rate as number | ""));
    // loss rates: every bucket below 91+ has a blank rate in its chain; 91+ = min(1, 1 × 1)
    expect(row(at, rows.lossRate)).toEqual(["", "", "", "", 1]);
    // as of Apr30: K 300 Current, G 1,000 61-90, I 250.50 91+: only 91+ has a rate → 250.50
    expect(row(at, rows.provision)).toEqual(["", 0, 0, "", 250.5]);
    expect(at(rows.provision, 6)).toBe(250.5);
    const note = "balance but no roll-rate history: no provision computed";
    expect(row(at, rows.note)).toEqual([note, "", "", note, ""]);
  } finally {
    hf.destroy();
  }
});

describe("the plan itself", () => {
  test("labels are text cells in the plan's language; inputs are numbers with their formats", () => {
    const plan = planOf({ language: "zh", currencies: ["USD"] });
    const cells = plan.blocks[0].cells;
    expect(cells[0][0]).toEqual({ kind: "text", text: "减值准备矩阵（USD）" });
    expect(cells[USD.asOf][0]).toEqual({ kind: "text", text: "基准日" });
    expect(cells[USD.asOf][1]).toEqual({ kind: "number", value: 45777, format: "m/d/yyyy" });
    expect(cells[USD.finalLossRate][1]).toEqual({ kind: "number", value: 1, format: "0.00%" });
    expect(cells[USD.snapshots - 1].slice(0, 6)).toEqual(
      ["月末", "未到期", "1-30", "31-60", "61-90", "91+"].map((t) => ({ kind: "text", text: t })),
    );
    expect(plan.sheetName).toBe("AR Provision");
    // one block, 7 columns wide (labels, 5 buckets, Total), rows 1 to the note row
    expect(plan.ownedRanges).toEqual([`A1:G${USD.bottom + 1}`]);
    expect(plan.inputs).toEqual([["B4", "B5", "B6", "B7"]]);
  });

  test("the roll-rate cell's formula reads the snapshot and rolled cells above it", () => {
    const cells = planOf({ currencies: ["USD"] }).blocks[0].cells;
    // Jan→Feb, 61-90: rolled in E{rolled+1}, balance in E{snapshots+1} (1-based rows)
    expect(cells[USD.rates][4]).toEqual({
      kind: "formula",
      formula: `=IF(E${USD.snapshots + 1}=0,"",E${USD.rolled + 1}/E${USD.snapshots + 1})`,
      format: "0.00%",
    });
  });

  test("snapshot and rolled formulas, written out by hand: the scan's row checks, currency, amount > 0, dates, bucket", () => {
    const cells = planOf({ currencies: ["USD"] }).blocks[0].cells;
    const [CUST, INV, DUE, AMT, CUR, PAID, DAYS] = ["A", "C", "D", "E", "F", "G", "H"].map((c) => `'Ledger'!$${c}$2:$${c}$1013`);
    const counts =
      `(TRIM(${CUST})<>"")*ISNUMBER(${DUE})*ISNUMBER(${AMT})` +
      `*((ISNUMBER(${DAYS})+(${DAYS}="")*((${INV}="")+ISNUMBER(${INV})*(${DUE}>=${INV})>0)*((${PAID}="")+ISNUMBER(${PAID})>0))>0)`;
    const rows = `${counts}*(TRIM(${CUR})=$B$2)*ISNUMBER(${AMT})*(${AMT}>0)`;
    const sum = (mask: string) => ({ kind: "formula", formula: `=IFERROR(SUM(FILTER(${AMT},${mask})),0)`, format: "#,##0.00" });
    // first month-end in A12 (0-based row 11), the next in A13
    const openAt = (issued: string, paid: string) =>
      `ISNUMBER(${INV})*(${INV}<=${issued})*((${PAID}="")+ISNUMBER(${PAID})*(${PAID}>${paid})>0)`;
    expect(cells[USD.snapshots][1]).toEqual(sum(`${rows}*${openAt("$A$12", "$A$12")}*(${DUE}>=$A$12)`));
    expect(cells[USD.snapshots][3]).toEqual(sum(`${rows}*${openAt("$A$12", "$A$12")}*(${DUE}<$A$12-30)*(${DUE}>=$A$12-60)`));
    expect(cells[USD.snapshots][5]).toEqual(sum(`${rows}*${openAt("$A$12", "$A$12")}*(${DUE}<$A$12-90)`));
    // rolled from Current at A12 into 1-30 or later at A13; from 61-90 into 91+
    expect(cells[USD.rolled][1]).toEqual(sum(`${rows}*${openAt("$A$12", "$A$13")}*(${DUE}>=$A$12)*(${DUE}<$A$13)`));
    expect(cells[USD.rolled][4]).toEqual(
      sum(`${rows}*${openAt("$A$12", "$A$13")}*(${DUE}<$A$12-60)*(${DUE}>=$A$12-90)*(${DUE}<$A$13-90)`),
    );
  });

  test("analyst entries replace the defaults in the inputs", () => {
    const plan = planOf({ currencies: ["USD"], inputEntries: [[45800, undefined, 0.25, "=DATE(2025,3,31)"]] });
    const cells = plan.blocks[0].cells;
    expect(cells[USD.asOf][1]).toEqual({ kind: "number", value: 45800, format: "m/d/yyyy" });
    expect(cells[USD.finalLossRate][1]).toEqual({ kind: "number", value: 1, format: "0.00%" });
    expect(cells[USD.adjustment][1]).toEqual({ kind: "number", value: 0.25, format: "0.00%" });
    expect(cells[USD.lastMonthEnd][1]).toEqual({ kind: "formula", formula: "=DATE(2025,3,31)", format: "m/d/yyyy" });
  });

  test("refused without invoice or paid dates, or with options out of range", () => {
    const noInvoice = { ...PROVISION_RANGES, invoiceDate: undefined };
    const noPaid = { ...PROVISION_RANGES, paidDate: undefined };
    const keyOf = (result: unknown) =>
      isFailure(result as ProvisionPlan) ? (result as { text: { key: string } }).text.key : "plan";
    expect(keyOf(provisionSheetPlan(noInvoice, { asOf: AS_OF, currencies: ["USD"] }))).toBe("needsInvoiceDate");
    expect(keyOf(provisionSheetPlan(noPaid, { asOf: AS_OF, currencies: ["USD"] }))).toBe("needsPaidDate");
    expect(keyOf(provisionSheetPlan(PROVISION_RANGES, { asOf: AS_OF, currencies: ["USD"], months: 1 }))).toBe("months");
    expect(keyOf(provisionSheetPlan(PROVISION_RANGES, { asOf: AS_OF, currencies: ["USD"], finalLossRate: 1.5 }))).toBe(
      "finalRate",
    );
    expect(keyOf(provisionSheetPlan(PROVISION_RANGES, { asOf: AS_OF, currencies: ["USD"], adjustment: -2 }))).toBe(
      "adjustmentRange",
    );
    expect(keyOf(provisionSheetPlan(PROVISION_RANGES, { asOf: AS_OF, currencies: ["USD"] }))).toBe("plan");
  });
});

test("IFRS 9 Illustrative Example 12: the provision row gives 580,000 on Company M's balances and default rates", () => {
  // Company M (CU), no currency column: one block. As of 2025-04-30 (45777), unpaid invoices due
  // 45800 (not yet due), 45767 (10 d), 45732 (45 d), 45702 (75 d), 45657 (120 d).
  const ledger: (string | number | null)[][] = [
    ["Customer", "Invoice date", "Due date", "Amount", "Paid date"],
    ["M1", 45770, 45800, 15_000_000, null],
    ["M2", 45737, 45767, 7_500_000, null],
    ["M3", 45702, 45732, 4_000_000, null],
    ["M4", 45672, 45702, 2_500_000, null],
    ["M5", 45627, 45657, 1_000_000, null],
  ];
  const ranges = {
    sheetName: "Ledger",
    customer: "$A$2:$A$20",
    invoiceDate: "$B$2:$B$20",
    dueDate: "$C$2:$C$20",
    amount: "$D$2:$D$20",
    paidDate: "$E$2:$E$20",
  };
  const plan = provisionSheetPlan(ranges, { asOf: AS_OF, currencies: [], months: 4 });
  if (isFailure(plan)) throw new Error(plan.message);
  const hf = HyperFormula.buildFromSheets({ Ledger: ledger, [PROVISION_SHEET]: [] }, { licenseKey: "gpl-v3" });
  try {
    const sheet = hf.getSheetId(PROVISION_SHEET)!;
    const contents = plan.blocks[0].cells.map((cells) =>
      cells.map((cell) =>
        cell.kind === "text"
          ? `'${cell.text}`
          : cell.kind === "number"
            ? cell.value
            : cell.kind === "formula"
              ? cell.formula
              : null,
      ),
    );
    hf.setCellContents({ sheet, row: 0, col: 0 }, contents);
    const rows = provisionBlockRows(0, 4);
    const at = (r: number, c: number) => hf.getCellValue({ sheet, row: r, col: c });
    expect(row(at, rows.balanceAtAsOf)).toEqual([15_000_000, 7_500_000, 4_000_000, 2_500_000, 1_000_000]);
    expect(at(rows.balanceAtAsOf, 6)).toBe(30_000_000);
    // The example's default rates typed over the provision section's loss-rate cells: 0.3% / 1.6% / 3.6% / 6.6% / 10.6%
    hf.setCellContents({ sheet, row: rows.provisionLossRate, col: 1 }, [[0.003, 0.016, 0.036, 0.066, 0.106]]);
    // 15,000,000 × 0.3% = 45,000; 7,500,000 × 1.6% = 120,000; 4,000,000 × 3.6% = 144,000; 2,500,000 × 6.6% = 165,000; 1,000,000 × 10.6% = 106,000
    expect(row(at, rows.provision)).toEqual([45_000, 120_000, 144_000, 165_000, 106_000]);
    expect(at(rows.provision, 6)).toBe(580_000);
  } finally {
    hf.destroy();
  }
});

test("default window: the 12 month-ends ending at the last month-end on or before a mid-month as-of", () => {
  const plan = provisionSheetPlan(PROVISION_RANGES, { asOf: 45792, currencies: ["USD"] }); // 2025-05-15
  if (isFailure(plan)) throw new Error(plan.message);
  const { at, hf } = evaluate(plan);
  const rows = provisionBlockRows(0, 12);
  try {
    // last: EOMONTH(2025-05-16, −1) = 2025-04-30 (45777); first: 11 month-ends back, 2024-05-31 (45292 + 31 + 29 + 31 + 30 + 30 = 45443)
    expect([at(rows.lastMonthEnd, 1), at(rows.firstMonthEnd, 1)]).toEqual([45777, 45443]);
    expect([at(rows.snapshots, 0), at(rows.snapshots + 11, 0)]).toEqual([45443, 45777]);
    // as of 2025-05-15: E 800 due 45728 is 64 d (61-90), B 2,000 due 45677 is 115 d (91+)
    expect(row(at, rows.balanceAtAsOf)).toEqual([0, 0, 0, 800, 2000]);
  } finally {
    hf.destroy();
  }
});

test("every formula stays far under Excel's 8,192 characters, with six edges and 24 month-ends", () => {
  const plan = planOf({ months: 24, edges: [15, 30, 45, 60, 90, 120] });
  const lengths = plan.blocks.flatMap((b) => b.cells.flat()).map((c) => (c.kind === "formula" ? c.formula.length : 0));
  expect(Math.max(...lengths)).toBeGreaterThan(500);
  expect(Math.max(...lengths)).toBeLessThan(4000);
});
