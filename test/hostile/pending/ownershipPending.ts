import { expectClean } from "../ownershipSequence";

/* NOT RUN (the file name does not end in .test.ts): counterexamples the ownership property found
   that the add-in still fails, kept for the next session of issue #16. Rename this file to
   ownershipPending.test.ts once they pass; see README.md beside it. */

describe("ownership cases still open (issue #16)", () => {
  test("a user column dragged in among the result columns is not overwritten by the next scan", async () => {
    // The user's "My notes" column N is dragged before K (Why): results H:J, the user's column K,
    // Why in L. A rescan writes H1:K9 again and overwrites K1:K2 ("My notes", "call Acme"), because
    // the recorded block grew over the moved-in column and cells in a recorded block count as ours.
    await expectClean([{ kind: "scan" }, { kind: "moveColumns", from: 13, count: 1, to: 10 }, { kind: "scan" }]);
  });
  test("after a ledger row is dragged above the header", async () => {
    // Row 2 (Acme) moved before row 1: its results H1:K1 stay; Clear removes H2:K9 only.
    await expectClean([{ kind: "scan" }, { kind: "moveRows", from: 1, count: 1, to: 0 }]);
  });
  test("after a column is inserted right of the result columns", async () => {
    // The inserted column L takes K's format ("@" on L1:L9), as Excel formats an inserted column
    // like the one to its left; Clear leaves that format on L. (Only the format: no value.)
    await expectClean([{ kind: "scan" }, { kind: "insertColumns", at: 11, count: 1 }]);
  });
  test("after the ledger's header row is deleted", async () => {
    // Deleting row 1 (header and the result headers with it): the results move to H1:K8 and Clear
    // leaves every one of them, values and formats.
    await expectClean([{ kind: "scan" }, { kind: "deleteRows", at: 0, count: 1 }]);
  });
});
