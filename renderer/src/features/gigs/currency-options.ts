/**
 * ISO 4217 currencies the runtime knows (the same list the core validates against), with names for
 * searching ("yen" finds JPY), and the default for a new gig: the last one used, else by locale region.
 */
import type { ComboOption } from '../../components/combobox';

const LAST_USED_KEY = 'gigline.lastCurrency';
const EURO_REGIONS = new Set(
  'AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK AD MC SM VA ME XK'.split(' '),
);

let cached: ComboOption[] | null = null;

export function currencyOptions(): ComboOption[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(undefined, { type: 'currency' });
  const popular = ['EUR', 'USD', 'GBP', 'CHF'];
  const codes = Intl.supportedValuesOf('currency');
  const ordered = [...popular.filter((code) => codes.includes(code)), ...codes.filter((c) => !popular.includes(c))];
  cached = ordered.map((code) => {
    const name = names.of(code) ?? code;
    return { value: code, hint: name, keywords: name };
  });
  return cached;
}

export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function regionDefaultCurrency(language: string): string {
  try {
    const region = new Intl.Locale(language).maximize().region ?? '';
    if (EURO_REGIONS.has(region)) return 'EUR';
    return region === 'GB' ? 'GBP' : 'USD';
  } catch {
    return 'USD';
  }
}

export function defaultCurrency(): string {
  try {
    const last = window.localStorage.getItem(LAST_USED_KEY);
    if (last && /^[A-Z]{3}$/.test(last)) return last;
  } catch {
    // Storage may be unavailable; fall back to the locale.
  }
  return regionDefaultCurrency(navigator.language);
}

export function rememberCurrency(code: string | null | undefined) {
  if (!code) return;
  try {
    window.localStorage.setItem(LAST_USED_KEY, code);
  } catch {
    // Not remembering is harmless.
  }
}
