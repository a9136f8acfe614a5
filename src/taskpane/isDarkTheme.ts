/**
 * Whether the pane should use the dark theme. Inside Office the host's theme decides (its body
 * background, since `officeTheme.isDarkTheme` is missing on some hosts and Excel on the web may
 * lack `officeTheme` entirely); elsewhere the system preference does.
 *
 * @example
 * isDarkTheme({ bodyBackgroundColor: "#1f1f1f" }, false) //=> true
 */
export function isDarkTheme(officeTheme: { bodyBackgroundColor?: string } | undefined, systemPrefersDark: boolean): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(officeTheme?.bodyBackgroundColor ?? "")?.[1];
  if (!hex) return systemPrefersDark;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Relative luminance (ITU-R BT.709 weights); below the midpoint the background is dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
