import { CustomerEntity } from "./customerAccumulator";
import { customerKey } from "./ledgerScanSettings";

/**
 * Finds the customer of a customer cell during a scan: one `CustomerEntity` per name (trimmed,
 * case-insensitive), numbered in order of first appearance. Office.js gives every cell as its own
 * string, so the trimmed, lower-cased key is made once per distinct cell text, not per row.
 *
 * @example
 * const directory = new CustomerDirectory(new Set());
 * directory.entityOf(" Acme ") === directory.entityOf("ACME") //=> true
 */
export class CustomerDirectory {
  /** By customer key, in order of first appearance. */
  readonly entities = new Map<string, CustomerEntity>();
  /** By entity id. */
  readonly list: CustomerEntity[] = [];
  private readonly byCell = new Map<unknown, CustomerEntity>();
  private lastCell: unknown = undefined;
  private last: CustomerEntity | null = null;
  /** The previous two rows had one customer. */
  private repeating = false;

  constructor(private readonly keyAccounts: ReadonlySet<string>) {}

  /** The customer named by `cell`, or null when the cell is blank (or spaces only). */
  entityOf(cell: unknown): CustomerEntity | null {
    // A ledger sorted by customer repeats the previous row's name, and comparing with that cell is
    // cheaper than a lookup. Where customers alternate the comparison (of two strings that often
    // differ only near the end) is wasted, so it is made only while the customer keeps repeating.
    if (this.repeating && cell === this.lastCell) return this.last;
    let entity = this.byCell.get(cell);
    if (entity === undefined) {
      const name = cell === null || cell === undefined ? "" : String(cell).trim();
      if (name === "") return null;
      const key = customerKey(name);
      entity = this.entities.get(key);
      if (entity === undefined) {
        entity = new CustomerEntity(this.entities.size, name, key, this.keyAccounts.has(key));
        this.entities.set(key, entity);
        this.list.push(entity);
      }
      this.byCell.set(cell, entity);
    }
    this.repeating = entity === this.last;
    this.lastCell = cell;
    this.last = entity;
    return entity;
  }
}
