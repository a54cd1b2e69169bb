// Reads the public, read-only GraphQL API of RelationsGraph: POST with a JSON body, no credentials, nothing secret.
// The overview query asks only what the picture, the table and the filters need; instrument details (titles,
// fields, sources) are fetched when someone opens a node or a partnership.

export type InstrumentKind = 'AGREEMENT' | 'MOU' | 'MINUTES' | 'PLAN' | 'JOINT_STATEMENT' | 'COORDINATION_RULES' | 'JOINT_COMMITTEE' | 'VISIT' | 'AWARD' | 'OTHER';

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly nameVi: string | null;
}

export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly nameVi: string | null;
  readonly country: Country;
}

export interface InstrumentSummary {
  readonly id: string;
  readonly kind: InstrumentKind;
  readonly signedOn: string | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
}

export interface PartnershipSummary {
  readonly province: Unit;
  readonly partner: Unit;
  readonly instruments: readonly InstrumentSummary[];
  readonly mechanisms: readonly { readonly id: string }[];
}

export type NetworkSource =
  | { readonly kind: 'province'; readonly centre: Unit; readonly partnerships: readonly PartnershipSummary[] }
  | { readonly kind: 'country'; readonly code: string; readonly country: Country | null; readonly partnerships: readonly PartnershipSummary[] };

export interface DocumentRef {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  /** The API's page for the document opened at the quoted passage (relative to the API), when there is one. */
  readonly passage?: string | null;
}

export interface InstrumentDetails extends InstrumentSummary {
  readonly number: string | null;
  readonly title: string;
  readonly titleVi: string | null;
  readonly signedOnClaims: readonly { readonly value: string }[];
  readonly background: boolean;
  readonly fields: readonly { readonly code: string; readonly name: string }[];
  readonly evidence: readonly { readonly quote: string | null; readonly document: DocumentRef; readonly citation: { readonly link: string } }[];
}

export interface PartnershipDetails {
  readonly partner: { readonly id: string };
  readonly instruments: readonly InstrumentDetails[];
  readonly mechanisms: readonly { readonly id: string; readonly name: string }[];
}

// Units carry only their country's code; the names of the countries come once, in the same request.
const unitFields = 'id name nameVi country { code }';
const summaryFields = `instruments { id kind signedOn periodStart periodEnd } mechanisms { id }`;

const provinceQuery = `query RelationsGraphEmbedProvince($name: String!, $asOf: Date) {
  province(name: $name) {
    ${unitFields}
    partners(asOf: $asOf) { partner { ${unitFields} } ${summaryFields} }
  }
  countries { code name nameVi }
}`;

// Partnerships come a page at a time (the API's largest page); a country's network follows every page.
const countryPageSize = 1000;
const countryQuery = `query RelationsGraphEmbedCountry($country: String!, $asOf: Date, $after: String) {
  partnerships(country: $country, asOf: $asOf, first: ${countryPageSize}, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { province { ${unitFields} } partner { ${unitFields} } ${summaryFields} }
  }
  countries { code name nameVi }
}`;

type RawUnit = Omit<Unit, 'country'> & { readonly country: { readonly code: string } };
type RawPartnership = Omit<PartnershipSummary, 'province' | 'partner'> & { readonly province: RawUnit; readonly partner: RawUnit };

/** Gives units their country objects, one object per country. */
function countryResolver(countries: readonly Country[]): (unit: RawUnit) => Unit {
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const units = new Map<string, Unit>();
  return (unit) => {
    let resolved = units.get(unit.id);
    if (!resolved) {
      const country = byCode.get(unit.country.code) ?? { code: unit.country.code, name: unit.country.code, nameVi: null };
      resolved = { id: unit.id, name: unit.name, nameVi: unit.nameVi, country };
      units.set(unit.id, resolved);
    }
    return resolved;
  };
}

const detailsQuery = `query RelationsGraphEmbedDetails($name: String!, $asOf: Date, $partnerCountry: String) {
  province(name: $name) {
    id
    partners(asOf: $asOf, partnerCountry: $partnerCountry) {
      partner { id }
      instruments {
        id kind number title titleVi signedOn signedOnClaims { value } periodStart periodEnd background
        fields { code name }
        evidence { quote document { id title url } citation { link } }
      }
      mechanisms { id name }
    }
  }
}`;

export class ApiError extends Error {
  override readonly name = 'ApiError';
}

export class RelationsApi {
  readonly #endpoint: URL;
  readonly #base: URL;

  constructor(base: URL) {
    this.#base = base;
    this.#endpoint = new URL('graphql', base);
  }

  async provinceNetwork(name: string, asOf: string | null, signal: AbortSignal): Promise<NetworkSource> {
    type Result = { province: (RawUnit & { partners: Omit<RawPartnership, 'province'>[] }) | null; countries: Country[] };
    const data = await this.#query<Result>(provinceQuery, { name, asOf }, signal);
    const centre = data.province;
    if (!centre) throw new ApiError(`No province or district is known by the name “${name}”.`);
    const resolve = countryResolver(data.countries);
    const unit = resolve(centre);
    return {
      kind: 'province',
      centre: unit,
      partnerships: centre.partners.map((p) => ({ province: unit, partner: resolve(p.partner), instruments: p.instruments, mechanisms: p.mechanisms })),
    };
  }

  async countryNetwork(code: string, asOf: string | null, signal: AbortSignal): Promise<NetworkSource> {
    type Page = {
      partnerships: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: RawPartnership[] };
      countries: Country[];
    };
    const raw: RawPartnership[] = [];
    let after: string | null = null;
    let countries: Country[] = [];
    for (;;) {
      const data: Page = await this.#query<Page>(countryQuery, { country: code, asOf, after }, signal);
      raw.push(...data.partnerships.nodes);
      countries = data.countries;
      if (!data.partnerships.pageInfo.hasNextPage || !data.partnerships.pageInfo.endCursor) break;
      after = data.partnerships.pageInfo.endCursor;
    }
    const resolve = countryResolver(countries);
    return {
      kind: 'country',
      code,
      country: countries.find((c) => c.code === code) ?? null,
      partnerships: raw.map((p) => ({ ...p, province: resolve(p.province), partner: resolve(p.partner) })),
    };
  }

  /** The partnerships of one unit with instrument details, optionally only those with partners in one country. */
  async partnershipDetails(unitId: string, asOf: string | null, partnerCountry: string | null): Promise<readonly PartnershipDetails[]> {
    type Result = { province: { id: string; partners: PartnershipDetails[] } | null };
    const data = await this.#query<Result>(detailsQuery, { name: unitId, asOf, partnerCountry });
    return data.province?.partners ?? [];
  }

  /**
   * Where a document can be read: its own URL when the sources give an http(s) one, else the API's page for it,
   * opened at the quoted passage when there is one.
   */
  documentHref(document: DocumentRef): string {
    if (document.url) {
      try {
        const url = new URL(document.url);
        if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
      } catch {
        // Not a URL: fall back to the API's page.
      }
    }
    if (document.passage?.startsWith('/documents/')) return new URL(document.passage.slice(1), this.#base).href;
    return new URL(`documents/${encodeURIComponent(document.id)}`, this.#base).href;
  }

  async #query<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.#endpoint, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json;q=0.9' },
        body: JSON.stringify({ query, variables }),
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(`The RelationsGraph API at ${this.#endpoint.origin} could not be reached.`);
    }

    type Body = { data?: T | null; errors?: { message?: string }[] };
    let body: Body | null;
    try {
      body = (await response.json()) as Body;
    } catch {
      body = null;
    }

    const message = body?.errors?.[0]?.message;
    if (message) throw new ApiError(message);
    if (!response.ok || !body?.data) throw new ApiError(`The RelationsGraph API answered HTTP ${response.status}.`);
    return body.data;
  }
}
