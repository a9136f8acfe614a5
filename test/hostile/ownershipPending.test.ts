import { expectClean } from "./ownershipSequence";

/* Counterexamples the ownership property found, shrunk by hand (issue #16 item 3), that once failed:
   each is the English ledger (Sheet1!A1:G9, results H1:K9) with the user's cells around it (N1:N2
   with a note on N2, A12:B12). Rows and columns are 0-based, as StructuralEdit takes them. */

describe("ownership through drags, inserts and deletes next to the results (issue #16)", () => {
  test("a user column dragged in among the result columns is not overwritten by the next scan", async () => {
    // "My notes" (N) dragged before K (Why): results H:J, the user's column K, Why in L. The block's
    // name grew over K, but a rescan writes only over cells proved ours (each column by its own name,
    // each cell by its print): K1 holds "My notes", so the rescan stops there ("occupied") and K
    // keeps "My notes" and "call Acme"; Clear then empties H:J and L and leaves K.
    await expectClean([{ kind: "scan" }, { kind: "moveColumns", from: 13, count: 1, to: 10 }, { kind: "scan" }]);
  });
  test("after a ledger row is dragged above the header", async () => {
    // Row 2 (Acme) moved before row 1: its results H1:K1 lie outside every name now (H2:K9). Its
    // four cells still hold one written row that is missing from the block: Clear finds and empties them.
    await expectClean([{ kind: "scan" }, { kind: "moveRows", from: 1, count: 1, to: 0 }]);
  });
  test("after a column is inserted right of the result columns", async () => {
    // The inserted column L takes K's format ("@" on L1:L9), as Excel formats an inserted column
    // like the one to its left. Without the add-in it would have taken K's format from before the
    // scan (General): Clear gives its empty cells that format back.
    await expectClean([{ kind: "scan" }, { kind: "insertColumns", at: 11, count: 1 }]);
  });
  test("after the ledger's header row is deleted", async () => {
    // Deleting row 1 (the header, our result headers with it): the results move to H1:K8. Each
    // column's cells are aligned with the header and the prints together, so the first data row
    // (now the first row of the names) is proved ours like the others, and Clear leaves nothing.
    await expectClean([{ kind: "scan" }, { kind: "deleteRows", at: 0, count: 1 }]);
  });
});
