// The locators every browser step shares: the pane, the preview's sheet tabs, the pane's top tabs,
// and `one`, which fails loudly when a locator finds nothing or more than one element.

/** The task pane's root in the preview page. */
export const pane = (page) => page.locator("#container");
/** A sheet tab of the preview's grid, by its exact name. */
export const sheetTab = (page, name) => page.locator("#sheet-tabs").getByRole("tab", { name, exact: true });
/** The pane's top-level tabs (Scan, Today, Dashboard, …): the first tab list of the pane. */
export const topTabs = (page) => pane(page).getByRole("tablist").first().getByRole("tab");
/** One top-level tab by its exact name (a Fluent tab's text holds its label twice, so not by text). */
export const topTab = (page, name) => pane(page).getByRole("tablist").first().getByRole("tab", { name, exact: true });

/** Waits for one element a locator names and fails loudly when there is none or more than one. */
export async function one(locator, what, timeout = 10000) {
  await locator
    .first()
    .waitFor({ timeout })
    .catch(() => {
      throw new Error(`${what}: not found in the pane`);
    });
  const count = await locator.count();
  if (count !== 1) throw new Error(`${what}: ${count} found, expected one`);
  return locator;
}
