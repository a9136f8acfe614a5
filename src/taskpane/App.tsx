import { FluentProvider, Select, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../core/language";
import type { LedgerWorkbook } from "../excel/ledgerWorkbook";
import { PaneViews } from "./PaneViews";
import { MESSAGES } from "./messages";
import { MessagesContext, WorkbookContext } from "./paneContext";

export interface AppProps {
  /**
   * Dark theme (from the Office theme or the system preference, see isDarkTheme).
   * @default false
   */
  dark?: boolean;
  /**
   * The workbook port (connectExcel(…).workbook, built in index.tsx, inside Excel); without one
   * the pane says it needs Excel.
   * @default null
   */
  workbook?: LedgerWorkbook | null;
  /**
   * UI language to start with (languageOf(Office.context.displayLanguage)); switchable in the header.
   * @default "en"
   */
  language?: Language;
  /**
   * Office's display language as Office gives it (e.g. "en-US"), for locale-dependent suggestions.
   * @default undefined
   */
  displayLanguage?: string;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { flexGrow: 1 },
  note: { display: "block", padding: tokens.spacingHorizontalL },
});

/** The task pane: one FluentProvider at the root, a header naming the add-in, the ledger desk. */
export function App({ dark = false, workbook = null, language = "en", displayLanguage }: AppProps) {
  const [lang, setLang] = useState<Language>(language);
  const [picked, setPicked] = useState<Language | null>(null);
  const messages = MESSAGES[lang];
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <MessagesContext.Provider value={messages}>
        <WorkbookContext.Provider value={workbook}>
          <Shell
            language={lang}
            picked={picked}
            onLanguageChange={(next) => {
              setLang(next);
              setPicked(next);
            }}
            onSavedLanguage={setLang}
            displayLanguage={displayLanguage}
          />
        </WorkbookContext.Provider>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}

interface ShellProps {
  language: Language;
  picked: Language | null;
  onLanguageChange: (language: Language) => void;
  onSavedLanguage: (language: Language) => void;
  displayLanguage?: string;
}

function Shell({ language, picked, onLanguageChange, onSavedLanguage, displayLanguage }: ShellProps) {
  const styles = useStyles();
  const messages = MESSAGES[language];
  return (
    <WorkbookContext.Consumer>
      {(workbook) => (
        <div className={styles.root} lang={language === "zh" ? "zh-CN" : "en"}>
          <header className={styles.header}>
            <img src="assets/icon-32.png" width={24} height={24} alt="" />
            <Text as="h1" size={500} weight="semibold" className={styles.title}>
              {messages.appTitle}
            </Text>
            <Select
              aria-label={messages.language}
              size="small"
              value={language}
              onChange={(_, d) => onLanguageChange(d.value === "zh" ? "zh" : "en")}
            >
              <option value="en">English</option>
              <option value="zh">中文</option>
            </Select>
          </header>
          {workbook ? (
            <PaneViews
              workbook={workbook}
              language={language}
              pickedLanguage={picked}
              onSavedLanguage={onSavedLanguage}
              displayLanguage={displayLanguage}
            />
          ) : (
            <Text className={styles.note}>{messages.noWorkbook}</Text>
          )}
        </div>
      )}
    </WorkbookContext.Consumer>
  );
}
