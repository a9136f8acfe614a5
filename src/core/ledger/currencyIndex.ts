import { normalizeCurrency } from "./ledgerScanSettings";

/**
 * Currency codes by index: a currency cell is normalised once per distinct cell value, and each
 * code gets one index (blank cells take the default currency's).
 */
export class CurrencyIndex {
  private readonly byCode = new Map<string, number>();
  private readonly byCell = new Map<unknown, number>();

  constructor(private readonly codes: string[]) {}

  of(code: string): number {
    let index = this.byCode.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.codes.push(code);
      this.byCode.set(code, index);
    }
    return index;
  }

  ofCell(cell: unknown, defaultIndex: number): number {
    let index = this.byCell.get(cell);
    if (index === undefined) {
      const code = normalizeCurrency(cell);
      index = code === "" ? defaultIndex : this.of(code);
      this.byCell.set(cell, index);
    }
    return index;
  }
}
