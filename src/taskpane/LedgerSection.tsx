import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { LEDGER_FIELDS, type LedgerField } from "../core/ledger/ledgerFields";
import type { LedgerLocation, MappingOverrides } from "../excel/ledgerWorkbook";
import { useMessages } from "./paneContext";

export interface LedgerSectionProps {
  /** The ledger found, or null while none is. */
  location: LedgerLocation | null;
  overrides: MappingOverrides;
  onFind: (address?: string) => void;
  onMappingChange: (overrides: MappingOverrides) => void;
  /** @default false */
  disabled?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // Stacked, not side by side: at the pane's 320 px a row left the input too narrow and let the
  // long "Use this address" label overlap it.
  address: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  addressButton: { alignSelf: "flex-start", maxWidth: "100%" },
  mapping: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
});

/** Where the ledger is ("Sheet1!A1:H2301, 2,300 rows"), how to point elsewhere, and its column mapping. */
export function LedgerSection({ location, overrides, onFind, onMappingChange, disabled = false }: LedgerSectionProps) {
  const styles = useStyles();
  const m = useMessages();
  // The field shows the ledger found until the user types; a new ledger found replaces what was
  // typed (adjusted while rendering, not in an effect, so no render shows the stale address).
  const found = location?.address ?? "";
  const [address, setAddress] = useState(found);
  const [shownFor, setShownFor] = useState(found);
  if (shownFor !== found) {
    setShownFor(found);
    setAddress(found);
  }
  const columnOf = (field: LedgerField): number | undefined => {
    const override = overrides[field];
    if (override === null) return undefined;
    return override ?? location?.autoMapping[field];
  };
  const change = (field: LedgerField, value: string) => {
    const column = value === "" ? null : Number(value);
    onMappingChange({ ...overrides, [field]: column === location?.autoMapping[field] ? undefined : column });
  };
  return (
    <section className={styles.root} aria-label={m.ledger}>
      <Text weight="semibold">{m.ledger}</Text>
      {location && (
        <Text>
          {m.ledgerFound(location.address, location.dataRowCount)} · {m.ledgerSource[location.source]}
        </Text>
      )}
      <Button onClick={() => onFind()} disabled={disabled}>
        {m.findLedger}
      </Button>
      <div className={styles.address}>
        <Field label={m.ledgerAddress}>
          <Input className={styles.input} value={address} onChange={(_, d) => setAddress(d.value)} disabled={disabled} />
        </Field>
        <Button className={styles.addressButton} onClick={() => onFind(address)} disabled={disabled || address.trim() === ""}>
          {m.useAddress}
        </Button>
      </div>
      {location && (
        <Accordion collapsible>
          <AccordionItem value="mapping">
            <AccordionHeader>{m.mapping}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.mapping}>
                {LEDGER_FIELDS.map((field) => (
                  <Field key={field} label={m.fields[field]} orientation="horizontal">
                    <Select value={String(columnOf(field) ?? "")} onChange={(_, d) => change(field, d.value)} disabled={disabled}>
                      <option value="">{m.notMapped}</option>
                      {location.headers.map((header, i) => (
                        <option key={i} value={String(i)}>
                          {header || `#${i + 1}`}
                        </option>
                      ))}
                    </Select>
                  </Field>
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
