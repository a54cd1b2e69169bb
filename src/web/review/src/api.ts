// The review app's JSON API (src/RelationsGraph.Loader/Review/ReviewEndpoints.cs). Reads send the session cookie;
// writes also send the session token the loader put in the page, which another site's page cannot know.

export interface FactSummary {
  id: string;
  type: 'instrument' | 'session';
  title: string;
  kind: string;
  parties: string;
  date: string | null;
  period: string | null;
  confidence: number;
  documents: number;
  evidence: number;
  reviewed: boolean;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface PartyForm { unitId: string; level: string; role: string; organisation: string | null; organisationVi: string | null }
export interface PersonForm { name: string; role: string; title: string | null; unitId: string | null }
export interface CommitmentForm {
  id: string | null;
  kind: string;
  description: string;
  amount: number | null;
  unit: string | null;
  fromId: string | null;
  toId: string | null;
  years: number[];
}
export interface LinkForm { type: string; to: string }

export interface InstrumentForm {
  kind: string;
  number: string | null;
  title: string;
  titleVi: string | null;
  signedOn: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  status: string;
  fields: string[];
  background: boolean;
  parties: PartyForm[];
  people: PersonForm[];
  commitments: CommitmentForm[];
  links: LinkForm[];
}

export interface SessionForm {
  ordinal: number | null;
  heldOn: string | null;
  hostId: string | null;
  mode: string;
  title: string | null;
  people: PersonForm[];
}

export interface FactForm { instrument?: InstrumentForm | null; session?: SessionForm | null }

export interface EvidenceView {
  subject: string;
  subjectLabel: string | null;
  documentId: string;
  start: number;
  end: number;
  field: string | null;
  value: string | null;
  quote: string | null;
  claimedBy: string | null;
  claimedAt: string | null;
}

export interface DocumentView {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  contentHash: string;
  file: string | null;
  hasText: boolean;
}

export interface CandidateView { fact: FactSummary; sameFact: boolean; reason: string }

export interface FactDetail {
  summary: FactSummary;
  form: FactForm;
  evidence: EvidenceView[];
  documents: DocumentView[];
  candidates: CandidateView[];
  linkedFrom: { from: string; type: string }[];
  version: string;
}

export interface ReviewState { store: string; reviewer: string; version: string; documentFolders: string[]; pending: FactSummary[] }

export interface Options {
  kinds: string[];
  statuses: string[];
  levels: string[];
  partyRoles: string[];
  personRoles: string[];
  commitmentKinds: string[];
  linkTypes: string[];
  sessionModes: string[];
  fields: { code: string; name: string }[];
  units: { id: string; name: string; country: string }[];
  instruments: { id: string; title: string }[];
}

/** A refused request, with the server's explanation and, for an invalid result, every located error. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly details: string[] = []) {
    super(message);
  }
}

const token = document.querySelector<HTMLMetaElement>('meta[name="review-token"]')?.content ?? '';

async function read<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let message = `${response.status} ${response.statusText}`;
  let details: string[] = [];
  try {
    const body = (await response.json()) as { error?: string; errors?: string[] };
    message = body.error ?? message;
    details = body.errors ?? [];
  } catch {
    message = (await response.text().catch(() => '')) || message;
  }
  throw new ApiError(message, response.status, details);
}

export async function get<T>(path: string): Promise<T> {
  return read<T>(await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

export async function getText(path: string): Promise<string | null> {
  const response = await fetch(path, { credentials: 'same-origin' });
  return response.ok ? response.text() : null;
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return read<T>(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Review-Token': token },
      body: JSON.stringify(body),
    }),
  );
}
