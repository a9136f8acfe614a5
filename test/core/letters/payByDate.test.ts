import { payByDate } from "../../../src/core/letters/payByDate";
import { d } from "./letterFixtures";

describe("payByDate", () => {
  const monday = d(2025, 6, 30);

  it("adds the days to a weekday: Mon 30 June + 7 = Mon 7 July; + 4 = Fri 4 July", () => {
    expect(payByDate(monday, 7)).toBe(d(2025, 7, 7));
    expect(payByDate(monday, 4)).toBe(d(2025, 7, 4));
    expect(payByDate(monday, 0)).toBe(monday);
  });

  it("moves a Saturday or Sunday on to the Monday", () => {
    expect(payByDate(monday, 5)).toBe(d(2025, 7, 7)); // Sat 5 July
    expect(payByDate(monday, 6)).toBe(d(2025, 7, 7)); // Sun 6 July
  });

  it("across a year end: Sat 20 Dec 2025 + 7 = Sat 27 Dec → Mon 29 Dec", () => {
    expect(payByDate(d(2025, 12, 20), 7)).toBe(d(2025, 12, 29));
  });

  it("1904 date system: same calendar days", () => {
    expect(payByDate(monday - 1462, 5, 1904)).toBe(d(2025, 7, 7) - 1462);
  });
});
