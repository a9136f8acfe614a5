import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { LADDER_PRESETS, type LadderPresetName } from "../core/dunning/ladderPresets";
import type { PaneSettings } from "../excel/ledgerWorkbook";
import { AnalysisSettingsFields } from "./AnalysisSettingsFields";
import { LinesField } from "./LinesField";
import { NumberField } from "./NumberField";
import { useMessages } from "./paneContext";

export interface ScanSettingsSectionProps {
  settings: PaneSettings;
  asOfIso: string;
  resultColumn: string;
  onSettingsChange: (change: Partial<PaneSettings>) => void;
  onAsOfChange: (iso: string) => void;
  onResultColumnChange: (letters: string) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // The date-order list's long first option must not widen the pane.
  selectElement: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

const RANGE = "range";
// The date order not yet stated: the scan asks when a file's dates read either way.
const ASK = "ask";

/**
 * As-of date, ladder (a preset or a workbook range), small-balance threshold, key accounts, the
 * order of day-month dates (or ask), result placement; then the analysis settings kept in the
 * workbook (aging edges, review threshold, reminder interval, thresholds per currency, limit table).
 */
export function ScanSettingsSection(props: ScanSettingsSectionProps) {
  const { settings, asOfIso, resultColumn, onSettingsChange, onAsOfChange, onResultColumnChange, disabled = false } = props;
  const styles = useStyles();
  const m = useMessages();
  const ladderValue = settings.ladder.kind === "preset" ? settings.ladder.name : RANGE;
  return (
    <section className={styles.root} aria-label={m.settings}>
      <Text weight="semibold">{m.settings}</Text>
      <Field label={m.asOf}>
        <Input type="date" value={asOfIso} onChange={(_, d) => onAsOfChange(d.value)} disabled={disabled} />
      </Field>
      <Field label={m.ladder}>
        <Select
          value={ladderValue}
          disabled={disabled}
          onChange={(_, d) =>
            onSettingsChange({
              ladder: d.value === RANGE ? { kind: "range", address: "" } : { kind: "preset", name: d.value as LadderPresetName },
            })
          }
        >
          {(Object.keys(LADDER_PRESETS) as LadderPresetName[]).map((name) => (
            <option key={name} value={name}>
              {m.ladderPresets[name]}
            </option>
          ))}
          <option value={RANGE}>{m.ladderRange}</option>
        </Select>
      </Field>
      {settings.ladder.kind === "range" && (
        <Field label={m.ladderRangeAddress}>
          <Input
            value={settings.ladder.address}
            placeholder="Ladder!A1:B8"
            disabled={disabled}
            onChange={(_, d) => onSettingsChange({ ladder: { kind: "range", address: d.value } })}
          />
        </Field>
      )}
      <NumberField
        label={m.minAmount}
        hint={m.minAmountHint}
        rule={{ min: 0 }}
        value={settings.minAmount}
        disabled={disabled}
        // A refused text keeps the last good threshold; the field shows why it refused.
        onValueChange={(value) => value !== null && onSettingsChange({ minAmount: value })}
      />
      <LinesField
        label={m.keyAccounts}
        hint={m.keyAccountsHint}
        lines={settings.keyAccounts}
        disabled={disabled}
        onLinesChange={(keyAccounts) => onSettingsChange({ keyAccounts })}
      />
      <Field label={m.dateOrder} hint={m.dateOrderHint}>
        <Select
          select={{ className: styles.selectElement }}
          value={settings.dateOrder ?? ASK}
          disabled={disabled}
          onChange={(_, d) => onSettingsChange({ dateOrder: d.value === "dmy" || d.value === "mdy" ? d.value : null })}
        >
          <option value={ASK}>{m.dateOrderAsk}</option>
          <option value="dmy">{m.dateOrderNames.dmy}</option>
          <option value="mdy">{m.dateOrderNames.mdy}</option>
        </Select>
      </Field>
      <Field label={m.resultColumn} hint={m.resultColumnHint}>
        <Input value={resultColumn} disabled={disabled} onChange={(_, d) => onResultColumnChange(d.value)} />
      </Field>
      <AnalysisSettingsFields settings={settings} onSettingsChange={onSettingsChange} disabled={disabled} />
    </section>
  );
}
