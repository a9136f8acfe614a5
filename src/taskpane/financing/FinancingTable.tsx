import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../core/language";
import { formatIsoDate, type DateSystem } from "../../core/dates/excelSerial";
import type { FinancingChoice } from "../../core/financing/financingChoices";
import { formatMoney, formatPercent } from "../../core/money/formatMoney";
import { NoticeBar } from "../NoticeBar";
import { useMessages } from "../paneContext";
import { useAsyncAction } from "../useAsyncAction";
import { useTableStyles } from "../useTableStyles";
import { FINANCING_MESSAGES, type FinancingFigure } from "./financingMessages";

export interface FinancingTableProps {
  /** The options offered (those with invoices they apply to), in order. */
  choices: readonly FinancingChoice[];
  /** The selection's currency (the customer's), for the amounts' digits. */
  currency: string;
  dateSystem: DateSystem;
  language: Language;
}

const useStyles = makeStyles({
  choice: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  figure: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXXS },
  line: { display: "flex", justifyContent: "space-between", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    flexGrow: 1,
  },
});

/** The figures of a row with their values as shown and the formulas behind them. */
function figuresOf(choice: FinancingChoice, show: (figure: FinancingFigure, c: FinancingChoice) => string) {
  const order: [FinancingFigure, string | null | undefined][] = [
    ["cashNow", choice.formulas.cashNow],
    ["cost", choice.formulas.cost],
    ["apr", choice.formulas.apr],
    ["ear", choice.formulas.ear],
    ["rebate", choice.formulas.rebate],
    ["expectedDate", choice.formulas.expectedDate],
  ];
  return order
    .filter((entry): entry is [FinancingFigure, string] => typeof entry[1] === "string")
    .map(([figure, formula]) => ({ figure, formula, value: show(figure, choice) }));
}

/**
 * Factoring, discount, insurance and waiting side by side (cash now, cost, APR/EAR, when), then
 * per choice every figure with the AR.* formula that reproduces it in a cell, and a copy button.
 */
export function FinancingTable({ choices, currency, dateSystem, language }: FinancingTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const t = FINANCING_MESSAGES[language];
  const [copied, setCopied] = useState<string | null>(null);
  const { notice, run } = useAsyncAction(useMessages());
  const copy = (formula: string, id: string) =>
    run(
      async () => {
        setCopied(null);
        await navigator.clipboard.writeText(formula);
        setCopied(id);
        return null;
      },
      { busy: false, failure: () => t.copyFailed },
    );
  // Amounts as the grouped number (the currency is the customer's, in the picker above); rates with two decimals.
  const money = (cents: number) => formatMoney(cents, currency, language, { display: "number" });
  const rate = (value: number) => formatPercent(value, language, 2);
  const show = (figure: FinancingFigure, c: FinancingChoice): string => {
    switch (figure) {
      case "cashNow":
        return money(c.cashNowCents);
      case "cost":
        return money(c.costCents);
      case "apr":
        return c.apr === null ? t.none : rate(c.apr);
      case "ear":
        return c.ear === undefined ? t.none : rate(c.ear);
      case "rebate":
        return c.rebateCents === undefined ? t.none : money(c.rebateCents);
      case "expectedDate":
        return formatIsoDate(c.expectedDateSerial, dateSystem);
    }
  };
  return (
    <>
      <div className={styles.wrap}>
        <table className={styles.table} aria-label={t.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t.choice}
              </th>
              {(["cashNow", "cost", "apr"] as const).map((f) => (
                <th key={f} scope="col" className={`${styles.cell} ${styles.num}`}>
                  {t.figures[f]}
                </th>
              ))}
              <th scope="col" className={styles.cell}>
                {t.when}
              </th>
            </tr>
          </thead>
          <tbody>
            {choices.map((c) => (
              <tr key={c.choice}>
                <th scope="row" className={styles.cell}>
                  {t.choices[c.choice]}
                </th>
                <td className={`${styles.cell} ${styles.num}`}>{show("cashNow", c)}</td>
                <td className={`${styles.cell} ${styles.num}`}>{show("cost", c)}</td>
                <td className={`${styles.cell} ${styles.num}`}>
                  {show("apr", c)}
                  {c.ear !== undefined ? ` / ${show("ear", c)}` : ""}
                </td>
                <td className={styles.cell}>{show("expectedDate", c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {choices.map((c) => (
        <section key={c.choice} className={styles.choice} aria-label={t.choices[c.choice]}>
          <Text weight="semibold">{t.choices[c.choice]}</Text>
          {figuresOf(c, show).map(({ figure, formula, value }) => {
            const name = t.figures[figure];
            const id = `${c.choice}.${figure}`;
            return (
              <div key={figure} className={styles.figure}>
                <div className={styles.line}>
                  <Text size={200}>{name}</Text>
                  <Text size={200} weight="semibold">
                    {value}
                  </Text>
                </div>
                <div className={styles.line}>
                  <code className={styles.formula} aria-label={t.formulaFor(t.choices[c.choice], name)}>
                    {formula}
                  </code>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t.copy(t.choices[c.choice], name)}
                    onClick={() => void copy(formula, id)}
                  >
                    {copied === id ? t.copied : "⧉"}
                  </Button>
                </div>
              </div>
            );
          })}
        </section>
      ))}
      <NoticeBar notice={notice} />
    </>
  );
}
