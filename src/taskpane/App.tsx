import { FluentProvider, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export interface AppProps {
  /**
   * Dark theme (from the Office theme or the system preference, see isDarkTheme).
   * @default false
   */
  dark?: boolean;
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
});

/** The task pane: one FluentProvider at the root, a header naming the add-in. */
export function App({ dark = false }: AppProps) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <Shell />
    </FluentProvider>
  );
}

function Shell() {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" width={24} height={24} alt="" />
        <Text as="h1" size={500} weight="semibold">
          AR Credit Desk
        </Text>
      </header>
    </div>
  );
}
