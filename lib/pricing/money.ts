/** Money is integer minor units (cents). */

/** Rounds half away from zero to a whole number of cents. */
export function roundCents(value: number) {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** `amount × bps / 10 000`, rounded half-up — for percentages and tax rates in basis points. */
export function applyBps(amountCents: number, bps: number) {
  return roundCents((amountCents * bps) / 10_000);
}

/**
 * Splits `total` across `weights` in proportion, in whole cents, so that the parts add up
 * exactly to `total` (largest remainder method). Used to spread an order discount over lines.
 */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts;
}

const formatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(currency: string, locale: string, whole: boolean) {
  const key = `${locale}:${currency}:${whole ? "whole" : "exact"}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency, ...(whole ? { minimumFractionDigits: 0 } : {}) });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats integer minor units as money: 349 → "$3.49" (the currency's own number of minor
 * digits, so ¥ amounts are not divided by 100). The one money formatter of the app.
 * `dropZeroCents` prints a whole amount without them ("$50", for copy like "free over $50").
 */
export function formatMoney(cents: number, currency = "USD", locale = "en-US", { dropZeroCents = false } = {}) {
  const exact = moneyFormatter(currency, locale, false);
  const digits = exact.resolvedOptions().maximumFractionDigits ?? 2;
  const whole = dropZeroCents && cents % 10 ** digits === 0;
  return (whole ? moneyFormatter(currency, locale, true) : exact).format(cents / 10 ** digits);
}
