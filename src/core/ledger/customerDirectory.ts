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
  /** Entity id by cell value; -1 for blank cells. */
  private readonly byCell = new Map<unknown, number>();

  constructor(private readonly keyAccounts: ReadonlySet<string>) {}

  /** The customer named by `cell`, or null when the cell is blank (or spaces only). */
  entityOf(cell: unknown): CustomerEntity | null {
    const id = this.idOf(cell);
    return id < 0 ? null : this.list[id];
  }

  /** The entity id of the customer named by `cell`, or -1 when the cell is blank (or spaces only). */
  idOf(cell: unknown): number {
    const known = this.byCell.get(cell);
    if (known !== undefined) return known;
    const name = cell === null || cell === undefined ? "" : String(cell).trim();
    let id = -1;
    if (name !== "") {
      const key = customerKey(name);
      let entity = this.entities.get(key);
      if (entity === undefined) {
        entity = new CustomerEntity(this.list.length, name, key, this.keyAccounts.has(key));
        this.entities.set(key, entity);
        this.list.push(entity);
      }
      id = entity.id;
    }
    this.byCell.set(cell, id);
    return id;
  }
}
