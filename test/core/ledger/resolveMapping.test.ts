import { isFailure } from "../../../src/core/failure";
import { readMappingChoices, resolveMapping, type ResolvedMapping } from "../../../src/core/ledger/resolveMapping";

function resolved(result: ReturnType<typeof resolveMapping>): ResolvedMapping {
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("resolveMapping", () => {
  test("a choice follows its header when a column is inserted before it (issue #16: 91,626 instead of 2,000)", () => {
    const choices = { openAmount: { header: "Balance", column: 3 } };
    // Saved on [Customer, Due, Amount, Balance]; a column inserted at A moves Balance to 4.
    const after = ["Notes", "Customer", "Due", "Amount", "Balance"];
    expect(resolved(resolveMapping(after, { customer: 1, dueDate: 2, amount: 3 }, choices)).mapping).toEqual({
      customer: 1,
      dueDate: 2,
      amount: 3,
      openAmount: 4,
    });
  });

  test("headers compared as keys: 'Open Balance' is the same header as 'open_balance'", () => {
    expect(
      resolved(resolveMapping(["Customer", "open_balance"], {}, { openAmount: { header: "Open Balance", column: 0 } })).mapping,
    ).toEqual({
      openAmount: 1,
    });
  });

  test("a blank or repeated header keeps its column number, if the header there is still the same", () => {
    const headers = ["Customer", "", "Amount", ""];
    expect(resolved(resolveMapping(headers, {}, { dueDate: { header: "", column: 3 } })).mapping).toEqual({ dueDate: 3 });
  });

  test("a choice whose header is gone is reported, not guessed", () => {
    const result = resolved(
      resolveMapping(["Customer", "Total"], { customer: 0 }, { amount: { header: "Net amount", column: 1 } }),
    );
    expect(result.mapping).toEqual({ customer: 0 });
    expect(result.lost).toEqual([{ field: "amount", header: "Net amount" }]);
  });

  test("the chosen column is the field's alone; null unmaps a recognised field", () => {
    const result = resolved(
      resolveMapping(
        ["Customer", "Total", "Amount"],
        { customer: 0, amount: 2 },
        { amount: { header: "Total", column: 1 }, customer: null },
      ),
    );
    expect(result.mapping).toEqual({ amount: 1 });
  });

  test("two fields on one column are refused", () => {
    const result = resolveMapping(
      ["Customer", "Balance"],
      {},
      {
        amount: { header: "Balance", column: 1 },
        openAmount: { header: "Balance", column: 1 },
      },
    );
    expect(isFailure(result) && result.message).toBe(
      "Amount and Open amount are both mapped to the column 'Balance'; a column holds one field",
    );
    expect(isFailure(result) && result.text.zh).toBe("金额和未付金额都对应到“Balance”列；一列只能对应一个字段");
  });
});

describe("readMappingChoices", () => {
  test("only known fields and well-formed choices; old column numbers become fallbacks", () => {
    const stored = JSON.parse(
      '{"amount": 4, "dueDate": {"header": "Due", "column": 2}, "customer": null, "bogus": 1, "status": "x", "paidDate": {"header": 5}}',
    );
    expect(readMappingChoices(stored)).toEqual({
      amount: { header: "", column: 4 },
      dueDate: { header: "Due", column: 2 },
      customer: null,
    });
  });

  test("a crafted __proto__ key changes nothing (issue #16)", () => {
    const crafted = JSON.parse('{"__proto__": {"amount": {"header": "Customer", "column": 0}}}');
    const choices = readMappingChoices(crafted);
    expect(Object.keys(choices)).toEqual([]);
    expect(resolved(resolveMapping(["Customer", "Amount"], { customer: 0, amount: 1 }, choices)).mapping).toEqual({
      customer: 0,
      amount: 1,
    });
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
  });

  test("anything that is not an object is no choices", () => {
    for (const value of [null, undefined, 3, "x", [1, 2]]) expect(readMappingChoices(value)).toEqual({});
  });
});
