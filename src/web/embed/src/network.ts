// The network drawn and tabulated: provinces as nodes, partnerships as edges, built from what the API returned
// and filtered by the minimum number of instruments.

import type { Country, InstrumentSummary, NetworkSource, PartnershipSummary, Unit } from './api.ts';

export interface CountryGroup {
  readonly country: Country;
  /** Position in the legend and index into the palette. */
  readonly index: number;
  nodeCount: number;
}

export interface NetworkNode {
  readonly unit: Unit;
  readonly group: CountryGroup;
  /** The province a province network is about, or a province of the country a country network is about. */
  readonly isSubject: boolean;
  readonly edges: NetworkEdge[];
  instrumentCount: number;
  /** Layout position in network units. */
  x: number;
  y: number;
  /** Radius in CSS pixels at zoom 1. */
  radius: number;
  /** Angle of the node from the centre, for placing its label outwards. */
  angle: number;
}

export interface NetworkEdge {
  readonly key: string;
  readonly source: NetworkNode;
  readonly target: NetworkNode;
  readonly partnership: PartnershipSummary;
  readonly instrumentCount: number;
  readonly mechanismCount: number;
}

export interface Network {
  readonly source: NetworkSource;
  /** In keyboard order, which is also the order around the picture. Set by the layout. */
  nodes: NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  readonly groups: readonly CountryGroup[];
  readonly maxInstruments: number;
  /** Partnerships left out by the minimum number of instruments. */
  readonly hiddenPartnerships: number;
}

export function buildNetwork(source: NetworkSource, minInstruments: number): Network {
  const kept = source.partnerships.filter((p) => p.instruments.length >= minInstruments);
  const nodes = new Map<string, NetworkNode>();
  const groups = new Map<string, CountryGroup>();
  const subjectCountry = source.kind === 'province' ? source.centre.country.code : source.code;

  // Legend order: the subject's country first, then by number of provinces, then by code.
  const counts = new Map<string, { country: Country; units: Set<string> }>();
  const count = (unit: Unit) => {
    const entry = counts.get(unit.country.code) ?? { country: unit.country, units: new Set<string>() };
    entry.units.add(unit.id);
    counts.set(unit.country.code, entry);
  };
  if (source.kind === 'province') count(source.centre);
  for (const p of kept) {
    count(p.province);
    count(p.partner);
  }
  [...counts.values()]
    .sort((a, b) =>
      Number(b.country.code === subjectCountry) - Number(a.country.code === subjectCountry)
      || b.units.size - a.units.size
      || a.country.code.localeCompare(b.country.code))
    .forEach((entry, index) => groups.set(entry.country.code, { country: entry.country, index, nodeCount: 0 }));

  const node = (unit: Unit, isSubject: boolean): NetworkNode => {
    let existing = nodes.get(unit.id);
    if (!existing) {
      const group = groups.get(unit.country.code)!;
      group.nodeCount++;
      existing = { unit, group, isSubject, edges: [], instrumentCount: 0, x: 0, y: 0, radius: 0, angle: 0 };
      nodes.set(unit.id, existing);
    }
    return existing;
  };

  if (source.kind === 'province') node(source.centre, true);
  const edges = new Map<string, NetworkEdge>();
  for (const p of kept) {
    const a = node(p.province, true);
    const b = node(p.partner, source.kind === 'province' ? false : p.partner.country.code === subjectCountry);
    const key = a.unit.id < b.unit.id ? `${a.unit.id}|${b.unit.id}` : `${b.unit.id}|${a.unit.id}`;
    if (edges.has(key) || a === b) continue;
    const edge: NetworkEdge = { key, source: a, target: b, partnership: p, instrumentCount: p.instruments.length, mechanismCount: p.mechanisms.length };
    edges.set(key, edge);
    a.edges.push(edge);
    b.edges.push(edge);
  }

  for (const n of nodes.values()) {
    const instruments = new Set<string>();
    for (const e of n.edges) for (const i of e.partnership.instruments) instruments.add(i.id);
    n.instrumentCount = instruments.size;
  }

  const edgeList = [...edges.values()];
  return {
    source,
    nodes: [...nodes.values()],
    edges: edgeList,
    groups: [...groups.values()],
    maxInstruments: edgeList.reduce((max, e) => Math.max(max, e.instrumentCount), 0),
    hiddenPartnerships: source.partnerships.length - kept.length,
  };
}

/** The other end of an edge seen from a node. */
export function otherEnd(edge: NetworkEdge, node: NetworkNode): NetworkNode {
  return edge.source === node ? edge.target : edge.source;
}

/** First and last year the instruments cover (period, else signing year), e.g. "2021–2025"; empty when unknown. */
export function yearSpan(instruments: readonly InstrumentSummary[]): string {
  let first = Infinity;
  let last = -Infinity;
  for (const i of instruments) {
    const signed = i.signedOn ? Number(i.signedOn.slice(0, 4)) : null;
    for (const year of [i.periodStart, i.periodEnd, signed]) {
      if (year === null || !Number.isFinite(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  if (!Number.isFinite(first)) return '';
  return first === last ? String(first) : `${first}–${last}`;
}
