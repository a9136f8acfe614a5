import { isFailure } from "../../../src/core/failure";
import { chooseHeaderRow } from "../../../src/core/ledger/chooseHeaderRow";
import { prepareLedgerRows, type PreparedLedger } from "../../../src/core/ledger/prepareLedgerRows";

function prepared(result: ReturnType<typeof prepareLedgerRows>): PreparedLedger {
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

// Serials by hand: 2025-06-30 = 45838 (DATE(2025,1,1) = 45658 + 180); 2025-05-31 = 45808;
// 2025-04-03 = 45750; 2025-03-04 = 45720.
describe("prepareLedgerRows", () => {
  test("a plain ledger comes back as it came, the same array", () => {
    const rows = [["Acme", 45838, 100]];
    const result = prepared(
      prepareLedgerRows(rows, {
        headers: ["Customer", "Due", "Amount"],
        mapping: { customer: 0, dueDate: 1, amount: 2 },
        dateSystem: 1900,
      }),
    );
    expect(result.rows).toBe(rows);
    expect(result.readings).toEqual([]);
  });

  test("SAP-style D.M.Y dates and decimal-comma amounts with a trailing minus", () => {
    const rows = [
      ["Acme", "30.06.2025", "1.234,50"],
      ["Acme", "31.05.2025", "100,00-"],
    ];
    const result = prepared(
      prepareLedgerRows(rows, {
        headers: ["Kunde", "Fällig", "Betrag"],
        mapping: { customer: 0, dueDate: 1, amount: 2 },
        dateSystem: 1900,
      }),
    );
    expect(result.rows).toEqual([
      ["Acme", 45838, 1234.5],
      ["Acme", 45808, -100],
    ]);
    expect(result.readings.map((m) => m.key)).toEqual(["dateOrderProven", "decimalComma"]);
    expect(rows[0][1]).toBe("30.06.2025"); // the rows read are never changed
  });

  test("dates that read either way: asks (the rest is read), then follows the order chosen", () => {
    const rows = [["Acme", "03/04/2025", 100]];
    const options = {
      headers: ["Customer", "Due", "Amount"],
      mapping: { customer: 0, dueDate: 1, amount: 2 },
      dateSystem: 1900 as const,
    };
    const asked = prepared(prepareLedgerRows(rows, options));
    expect(asked.questions.map((m) => m.key)).toEqual(["dateOrderAmbiguous"]);
    expect(asked.rows[0][1]).toBe("03/04/2025"); // left unread until the user says
    expect(prepared(prepareLedgerRows(rows, { ...options, dateOrder: "dmy" })).rows[0][1]).toBe(45750);
    expect(prepared(prepareLedgerRows(rows, { ...options, dateOrder: "mdy" })).rows[0][1]).toBe(45720);
  });

  test("a date column Excel misread is reported with an example, not guessed", () => {
    const rows = [
      ["Acme", 41395, 100],
      ["Beta", "1/26/2013", 200],
    ];
    const result = prepareLedgerRows(rows, {
      headers: ["Customer", "Due", "Amount"],
      mapping: { customer: 0, dueDate: 1, amount: 2 },
      dateSystem: 1900,
    });
    expect(isFailure(result) && result.text.key).toBe("localeMisread");
    expect(isFailure(result) && result.message).toMatch(/Due date: 1 cells are text such as '1\/26\/2013' beside 1 date cells/);
  });

  test("report rows become blank rows and invoices take the customer of their heading", () => {
    const rows = [
      ["Acme Corp", "", "", ""],
      ["", "1001", 45808, 1200],
      ["Total for Acme Corp", "", "", 1200],
      ["TOTAL", "", "", 1200],
    ];
    const result = prepared(
      prepareLedgerRows(rows, {
        headers: ["", "Num", "Due Date", "Open Balance"],
        mapping: { customer: 0, invoiceNo: 1, dueDate: 2, openAmount: 3 },
        dateSystem: 1900,
      }),
    );
    expect(result.rows).toEqual([[], ["Acme Corp", "1001", 45808, 1200], [], []]);
    expect(result.skipped).toEqual({ section: 1, subtotal: 1, total: 1, header: 0 });
    expect(result.grandTotal).toEqual({ rowIndex: 3, value: 1200 });
    expect(result.readings[0].en).toBe("not invoices, left out: 1 heading row, 1 subtotal, 1 total row");
  });

  test("an export with no customer column at all takes it from the headings, in a column past the ledger", () => {
    const rows = [["Acme Corp"], ["1001", 45808, 1200]];
    const result = prepared(
      prepareLedgerRows(rows, {
        headers: ["Num", "Due Date", "Amount"],
        mapping: { invoiceNo: 0, dueDate: 1, amount: 2 },
        dateSystem: 1900,
      }),
    );
    expect(result.mapping.customer).toBe(3);
    expect(result.rows[1]).toEqual(["1001", 45808, 1200, "Acme Corp"]);
  });

  test("month-name dates need no order: Xero's 12 Mar 2025", () => {
    // 12 Mar 2025 = 45658 + 31 + 28 + 11 = 45728.
    const result = prepared(
      prepareLedgerRows([["Acme", "12 Mar 2025", 100]], {
        headers: ["Customer", "Due Date", "Total"],
        mapping: { customer: 0, dueDate: 1, amount: 2 },
        dateSystem: 1900,
      }),
    );
    expect(result.rows[0][1]).toBe(45728);
    expect(result.readings).toEqual([]);
  });

  test("a dispute or hold flag becomes the status Disputed; a paid invoice stays paid", () => {
    const rows = [
      ["Acme", 45808, 100, "DSP", ""],
      ["Acme", 45808, 200, "", ""],
      ["Beta", 45808, 300, "Yes", "Paid"],
      ["Beta", 45808, 400, "No", "Promised"],
    ];
    const result = prepared(
      prepareLedgerRows(rows, {
        headers: ["Customer", "Due", "Amount", "On Hold", "Status"],
        mapping: { customer: 0, dueDate: 1, amount: 2, disputed: 3, status: 4 },
        dateSystem: 1900,
      }),
    );
    expect(result.rows.map((row) => row[4])).toEqual(["Disputed", "", "Paid", "Promised"]);
  });

  test("a flag with no status column gets a status column of its own past the ledger", () => {
    const result = prepared(
      prepareLedgerRows([["Acme", 45808, 100, true]], {
        headers: ["customerName", "dueDate", "balanceDue", "isDisputed"],
        mapping: { customer: 0, dueDate: 1, openAmount: 2, disputed: 3 },
        dateSystem: 1900,
      }),
    );
    expect(result.mapping.status).toBe(4);
    expect(result.rows[0]).toEqual(["Acme", 45808, 100, true, "Disputed"]);
  });
});

describe("a dispute column with 是/否 (issue #15)", () => {
  test("争议 是 holds the invoice as disputed; 否 does not", () => {
    const headers = ["客户", "到期日", "金额", "争议"];
    const chosen = chooseHeaderRow([headers]);
    expect(chosen?.scoring.mapping).toEqual({ customer: 0, dueDate: 1, amount: 2, disputed: 3 });
    const result = prepareLedgerRows(
      [
        ["甲公司", 45808, 100, "是"],
        ["乙公司", 45808, 200, "否"],
      ],
      { headers, mapping: chosen!.scoring.mapping, dateSystem: 1900 },
    );
    if (isFailure(result)) throw new Error(result.message);
    expect(result.rows.map((row) => row[4] ?? "")).toEqual(["Disputed", ""]);
  });
});

test("in place (the scan's own freshly read rows): the same rows, settled where they are", () => {
  const rows = [
    ["Acme", "30.06.2025", "1.234,50"],
    ["TOTAL", "", "1.234,50"],
  ];
  const result = prepareLedgerRows(rows, {
    headers: ["Customer", "Due", "Amount"],
    mapping: { customer: 0, dueDate: 1, amount: 2 },
    dateSystem: 1900,
    inPlace: true,
  });
  if (isFailure(result)) throw new Error(result.message);
  expect(result.rows).toBe(rows);
  expect(rows).toEqual([["Acme", 45838, 1234.5], []]);
});
