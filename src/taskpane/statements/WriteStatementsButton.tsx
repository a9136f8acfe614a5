import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { letterRowsFromLedger } from "../../core/letters/letterRowsFromLedger";
import { messageText } from "../../core/messages/message";
import { buildStatements } from "../../core/statements/buildStatements";
import { STATEMENT_MESSAGES as M } from "../../core/statements/statementMessages";
import type { Notice } from "../notice";
import { NoticeBar } from "../NoticeBar";
import type { ScanViewProps } from "../PaneViews";
import { useMessages } from "../paneContext";
import { useAsyncAction } from "../useAsyncAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * `Write statements`: a statement of account for every customer with open items of the last scan,
 * on the Statements sheet (one block per customer, a page break between them), in the pane's
 * language. The statements are built with src/core from the scan's own rows and aging edges, so
 * they show the dashboard's figures. Hidden when there is no scan or the port cannot write them.
 */
export function WriteStatementsButton({ workbook, language, scanned }: ScanViewProps) {
  const styles = useStyles();
  const { notice, busy, run } = useAsyncAction(useMessages());
  const write = workbook.writeStatements?.bind(workbook);
  if (scanned === null || write === undefined) return null;
  const say = (message: Parameters<typeof messageText>[0]) => messageText(message, language);

  const onClick = () =>
    run(async (): Promise<Notice> => {
      const statements = buildStatements(letterRowsFromLedger(scanned), {
        asOfSerial: scanned.asOf,
        edges: scanned.analysis.context.edges,
      });
      if (statements.length === 0) return { intent: "warning", text: say(M.nothingToWrite()) };
      const outcome = await write({ statements, language, dateSystem: scanned.dateSystem });
      if (outcome.kind === "done") {
        return { intent: "success", text: say(M.written({ count: outcome.customers, address: outcome.address })) };
      }
      return { intent: "error", text: say(M.occupied({ address: outcome.address, value: outcome.value })) };
    });

  return (
    <div className={styles.root}>
      <div>
        <Button disabled={busy} onClick={() => void onClick()}>
          {say(M.writeButton())}
        </Button>
      </div>
      <NoticeBar notice={notice} />
    </div>
  );
}
