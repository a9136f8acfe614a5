import { cellPrint } from "../../src/excel/cellPrints";
import { gapColumns, planOwnedCells, type ColumnCells, type OwnershipInput } from "../../src/excel/ownedCells";
import type { ColumnSpan } from "../../src/excel/trackedBlocks";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { englishLedger } from "./ledgerFixtures";
import { cells, scanWith } from "./scanHelpers";

/* The one proof of what a scan wrote (src/excel/ownedCells.ts), on hand-made columns. A scan of two
   data rows wrote, under the four headers, Days overdue 47 / 10, Aging "31-60" / "1-30", Next action
   "Call" / "Wait", Why "a" / "b", in columns H:K (7..10), header in row 0. */

const HEADERS = ["Days overdue", "Aging", "Next action", "Why"];
const WRITTEN: unknown[][] = [
  [47, 10],
  ["31-60", "1-30"],
  ["Call", "Wait"],
  ["a", "b"],
];
const DATA_FORMATS = ["0", "@", "@", "@"];

function column(k: number, r0: number, values: unknown[], formats?: string[], formulas?: string[]): ColumnCells {
  return {
    column: 7 + k,
    r0,
    values,
    formulas: formulas ?? values.map(() => ""),
    formats: formats ?? values.map((_, i) => (r0 + i === 0 ? "@" : DATA_FORMATS[k])),
  };
}

function input(spans: (ColumnCells | null)[], extra: Partial<OwnershipInput> = {}): OwnershipInput {
  const columnsNow: (ColumnSpan | null)[] = spans.map((cells) =>
    cells ? { column: cells.column, r0: cells.r0, r1: cells.r0 + cells.values.length - 1 } : null,
  );
  return {
    columnsNow,
    prints: WRITTEN.map((values) => values.map(cellPrint)),
    formats: {
      header: ["General", "General", "General", "General"],
      columns: [[["General", 2]], [["General", 2]], [["General", 2]], [["General", 2]]],
    },
    spans,
    gaps: [],
    ...extra,
  };
}

const untouched = () => WRITTEN.map((values, k) => column(k, 0, [HEADERS[k], ...values]));

test("an untouched block: all twelve cells ours, emptied and given back General", () => {
  const plan = planOwnedCells(input(untouched()));
  // 4 columns × (header + 2 rows) = 12 cells, one run of rows 0..2 per column.
  expect(plan.changes).toHaveLength(12);
  expect(plan.changes.every((change) => change.empty && change.format === "General")).toBe(true);
  expect(plan.owned).toEqual([7, 8, 9, 10].map((c) => ({ column: c, r0: 0, r1: 2 })));
  expect(plan.kept).toEqual([]);
  expect(plan.missing).toBe(false);
});

test("a row inserted between the two data rows: the user's value stays, an empty cell gets its lent format back", () => {
  // Days overdue: header, 47, inserted row (user typed 5), 10. Aging: header, "31-60", inserted (empty, took "@"), "1-30".
  const spans = untouched();
  spans[0] = column(0, 0, ["Days overdue", 47, 5, 10], ["@", "0", "0", "0"]);
  spans[1] = column(1, 0, ["Aging", "31-60", "", "1-30"], ["@", "@", "@", "@"]);
  const plan = planOwnedCells(input(spans));
  expect(plan.kept).toEqual([{ row: 2, column: 7 }]);
  // H3 keeps its value and its "0" (typed under it); I3 is empty: format back to General, nothing emptied.
  expect(plan.changes.filter((change) => change.row === 2 && change.column <= 8)).toEqual([
    { row: 2, column: 8, format: "General", empty: false },
  ]);
  expect(plan.owned.filter((run) => run.column === 7)).toEqual([
    { column: 7, r0: 0, r1: 1 },
    { column: 7, r0: 3, r1: 3 },
  ]);
});

test("the header row deleted: the data cells, now the names' first rows, are still proved ours", () => {
  const spans = WRITTEN.map((values, k) => column(k, 0, [...values], [DATA_FORMATS[k], DATA_FORMATS[k]]));
  const plan = planOwnedCells(input(spans));
  // 4 columns × 2 data rows = 8 cells emptied; the missing header is reported as missing.
  expect(plan.changes.filter((change) => change.empty)).toHaveLength(8);
  expect(plan.missing).toBe(true);
});

test("a formula that shows the written value is never ours", () => {
  const spans = untouched();
  spans[2] = column(2, 0, ["Next action", "Call", "Wait"], undefined, ["", "", '="Wait"']);
  const plan = planOwnedCells(input(spans));
  expect(plan.kept).toEqual([{ row: 2, column: 9 }]);
  expect(plan.changes.some((change) => change.row === 2 && change.column === 9)).toBe(false);
});

test("without prints the header proves the whole column, and a header typed over proves nothing", () => {
  const headerOnly = (k: number, value: unknown) => ({ ...column(k, 0, [value]), formats: [] });
  const columnsNow = [0, 1, 2, 3].map((k) => ({ column: 7 + k, r0: 0, r1: 2 }));
  const plan = planOwnedCells({
    ...input([headerOnly(0, "Days overdue"), headerOnly(1, "my column"), null, null]),
    columnsNow: [columnsNow[0], columnsNow[1], null, null],
    prints: undefined,
  });
  // Days overdue: rows 0..2 ours (3 cells); the column under "my column" none.
  expect(plan.owned).toEqual([{ column: 7, r0: 0, r1: 2 }]);
});

test("a row dragged out of the block is found beside it only when all four of its cells hold that row", () => {
  // Row "47 / 31-60 / Call / a" dragged to row 6; the block is rows 0..1 (header and the 10 row).
  const spans = WRITTEN.map((values, k) => column(k, 0, [HEADERS[k], values[1]]));
  const window = (k: number, cells: unknown[]) =>
    column(
      k,
      0,
      cells,
      cells.map((_, i) => (i === 0 ? "@" : DATA_FORMATS[k])),
    );
  const rows = (k: number, dragged: unknown) => [HEADERS[k], WRITTEN[k][1], "", "", "", "", dragged];
  const found = planOwnedCells(input(spans, { windows: [0, 1, 2, 3].map((k) => window(k, rows(k, WRITTEN[k][0]))) }));
  expect(found.owned.filter((run) => run.r0 === 6)).toEqual([7, 8, 9, 10].map((c) => ({ column: c, r0: 6, r1: 6 })));
  // The same row with Why typed over ("mine"): three of four cells match, the row is left whole.
  const windows = [0, 1, 2, 3].map((k) => window(k, rows(k, k === 3 ? "mine" : WRITTEN[k][0])));
  const left = planOwnedCells(input(spans, { windows }));
  expect(left.owned.filter((run) => run.r0 === 6)).toEqual([]);
});

test("gap columns: inside the result block or right of it within the halo, never left of it", () => {
  // Ours: H, I, K (7, 8, 10) and Why at A (0); block H:K, halo H:M (one column inserted right of K).
  const now = [
    { column: 7, r0: 0, r1: 2 },
    { column: 8, r0: 0, r1: 2 },
    { column: 10, r0: 0, r1: 2 },
    { column: 0, r0: 0, r1: 2 },
  ];
  const block = { sheet: "S", r0: 0, c0: 7, r1: 2, c1: 10 };
  // J (9) among ours, L (11) inserted right of K; M (12) is the halo's own neighbour column; B..G are the user's.
  expect(gapColumns(now, block, { ...block, r1: 3, c1: 12 })).toEqual([9, 11]);
});

describe("cells of ours the user typed over (English ledger, results H1:K9)", () => {
  function open(model: WorkbookModel) {
    return createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model, { apiVersion: "1.20" })));
  }

  test("a rescan stops at the first one and writes nothing; Clear leaves them, lists them, and empties the rest", async () => {
    const model = englishLedger();
    const workbook = open(model);
    expect((await scanWith(workbook)).kind).toBe("done");
    model.setRows("Sheet1", "I3", [["ask Anna"]]); // over Aging of the second data row
    model.setRows("Sheet1", "K1", [["Reason"]]); // our Why header, renamed
    const before = model.snapshot();
    // Row by row, K1 (the header row) comes before I3.
    expect(await scanWith(workbook)).toMatchObject({ kind: "occupied", address: "Sheet1!K1", value: "Reason" });
    expect(model.snapshot()).toBe(before);
    const cleared = await workbook.clear();
    expect(cleared.kept).toEqual(["Sheet1!I3", "Sheet1!K1"]);
    // H1:K3: only the two typed cells are left; the Why cells under the renamed header are still
    // proved ours by their prints, and emptied.
    expect(cells(model, "Sheet1", 0, 7, 2, 10)).toEqual([
      ["", "", "", "Reason"],
      ["", "", "", ""],
      ["", "ask Anna", "", ""],
    ]);
  });
});
