import { Badge, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { isFailure } from "../core/failure";
import { LEDGER_FIELDS, type LedgerField, type LedgerMapping } from "../core/ledger/ledgerFields";
import { resolveMapping } from "../core/ledger/resolveMapping";
import { columnLetters } from "../core/report/cellAddress";
import type { LedgerLocation, MappingOverrides } from "../excel/ledgerWorkbook";
import type { Messages } from "./messages";
import { useMessages } from "./paneContext";

export interface LedgerMappingTableProps {
  location: LedgerLocation;
  overrides: MappingOverrides;
  onMappingChange: (overrides: MappingOverrides) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  mapping: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
  // A list as wide as its longest header would push the pane sideways at 320 px: it shrinks instead.
  select: { minWidth: 0 },
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

// A known header scores 1; a header that only contains one scores 0.6–0.9 (scoreHeaders.ts).
const LIKELY = 0.75;

/** The mapping the scan will use: the recognised one with the user's choices on top (the core's rule). */
export function effectiveMapping(location: LedgerLocation, overrides: MappingOverrides): LedgerMapping {
  const resolved = resolveMapping(location.headers, location.autoMapping, overrides);
  if (!isFailure(resolved)) return resolved.mapping;
  // Two choices on one column (the scan refuses it and says so): show each field's own choice.
  const mapping: LedgerMapping = { ...location.autoMapping };
  for (const field of LEDGER_FIELDS) {
    const choice = overrides[field];
    if (choice === null) delete mapping[field];
    else if (choice !== undefined) mapping[field] = choice.column;
  }
  return mapping;
}

/** "B · Open balance": the column's sheet letter and its header. */
export function columnLabel(m: Messages, location: LedgerLocation, column: number): string {
  return m.columnOption(columnLetters(location.firstColumn + column), location.headers[column]?.trim() || m.noHeader);
}

/** How sure the field's column is, or undefined for an unmapped field. */
function scoreOf(location: LedgerLocation, overrides: MappingOverrides, field: LedgerField, column: number | undefined) {
  if (column === undefined) return undefined;
  if (overrides[field] !== undefined) return "chosen" as const;
  const match = location.recognition.matches.find((m) => m.field === field && m.column === column);
  if (!match) return undefined;
  return match.score >= 1 ? ("known" as const) : match.score >= LIKELY ? ("likely" as const) : ("guess" as const);
}

const BADGE_COLOR = { known: "success", likely: "informative", guess: "warning", chosen: "brand" } as const;

/**
 * One list per field of the ledger's columns ("B · Open balance"); a choice is kept by header text
 * (ColumnChoice), choosing the recognised column again drops it. Each mapped field says how sure
 * its column is: a known header, a likely one, a guess, or the user's choice.
 */
export function LedgerMappingTable({ location, overrides, onMappingChange, disabled = false }: LedgerMappingTableProps) {
  const styles = useStyles();
  const m = useMessages();
  const mapping = effectiveMapping(location, overrides);
  const change = (field: LedgerField, value: string) => {
    const next: MappingOverrides = { ...overrides };
    delete next[field];
    const auto = location.autoMapping[field];
    if (value === "") {
      if (auto !== undefined) next[field] = null;
    } else {
      const column = Number(value);
      if (column !== auto) next[field] = { header: location.headers[column] ?? "", column };
    }
    onMappingChange(next);
  };
  return (
    <div className={styles.mapping}>
      {LEDGER_FIELDS.map((field) => {
        const column = mapping[field];
        const score = scoreOf(location, overrides, field, column);
        return (
          <Field
            key={field}
            label={m.fields[field]}
            orientation="horizontal"
            hint={
              score && (
                <Badge appearance="tint" color={BADGE_COLOR[score]} size="small">
                  {m.matchScore[score]}
                </Badge>
              )
            }
          >
            <Select
              value={column === undefined ? "" : String(column)}
              onChange={(_, d) => change(field, d.value)}
              disabled={disabled}
            >
              <option value="">{m.notMapped}</option>
              {location.headers.map((_header, i) => (
                <option key={i} value={String(i)}>
                  {columnLabel(m, location, i)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
