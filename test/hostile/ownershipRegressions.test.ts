import { expectClean } from "./ownershipSequence";

/* Counterexamples the ownership property (ownershipProperty.test.ts, and runs of it over other seeds and longer sequences) found, shrunk by hand, as plain
   regression tests (issue #16 item 3). Each runs over the English ledger (Sheet1!A1:G9) with the
   user's cells around it (N1:N2 with a note on N2, A12:B12); a scan writes Sheet1!H1:K9. Rows and
   columns below are 0-based, as StructuralEdit takes them: row 4 is sheet row 5, column 7 is H.
   `lost`: user cells that changed after a step; `leftovers`: what a final Clear left on the ledger
   sheet that the same typing and edits without the add-in do not have. */

describe("the scan never writes over a user cell", () => {
  test('a formula showing nothing (="") in a result cell stops the scan', async () => {
    // K7 is inside H1:K9, where the scan writes. Its value reads "" (as ="" does in Excel; the
    // test host does not calculate, so any formula reads ""): the occupancy check looks at values only.
    await expectClean([{ kind: "type", row: 6, column: 10, value: '=""', format: null, note: null }, { kind: "scan" }]);
  });
});

describe("Clear removes every cell the scan wrote", () => {
  test("after a ledger row is dragged down within the ledger", async () => {
    // Row 5 (Delta) cut and inserted before row 7: its results travel to H6:K6; Clear leaves them
    // (value and number format), and says nothing of them.
    await expectClean([{ kind: "scan" }, { kind: "moveRows", from: 4, count: 1, to: 6 }]);
  });

  test("after the Days overdue column is deleted", async () => {
    // Deleting H leaves Aging, Next action, Why in H:J; Clear empties their header row and leaves
    // every data cell (and its "@" format) behind.
    await expectClean([{ kind: "scan" }, { kind: "deleteColumns", at: 7, count: 1 }]);
  });

  test("after a blank row splits the ledger and it is scanned again", async () => {
    // A row inserted before row 5 ends the current region at row 4; the rescan clears H1:K10 and
    // writes H1:K4. Clear then empties H1:K4 but leaves their number formats ("@", "0" on H2:H4).
    await expectClean([{ kind: "scan" }, { kind: "insertRows", at: 4, count: 1 }, { kind: "scan" }]);
  });
});

describe("Clear follows what was dragged away from the block", () => {
  test("the Days overdue column dragged into the ledger", async () => {
    // H cut and inserted before E: the results sit in E and I:K. Each result column is tracked by
    // its own name, so E is still ours; the block's name alone (now I:K) lost it.
    await expectClean([{ kind: "scan" }, { kind: "moveColumns", from: 7, count: 1, to: 4 }]);
  });

  test("the header row dragged below the first data row, then a rescan", async () => {
    // Row 1 cut and inserted before row 3: Acme's row is now above the header. The rescan finds the
    // header at row 2 and replaces the earlier scan (same ledger, header moved); the formats it
    // records as "before" are the ones the earlier scan recorded, not the "@" and "0" it wrote.
    await expectClean([{ kind: "scan" }, { kind: "moveRows", from: 0, count: 1, to: 2 }, { kind: "scan" }]);
  });

  test("a paid row dragged below the ledger, then the Next action column dragged to C", async () => {
    // Fox (row 7, Next action empty) lands in row 10, alone; its Next action cell is empty like
    // another row's, so the row is matched across all four columns, not column by column.
    await expectClean([
      { kind: "scan" },
      { kind: "moveRows", from: 6, count: 1, to: 10 },
      { kind: "moveColumns", from: 9, count: 1, to: 2 },
    ]);
  });

  test("a row dragged below the ledger, rows inserted in it, and a rescan", async () => {
    // The stray row (H15:K15 by then) is found beside the block though its empty Next action cell
    // lined up with an empty inserted row inside the block.
    await expectClean([
      { kind: "scan" },
      { kind: "moveRows", from: 6, count: 1, to: 13 },
      { kind: "insertRows", at: 5, count: 2 },
      { kind: "scan" },
    ]);
  });

  test("rows inserted right below a row dragged out of the block", async () => {
    // The inserted rows took the dragged row's formats ("0", "@"): Clear gives them back.
    await expectClean([
      { kind: "scan" },
      { kind: "moveRows", from: 8, count: 1, to: 14 },
      { kind: "insertRows", at: 14, count: 2 },
    ]);
  });

  test("the as-of note travels with the header row", async () => {
    // Rows 1:2 dragged before row 6: the note on the Days overdue header moves to H4; Clear finds
    // it there through its own name.
    await expectClean([{ kind: "scan" }, { kind: "moveRows", from: 0, count: 2, to: 5 }]);
  });
});

describe("formats our cells lent to inserted rows and columns", () => {
  test("a column inserted among the result columns gets back the format it would have had", async () => {
    await expectClean([{ kind: "scan" }, { kind: "insertColumns", at: 9, count: 1 }]);
  });

  test("rows inserted under a data row, then dragged up under the header, get back their format", async () => {
    // Rows inserted before row 3 take row 2's formats ("0" in H); dragged before row 2 they sit
    // right under the header ("@"): still lent by us, and given back.
    await expectClean([
      { kind: "scan" },
      { kind: "insertRows", at: 2, count: 2 },
      { kind: "moveRows", from: 2, count: 2, to: 1 },
    ]);
  });

  test("an empty row inserted among ours and dragged out of the block gets back its format", async () => {
    // Row 3 inserted (formatted like row 2, Acme's: "0" in H, "@" in I:K), then rows 3:4 (it and
    // Beta's) dragged below the ledger: Beta's results are found there, and the empty row that has
    // exactly our formats in all four columns is given back the formats it had before.
    await expectClean([
      { kind: "scan" },
      { kind: "insertRows", at: 2, count: 1 },
      { kind: "moveRows", from: 2, count: 2, to: 12 },
    ]);
  });

  test("a row inserted right below the result block gets back its format", async () => {
    await expectClean([{ kind: "scan" }, { kind: "insertRows", at: 9, count: 1 }]);
  });

  test('a user value typed with "@" into an inserted row keeps "@"', async () => {
    // Rows inserted before row 8 take "0" in H; the user types a formula formatted "@" in H9.
    // Only empty cells get a lent format back: the user's "@" is the user's.
    await expectClean([
      { kind: "scan" },
      { kind: "insertRows", at: 7, count: 2 },
      { kind: "type", row: 8, column: 7, value: "=TODAY()", format: "@", note: null },
    ]);
  });

  test("the ledger's own columns are not taken for columns inserted beside ours", async () => {
    // Next action dragged to A, the user types 42 formatted "@" in C8 (a ledger column), then two
    // columns are inserted among the results: only those two get a lent format back, never C.
    await expectClean([
      { kind: "scan" },
      { kind: "moveColumns", from: 9, count: 1, to: 0 },
      { kind: "type", row: 7, column: 2, value: 42, format: "@", note: null },
      { kind: "insertColumns", at: 9, count: 2 },
    ]);
  });
});
