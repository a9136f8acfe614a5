import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../core/language";
import { formatIsoDate, type DateSystem } from "../../core/dates/excelSerial";
import type { FinancingChoice, FinancingTable as Table } from "../../core/financing/financingChoices";
import { formatCents, formatRate } from "../forecast/formatCents";
import { useTableStyles } from "../useTableStyles";
import { FINANCING_MESSAGES, type FinancingFigure } from "./financingMessages";

export interface FinancingTableProps {
  table: Table;
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

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Factoring, discount, insurance and waiting side by side (cash now, cost, APR/EAR, when), then
 * per choice every figure with the AR.* formula that reproduces it in a cell, and a copy button.
 */
export function FinancingTable({ table, dateSystem, language }: FinancingTableProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const t = FINANCING_MESSAGES[language];
  const [copied, setCopied] = useState<string | null>(null);
  const show = (figure: FinancingFigure, c: FinancingChoice): string => {
    switch (figure) {
      case "cashNow":
        return formatCents(c.cashNowCents, language);
      case "cost":
        return formatCents(c.costCents, language);
      case "apr":
        return c.apr === null ? t.none : formatRate(c.apr, language);
      case "ear":
        return c.ear === undefined ? t.none : formatRate(c.ear, language);
      case "rebate":
        return c.rebateCents === undefined ? t.none : formatCents(c.rebateCents, language);
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
            {table.choices.map((c) => (
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
      {table.choices.map((c) => (
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
                    onClick={() => void copyText(formula).then((ok) => setCopied(ok ? id : null))}
                  >
                    {copied === id ? t.copied : "⧉"}
                  </Button>
                </div>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
