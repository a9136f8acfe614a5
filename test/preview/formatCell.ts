import { formatIsoDate, isDateSerial, type DateSystem } from "../../src/core/dates/excelSerial";

const GROUPED: Record<number, Intl.NumberFormat> = {};
function grouped(decimals: number): Intl.NumberFormat {
  return (GROUPED[decimals] ??= new Intl.NumberFormat("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }));
}

/**
 * A cell's text as the grid shows it, for the number formats the sample and the add-in use:
 * dates (any format with y/m/d, shown ISO), `#,##0.00`-style grouping, `0.0%` percentages, `@`
 * text; General numbers show up to 10 significant digits, as Excel's General does.
 *
 * @example
 * formatCell(45838, "yyyy-mm-dd") //=> "2025-06-30"
 */
export function formatCell(value: string | number | boolean, format: string, system: DateSystem = 1900): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const f = format.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (/[ymd]/i.test(f) && isDateSerial(value, system)) return formatIsoDate(Math.floor(value), system);
  const decimals = /0\.(0+)/.exec(f)?.[1].length ?? 0;
  if (f.includes("%")) return `${grouped(decimals).format(value * 100)}%`;
  if (f.includes("#,##0") || /^0(\.0+)?$/.test(f)) {
    const text = f.includes(",") ? grouped(decimals).format(value) : value.toFixed(decimals);
    return text;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}
