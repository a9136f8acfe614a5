import { expectClean } from "./ownershipSequence";

/* Counterexamples the ownership property (ownershipProperty.test.ts) found, shrunk by hand, as plain
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
