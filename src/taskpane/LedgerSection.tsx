import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { LedgerLocation, MappingOverrides } from "../excel/ledgerWorkbook";
import { columnLetters } from "../core/report/cellAddress";
import { LedgerMappingTable } from "./LedgerMappingTable";
import type { Messages } from "./messages";
import { NoticeBar } from "./NoticeBar";
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
});

/**
 * What the pane asks about the mapping: each field two columns name equally well (until the user
 * chooses its column), or, when no header was recognised, that every field is mapped by hand.
 */
function mappingWarnings(m: Messages, location: LedgerLocation, overrides: MappingOverrides): string[] {
  if (location.recognition.matches.length === 0) return [m.noFieldsRecognised];
  return location.recognition.competing
    .filter(({ field }) => overrides[field] === undefined)
    .map(({ field, columns }) =>
      m.competing(
        m.fields[field],
        columns.map((column) => competingColumn(m, location, column)),
      ),
    );
}

/** The sheets looked at up to the one the ledger is on (the adapter may list every sheet it read). */
function sheetsSearchedFor(location: LedgerLocation): readonly string[] {
  const at = location.sheetsSearched.indexOf(location.sheet);
  return at < 0 ? location.sheetsSearched : location.sheetsSearched.slice(0, at + 1);
}

/** "'Total' (C)": a column two fields compete for, by header and sheet letter. */
function competingColumn(m: Messages, location: LedgerLocation, column: number): string {
  return m.competingColumn(location.headers[column]?.trim() || m.noHeader, columnLetters(location.firstColumn + column));
}

/**
 * Where the ledger is ("Sheet1!A1:H2301, 2,300 rows", and on which sheet when others were searched
 * first), how to point elsewhere, its column mapping, and what the pane asks about the mapping.
 */
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
  const warnings = location ? mappingWarnings(m, location, overrides) : [];
  const searched = location ? sheetsSearchedFor(location) : [];
  return (
    <section className={styles.root} aria-label={m.ledger}>
      <Text weight="semibold">{m.ledger}</Text>
      {location && (
        <Text>
          {m.ledgerFound(location.address, location.dataRowCount)} · {m.ledgerSource[location.source]}
        </Text>
      )}
      {location && searched.length > 1 && <Text>{m.foundOnSheet(location.sheet, searched)}</Text>}
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
      {warnings.map((text) => (
        <NoticeBar key={text} notice={{ intent: "warning", text }} />
      ))}
      {location && (
        // Open from the start when the pane asks about the mapping; a new ledger found starts afresh.
        <Accordion key={location.address} collapsible defaultOpenItems={warnings.length > 0 ? ["mapping"] : []}>
          <AccordionItem value="mapping">
            <AccordionHeader>{m.mapping}</AccordionHeader>
            <AccordionPanel>
              <LedgerMappingTable
                location={location}
                overrides={overrides}
                onMappingChange={onMappingChange}
                disabled={disabled}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
