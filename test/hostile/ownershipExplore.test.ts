import fc from "fast-check";
import { action, runSequence, type Action } from "./ownershipSequence";
// Temporary exploration harness (deleted before hand-back).
const noMoves = action.filter((a) => a.kind !== "moveRows" && a.kind !== "moveColumns");
test.each([["all", action], ["noMoves", noMoves]] as const)("explore %s", async (name, arb) => {
  const seen = new Map<string, Action[]>();
  for (let seed = 1; seed <= 3; seed++) {
    await fc.assert(
      fc.asyncProperty(fc.array(arb, { minLength: 1, maxLength: 12 }), async (actions) => {
        const r = await runSequence(actions);
        const cls = r.lost.length > 0 ? "LOST" : r.leftovers.length > 0 ? "LEFT" : "";
        if (cls) {
          const old = seen.get(cls);
          if (!old || old.length > actions.length) seen.set(cls, actions);
        }
      }),
      { numRuns: 300, seed },
    );
  }
  for (const [cls, actions] of seen) {
    const r = await runSequence(actions);
    console.log(name, cls, "\n" + r.log.join("\n"), "\nLOST", r.lost, "\nLEFT", r.leftovers);
  }
}, 300_000);
