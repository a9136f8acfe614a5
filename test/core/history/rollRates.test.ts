import { rollRates, type RollRate } from "../../../src/core/history/rollRates";
import { EDGES, EUR_ROWS, ledgerOf, MONTH_ENDS, USD_ROWS } from "./sharedExample";

/** A roll rate as [balance, rolled] in currency units and its rate (null = blank). */
const plain = (roll: RollRate) => [roll.balanceCents / 100, roll.rolledCents / 100, roll.rate];

describe("rollRates, the shared example", () => {
  const rolls = rollRates(ledgerOf(USD_ROWS), MONTH_ENDS, EDGES);

  test("one pair per consecutive month-ends, one roll per bucket except the oldest", () => {
    expect(rolls.pairs).toHaveLength(3);
    for (const pair of rolls.pairs) expect(pair).toHaveLength(4);
    expect(rolls.bucketCount).toBe(5);
  });

  test("Jan→Feb: Current 500 of 1,500 (C; A paid), 1-30 2,000 of 2,000, 31-60 0 of 1,500 (F stays), 61-90 blank", () => {
    expect(rolls.pairs[0].map(plain)).toEqual([
      [1500, 500, 500 / 1500],
      [2000, 2000, 1],
      [1500, 0, 0],
      [0, 0, null],
    ]);
  });

  test("Feb→Mar: Current 800 of 800, 1-30 0 of 500 (C paid), 31-60 2,000 of 3,500 (B; F paid), 61-90 blank", () => {
    expect(rolls.pairs[1].map(plain)).toEqual([
      [800, 800, 1],
      [500, 0, 0],
      [3500, 2000, 2000 / 3500],
      [0, 0, null],
    ]);
  });

  test("Mar→Apr: Current blank, 1-30 800 of 800, 31-60 blank, 61-90 2,000 of 2,000", () => {
    expect(rolls.pairs[2].map(plain)).toEqual([
      [0, 0, null],
      [800, 800, 1],
      [0, 0, null],
      [2000, 2000, 1],
    ]);
  });

  test("pooled: 1,300/2,300, 2,800/3,300, 2,000/5,000, 2,000/2,000 (to 1e-9)", () => {
    const [current, first, second, third] = rolls.pooled;
    expect([current.balanceCents, first.balanceCents, second.balanceCents, third.balanceCents]).toEqual([
      230000, 330000, 500000, 200000,
    ]);
    expect([current.rolledCents, first.rolledCents, second.rolledCents, third.rolledCents]).toEqual([
      130000, 280000, 200000, 200000,
    ]);
    expect(current.rate).toBeCloseTo(0.565217391304, 9);
    expect(first.rate).toBeCloseTo(0.848484848485, 9);
    expect(second.rate).toBeCloseTo(0.4, 9);
    expect(third.rate).toBeCloseTo(1, 9);
  });

  test("the snapshots of the same pass are returned beside the rates", () => {
    // Feb28 31-60: B 39 d + F 59 d = 3,500.00
    expect(rolls.snapshots.balanceCents[1 * 5 + 2]).toBe(350000);
  });
});

describe("rollRates, the second currency", () => {
  const rolls = rollRates(ledgerOf(EUR_ROWS), MONTH_ENDS, EDGES);

  test("pairs by hand, with blanks where a bucket held nothing", () => {
    expect(rolls.pairs.map((pair) => pair.map((roll) => roll.rate))).toEqual([
      [1, 1, null, null], // Jan→Feb: G 400 of 400, H 600 of 600
      [null, 1, 1, null], // Feb→Mar: G 400 of 400, H 600 of 600
      [0, null, 0, 1], // Mar→Apr: I paid, G paid, H 600 of 600
    ]);
  });

  test("pooled: 400/650, 1,000/1,000, 600/1,000, 600/600", () => {
    expect(rolls.pooled.map((roll) => [roll.balanceCents, roll.rolledCents])).toEqual([
      [65000, 40000],
      [100000, 100000],
      [100000, 60000],
      [60000, 60000],
    ]);
    expect(rolls.pooled[0].rate).toBeCloseTo(8 / 13, 9);
    expect(rolls.pooled[2].rate).toBeCloseTo(0.6, 9);
  });
});

describe("rollRates, edge cases", () => {
  test("an invoice that jumps two buckets between month-ends rolls from its bucket once", () => {
    // 100.00 invoiced 45600, due 45680: Jan31 8 d (1-30); due 45680 at Mar31 is 67 d (61-90).
    // Month-ends Jan31 and Mar31 only: 1-30 rolled 100 of 100.
    const rolls = rollRates(ledgerOf([["X", 10000, 45600, 45680, null]]), [45688, 45747], EDGES);
    expect(rolls.pairs[0].map((roll) => roll.rolledCents)).toEqual([0, 10000, 0, 0]);
  });

  test("fewer than two month-ends: no pairs, every pooled rate blank", () => {
    const rolls = rollRates(ledgerOf(USD_ROWS), [45688], EDGES);
    expect(rolls.pairs).toEqual([]);
    expect(rolls.pooled.map((roll) => roll.rate)).toEqual([null, null, null, null]);
  });

  test("other edges: {30} gives Current, 1-30, 31+ and two roll rates", () => {
    // Jan31: Current A, C 1,500; 1-30 B 2,000; 31+ F 1,500. Feb28: Current E 800; 1-30 C 500; 31+ B, F 3,500.
    // Jan→Feb: Current 500 of 1,500 (C); 1-30 2,000 of 2,000 (B).
    const rolls = rollRates(ledgerOf(USD_ROWS), [45688, 45716], [30]);
    expect(rolls.pooled.map((roll) => [roll.balanceCents, roll.rolledCents])).toEqual([
      [150000, 50000],
      [200000, 200000],
    ]);
  });
});
