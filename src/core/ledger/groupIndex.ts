import { CurrencyAccumulator } from "./currencyAccumulator";
import { CustomerGroup, type CustomerEntity } from "./customerAccumulator";

/**
 * The scan's customer groups (one per customer and currency), numbered 0, 1, 2… as they appear,
 * with each currency's portfolio totals made when its first group is. The row loop asks for a
 * group by integers — the customer's entity id and the currency's index — and the usual answer
 * (the customer's group of the previous row, since customers rarely mix currencies) comes from two
 * typed-array reads, with no object touched.
 *
 * @example
 * const index = new GroupIndex([acme], ["USD", "EUR"], 5);
 * index.groupOf(0, 0) //=> 0   (Acme in USD, made now)
 * index.groupOf(0, 1) //=> 1   (Acme in EUR)
 * index.groupOf(0, 0) //=> 0
 */
export class GroupIndex {
  readonly groups: CustomerGroup[] = [];
  /** Portfolio totals per currency, in order of first use. */
  readonly currencies: CurrencyAccumulator[] = [];
  /** Portfolio totals by currency index; set once a group in that currency exists. */
  readonly totalsByCurrency: CurrencyAccumulator[] = [];
  /** Portfolio totals of each group's currency, by group index. */
  readonly currencyOfGroup: CurrencyAccumulator[] = [];
  /** Per entity: the group it used last (-1: none yet), and the first of its groups' chain. */
  private readonly lastOfEntity: Int32Array;
  private readonly firstOfEntity: Int32Array;
  /** Per group: its currency index, and the next group of the same customer (-1: end). */
  private currencyOf: Int32Array = new Int32Array(64);
  private nextOfEntity: Int32Array = new Int32Array(64);

  /**
   * @param entities - the customers by entity id
   * @param codes - currency codes by currency index; the scan may add codes as it reads them
   */
  constructor(
    private readonly entities: readonly CustomerEntity[],
    private readonly codes: readonly string[],
    private readonly bucketCount: number,
  ) {
    this.lastOfEntity = new Int32Array(entities.length).fill(-1);
    this.firstOfEntity = new Int32Array(entities.length).fill(-1);
  }

  /** The group of entity `entity` in currency `currency`, made on first use. */
  groupOf(entity: number, currency: number): number {
    const last = this.lastOfEntity[entity];
    if (last >= 0 && this.currencyOf[last] === currency) return last;
    return this.otherGroup(entity, currency);
  }

  private otherGroup(entity: number, currency: number): number {
    let group = this.firstOfEntity[entity];
    while (group >= 0 && this.currencyOf[group] !== currency) group = this.nextOfEntity[group];
    if (group < 0) group = this.addGroup(entity, currency);
    this.lastOfEntity[entity] = group;
    return group;
  }

  private addGroup(entity: number, currency: number): number {
    const group = this.groups.length;
    if (group === this.currencyOf.length) {
      this.currencyOf = grown(this.currencyOf);
      this.nextOfEntity = grown(this.nextOfEntity);
    }
    let totals = this.totalsByCurrency[currency] as CurrencyAccumulator | undefined;
    if (totals === undefined) {
      totals = new CurrencyAccumulator(this.codes[currency], this.bucketCount);
      this.totalsByCurrency[currency] = totals;
      this.currencies.push(totals);
    }
    this.groups.push(new CustomerGroup(this.entities[entity], this.codes[currency], group, totals));
    this.currencyOfGroup.push(totals);
    this.currencyOf[group] = currency;
    this.nextOfEntity[group] = this.firstOfEntity[entity];
    this.firstOfEntity[entity] = group;
    return group;
  }
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
