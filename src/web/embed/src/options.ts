// The options of <relations-graph>, read from its attributes. The iframe page /embed passes its URL parameters
// through as the same attributes, so both ways of embedding accept exactly these names and values.

export type Theme = 'light' | 'dark' | 'auto';
export type ViewMode = 'graph' | 'table';

export interface EmbedOptions {
  /** A province (or district) by any recorded name, spelling or id. */
  readonly province: string | null;
  /** ISO 3166-1 alpha-2 code, upper case, for a whole country's network (used when province is not given). */
  readonly country: string | null;
  /** yyyy-MM-dd: only partnerships in force on that day. */
  readonly asOf: string | null;
  /** Partnerships with fewer instruments are left out (0 keeps ties that rest only on a joint mechanism). */
  readonly minInstruments: number;
  readonly theme: Theme;
  /** A CSS length for the whole element. */
  readonly height: string;
  readonly legend: boolean;
  readonly view: ViewMode;
  /** The API's base URL; GraphQL is at graphql under it, documents at documents/{id}. */
  readonly api: URL;
}

export interface ReadOptions {
  readonly options: EmbedOptions;
  /** Problems that stop the network from loading (nothing to show, or a value the API would reject). */
  readonly errors: readonly string[];
  /** Presentation values that were not understood; their defaults are used instead. */
  readonly warnings: readonly string[];
}

export const observedAttributes = ['province', 'country', 'as-of', 'min-instruments', 'theme', 'height', 'legend', 'view', 'api'] as const;

/** Attributes whose change needs new data from the API; the others only change the presentation. */
export const dataAttributes: ReadonlySet<string> = new Set(['province', 'country', 'as-of', 'api']);

const maxNameLength = 200;
const defaultHeight = '480px';

export function readOptions(element: Element, defaultApi: URL): ReadOptions {
  const errors: string[] = [];
  const warnings: string[] = [];
  const text = (name: string) => {
    const value = element.getAttribute(name)?.trim();
    return value ? value : null;
  };

  let province = text('province');
  if (province !== null && province.length > maxNameLength) {
    errors.push(`The province name is longer than ${maxNameLength} characters.`);
    province = null;
  }

  let country = text('country');
  if (country !== null) {
    if (/^[A-Za-z]{2}$/.test(country)) {
      country = country.toUpperCase();
    } else {
      errors.push(`country="${country}" is not an ISO 3166-1 alpha-2 code such as LA or VN.`);
      country = null;
    }
  }

  if (province === null && country === null && errors.length === 0) {
    errors.push('Give a province (province="Xaisomboun") or a country (country="LA").');
  }

  const asOf = text('as-of');
  if (asOf !== null && !isIsoDate(asOf)) {
    errors.push(`as-of="${asOf}" is not a date in the form yyyy-mm-dd.`);
  }

  let minInstruments = 0;
  const min = text('min-instruments');
  if (min !== null) {
    if (/^\d{1,6}$/.test(min)) {
      minInstruments = Number(min);
    } else {
      errors.push(`min-instruments="${min}" is not a whole number of 0 or more.`);
    }
  }

  let api = defaultApi;
  const apiText = text('api');
  if (apiText !== null) {
    const parsed = parseApi(apiText);
    if (parsed) {
      api = parsed;
    } else {
      errors.push(`api="${apiText}" is not an http or https URL.`);
    }
  }

  let theme: Theme = 'auto';
  const themeText = text('theme')?.toLowerCase() ?? null;
  if (themeText === 'light' || themeText === 'dark' || themeText === 'auto') {
    theme = themeText;
  } else if (themeText === 'system') {
    theme = 'auto';
  } else if (themeText !== null) {
    warnings.push(`theme="${themeText}" is not light, dark or auto; following the system.`);
  }

  let height = defaultHeight;
  const heightText = text('height');
  if (heightText !== null) {
    const candidate = /^\d+(\.\d+)?$/.test(heightText) ? `${heightText}px` : heightText;
    if (isCssLength(candidate)) {
      height = candidate;
    } else {
      warnings.push(`height="${heightText}" is not a CSS length such as 480px or 70vh; using ${defaultHeight}.`);
    }
  }

  let legend = true;
  const legendText = text('legend')?.toLowerCase() ?? null;
  if (legendText !== null) {
    if (['false', 'off', 'no', '0', 'hide', 'hidden'].includes(legendText)) {
      legend = false;
    } else if (!['true', 'on', 'yes', '1', 'show'].includes(legendText)) {
      warnings.push(`legend="${legendText}" is not true or false; showing the legend.`);
    }
  }

  let view: ViewMode = 'graph';
  const viewText = text('view')?.toLowerCase() ?? null;
  if (viewText === 'table') {
    view = 'table';
  } else if (viewText !== null && viewText !== 'graph' && viewText !== 'network') {
    warnings.push(`view="${viewText}" is not graph or table; showing the network.`);
  }

  return {
    options: { province, country: province === null ? country : null, asOf, minInstruments, theme, height, legend, view, api },
    errors,
    warnings,
  };
}

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isCssLength(value: string): boolean {
  if (value.length > 40 || /[;{}<>"'\\]/.test(value)) return false;
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' ? CSS.supports('height', value) : /^\d+(\.\d+)?(px|em|rem|vh|vw|%)$/.test(value);
}

function parseApi(value: string): URL | null {
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}
