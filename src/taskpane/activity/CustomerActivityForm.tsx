import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import {
  customerActivityRow,
  type CustomerLogField,
  type CustomerLogForm,
  type CustomerLogKind,
  type CustomerLogProblem,
} from "../../core/activity/customerActivityRow";
import { openInvoiceNumbers } from "../../core/activity/openInvoiceNumbers";
import { formatIsoDate } from "../../core/dates/excelSerial";
import type { Language } from "../../core/language";
import type { CustomerSummary } from "../../core/ledger/ledgerAnalysisTypes";
import { messageText, type Message } from "../../core/messages/message";
import type { LedgerWorkbook, ScannedLedger } from "../../excel/ledgerWorkbook";
import { NoticeBar } from "../NoticeBar";
import type { Notice } from "../notice";
import { useMessages } from "../paneContext";
import { ACTIVITY_PANE_MESSAGES as M } from "./activityPaneMessages";
import { logActivityRows } from "./logActivityRows";

export interface CustomerActivityFormProps {
  workbook: LedgerWorkbook;
  scanned: ScannedLedger;
  /** The card's customer, in one currency. */
  customer: Pick<CustomerSummary, "customer" | "currency">;
  language: Language;
  /** Called once the row is in the register, with the notice to show (the form then closes). */
  onLogged: (notice: Notice) => void;
  onCancel: () => void;
}

const KINDS: readonly CustomerLogKind[] = ["promise", "dispute", "release", "note"];

/** Invoice numbers listed in the hint; the rest stay offered by the field's suggestions. */
const HINTED_INVOICES = 8;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const EMPTY: Omit<CustomerLogForm, "kind" | "currency"> = { invoice: "", amount: "", dueBy: "", reason: "" };

/**
 * A customer card's "Log…" form: a promise to pay (amount, currency, pay-by date), a dispute (the
 * invoice it holds, offered from the customer's open invoices, and a reason), the release of a
 * dispute (one invoice, or all when blank) or a note. The row is built by src/core
 * (customerActivityRow) and dated the scan's as-of; a field it refuses shows why under its own
 * label and nothing is logged.
 */
export function CustomerActivityForm({ workbook, scanned, customer, language, onLogged, onCancel }: CustomerActivityFormProps) {
  const styles = useStyles();
  const shared = useMessages();
  const t = (message: Message) => messageText(message, language);
  const [kind, setKind] = useState<CustomerLogKind>("promise");
  const [fields, setFields] = useState({ ...EMPTY, currency: customer.currency });
  const [problems, setProblems] = useState<Partial<Record<CustomerLogField, CustomerLogProblem>>>({});
  const [failure, setFailure] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const listId = useId();

  const invoices = useMemo(() => {
    const index = scanned.analysis.customers.findIndex(
      (c) => c.customer === customer.customer && c.currency === customer.currency,
    );
    return index < 0 ? [] : openInvoiceNumbers(scanned, index);
  }, [scanned, customer]);
  const asOfIso = formatIsoDate(scanned.asOf, scanned.dateSystem);

  const labels: Record<CustomerLogField, string> = {
    amount: t(M.amount()),
    currency: t(M.currency()),
    dueBy: t(M.dueBy()),
    invoice: t(kind === "release" ? M.invoiceOptional() : M.invoice()),
    reason: t(kind === "note" ? M.noteText() : M.reason()),
  };
  const problemText = (field: CustomerLogField): string | undefined => {
    const problem = problems[field];
    if (problem === undefined) return undefined;
    const label = labels[field];
    return t(problem === "beforeAsOf" ? M.beforeAsOf({ label, date: asOfIso }) : M[problem]({ label }));
  };
  const field = (name: CustomerLogField) => {
    const message = problemText(name);
    return message === undefined
      ? { label: labels[name] }
      : { label: labels[name], validationMessage: message, validationState: "error" as const };
  };
  const set = (name: keyof typeof fields) => (_: unknown, data: { value: string }) => {
    setFields((old) => ({ ...old, [name]: data.value }));
    setProblems((old) => ({ ...old, [name]: undefined }));
  };

  const submit = async () => {
    setFailure(null);
    const built = customerActivityRow(
      { kind, ...fields },
      {
        customer: customer.customer,
        asOf: scanned.asOf,
        dateSystem: scanned.dateSystem,
        language,
        // A ledger without a currency column groups every customer under "": its promises name none.
        currencyRequired: customer.currency !== "",
      },
    );
    if ("problems" in built) {
      setProblems(built.problems);
      return;
    }
    setBusy(true);
    const result = await logActivityRows(workbook, [built.row], language, shared);
    setBusy(false);
    if (result.logged) onLogged({ intent: "success", text: t(M.logged({ customer: customer.customer })) });
    else setFailure({ intent: "error", text: result.text });
  };

  const kindNames: Record<CustomerLogKind, string> = {
    promise: t(M.kindPromise()),
    dispute: t(M.kindDispute()),
    release: t(M.kindRelease()),
    note: t(M.kindNote()),
  };
  const needsInvoice = kind === "dispute" || kind === "release";
  return (
    <form
      className={styles.root}
      aria-label={t(M.formTitle({ customer: customer.customer }))}
      // The fields' own messages say what is missing, in the pane's language: no browser bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Text size={200}>{t(M.formDated({ date: asOfIso }))}</Text>
      <Field label={t(M.kind())}>
        <Select
          value={kind}
          onChange={(_, data) => {
            setKind(data.value as CustomerLogKind);
            setProblems({});
          }}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindNames[k]}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "promise" && (
        <>
          <Field {...field("amount")} required>
            <Input inputMode="decimal" value={fields.amount} onChange={set("amount")} />
          </Field>
          <Field {...field("currency")} required={customer.currency !== ""}>
            <Input value={fields.currency} onChange={set("currency")} />
          </Field>
          <Field {...field("dueBy")} required>
            <Input type="date" min={asOfIso} value={fields.dueBy} onChange={set("dueBy")} />
          </Field>
        </>
      )}
      {needsInvoice && (
        <Field
          {...field("invoice")}
          required={kind === "dispute"}
          hint={
            invoices.length > 0 ? t(M.openInvoicesHint({ invoices: invoices.slice(0, HINTED_INVOICES).join(", ") })) : undefined
          }
        >
          <Input value={fields.invoice} onChange={set("invoice")} list={invoices.length > 0 ? listId : undefined} />
        </Field>
      )}
      {needsInvoice && invoices.length > 0 && (
        <datalist id={listId}>
          {invoices.map((invoice) => (
            <option key={invoice} value={invoice} />
          ))}
        </datalist>
      )}
      <Field {...field("reason")} required={kind === "note"}>
        <Textarea value={fields.reason} onChange={set("reason")} resize="vertical" />
      </Field>
      <NoticeBar notice={failure} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabled={busy}>
          {t(M.save())}
        </Button>
        <Button type="button" size="small" onClick={onCancel}>
          {t(M.cancel())}
        </Button>
      </div>
    </form>
  );
}
