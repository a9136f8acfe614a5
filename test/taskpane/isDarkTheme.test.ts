import { isDarkTheme } from "../../src/taskpane/isDarkTheme";

describe("isDarkTheme", () => {
  test("Office's body background decides when present", () => {
    // Excel's dark grey (#1f1f1f): luminance ≈ 0.12 < 0.5 → dark; white: 1.0 → light
    expect(isDarkTheme({ bodyBackgroundColor: "#1F1F1F" }, false)).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(false);
    // Colorful theme light grey #E6E6E6: luminance 0.9 → light
    expect(isDarkTheme({ bodyBackgroundColor: "E6E6E6" }, true)).toBe(false);
  });

  test("without an Office theme (browser, Excel on the web builds without officeTheme) the system preference decides", () => {
    expect(isDarkTheme(undefined, true)).toBe(true);
    expect(isDarkTheme(undefined, false)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "" }, true)).toBe(true);
  });
});
