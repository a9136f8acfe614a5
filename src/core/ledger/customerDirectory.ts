import { CustomerEntity } from "./customerAccumulator";
import { customerKey } from "./ledgerScanSettings";

/**
 * Finds the customer of a customer cell during a scan: one `CustomerEntity` per name (compared by
 * `customerKey`: trimmed, case-insensitive, Unicode NFKC without invisible characters), numbered in
 * order of first appearance. Office.js gives every cell as its own string, so the key is made once
 * per distinct cell text, not per row; spellings that merge are kept for `mergedNames`.
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

  /** The customer named by `cell`, or null when the cell is blank (or spaces or invisible characters only). */
  entityOf(cell: unknown): CustomerEntity | null {
    const id = this.idOf(cell);
    return id < 0 ? null : this.list[id];
  }

  /** The entity id of the customer named by `cell`, or -1 when the cell is blank (or spaces or invisible characters only). */
  idOf(cell: unknown): number {
    const known = this.byCell.get(cell);
    if (known !== undefined) return known;
    const name = cell === null || cell === undefined ? "" : String(cell).trim();
    let id = -1;
    const key = name === "" ? "" : customerKey(name);
    // A name of invisible characters alone is as blank as an empty cell.
    if (key !== "") {
      let entity = this.entities.get(key);
      if (entity === undefined) {
        entity = new CustomerEntity(this.list.length, name, key, this.keyAccounts.has(key));
        this.entities.set(key, entity);
        this.list.push(entity);
      } else if (name !== entity.name) this.noteSpelling(entity, name);
      id = entity.id;
    }
    this.byCell.set(cell, id);
    return id;
  }

  /**
   * Customers whose name came in spellings that differ by more than case and surrounding spaces
   * (Unicode form, invisible characters, repeated spaces), each with its spellings in order of
   * first appearance; the first is the customer's name.
   *
   * @example
   * directory.idOf("Café"); directory.idOf("Cafe\u0301");
   * directory.mergedNames() //=> [{ name: "Café", spellings: ["Café", "Cafe\u0301"] }]
   */
  mergedNames(): { name: string; spellings: string[] }[] {
    return [...this.spellings]
      .sort((a, b) => a[0] - b[0])
      .map(([id, spellings]) => ({ name: this.list[id].name, spellings: [...spellings.values()] }));
  }

  /** Per entity id, its spellings by their trimmed lower case; only for entities with more than one. */
  private readonly spellings = new Map<number, Map<string, string>>();

  private noteSpelling(entity: CustomerEntity, name: string): void {
    const plain = name.toLowerCase();
    let known = this.spellings.get(entity.id);
    if (known === undefined) {
      const first = entity.name.toLowerCase();
      // Only case differs: one customer as it always was, nothing to report.
      if (plain === first) return;
      known = new Map([[first, entity.name]]);
      this.spellings.set(entity.id, known);
    }
    if (!known.has(plain)) known.set(plain, name);
  }
}
