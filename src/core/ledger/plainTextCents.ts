/**
 * Integer cents of money text in its plainest forms — digits with up to 2 decimals, optionally
 * after "$" and a minus sign ("1234.5", "$-12.30", "-$7") — read without decimal.js, exactly as
 * parseAmount reads them. NaN for anything else, which then takes parseAmount's way.
 *
 * @example
 * plainTextCents("$-12.30") //=> -1230
 */
export function plainTextCents(text: string): number {
  const length = text.length;
  let i = 0,
    negative = false;
  if (text.charCodeAt(i) === 45 /* - */) {
    negative = true;
    i++;
  }
  if (text.charCodeAt(i) === 36 /* $ */) {
    i++;
    if (!negative && text.charCodeAt(i) === 45) {
      negative = true;
      i++;
    }
  }
  const start = i;
  let cents = 0;
  for (; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    cents = cents * 10 + digit;
  }
  // At most 13 whole digits: the cents stay exact and below the amount limit.
  if (i === start || i - start > 13) return Number.NaN;
  cents *= 100;
  if (i < length) {
    if (text.charCodeAt(i) !== 46 /* . */ || length - i < 2 || length - i > 3) return Number.NaN;
    const tenths = text.charCodeAt(i + 1) - 48;
    const hundredths = length - i === 3 ? text.charCodeAt(i + 2) - 48 : 0;
    if (tenths < 0 || tenths > 9 || hundredths < 0 || hundredths > 9) return Number.NaN;
    cents += tenths * 10 + hundredths;
  }
  return negative ? -cents : cents;
}
