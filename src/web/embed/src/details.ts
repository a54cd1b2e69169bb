// The details of a partnership: its instruments (kind, title, signing date, period, fields) with links to the
// documents that state them, and the joint mechanisms behind it.

import type { InstrumentDetails, PartnershipDetails, RelationsApi } from './api.ts';
import { el } from '../../shared/dom.ts';
import { count, kindLabel } from './format.ts';

export function renderPartnership(details: PartnershipDetails | undefined, api: RelationsApi): HTMLElement {
  if (!details) return el('p', { class: 'muted' }, 'The API returned no details for this partnership.');
  const block = el('div', { class: 'partnership' });
  if (details.instruments.length > 0) {
    block.append(el('ol', { class: 'instruments' }, ...details.instruments.map((i) => renderInstrument(i, api))));
  } else {
    block.append(el('p', { class: 'muted' }, 'No instrument: the tie rests on a joint mechanism.'));
  }
  if (details.mechanisms.length > 0) {
    block.append(el('p', { class: 'mechanisms' },
      el('strong', {}, `${details.mechanisms.length === 1 ? 'Mechanism' : 'Mechanisms'}: `),
      details.mechanisms.map((m) => m.name).join('; ')));
  }
  return block;
}

function renderInstrument(instrument: InstrumentDetails, api: RelationsApi): HTMLElement {
  const facts = el('dl', {});
  const fact = (term: string, ...value: (Node | string)[]) => facts.append(el('dt', {}, term), el('dd', {}, ...value));

  fact('Signed', signed(instrument));
  fact('Period', period(instrument));
  if (instrument.fields.length > 0) fact('Fields', instrument.fields.map((f) => f.name).join('; '));

  const documents = new Map<string, InstrumentDetails['evidence'][number]['document']>();
  // One link per document, opening the API's page at the first passage quoted from it.
  for (const evidence of instrument.evidence) {
    if (!documents.has(evidence.document.id)) documents.set(evidence.document.id, { ...evidence.document, passage: evidence.citation.link });
  }
  if (documents.size > 0) {
    const list = el('ul', { class: 'sources' });
    for (const document of documents.values()) {
      list.append(el('li', {}, el('a', { href: api.documentHref(document), target: '_blank', rel: 'noopener noreferrer' }, document.title)));
    }
    fact(documents.size === 1 ? 'Source' : 'Sources', list);
  }

  return el('li', { class: 'instrument', 'data-instrument': instrument.id },
    el('p', { class: 'kind' }, kindLabel(instrument.kind), instrument.number ? ` · No ${instrument.number}` : ''),
    el('p', { class: 'title' }, instrument.title),
    instrument.titleVi ? el('p', { class: 'vi', lang: 'vi' }, instrument.titleVi) : null,
    facts,
    instrument.background ? el('p', { class: 'muted' }, 'The sources mention it only as background.') : null,
  );
}

function signed(instrument: InstrumentDetails): string {
  if (instrument.signedOn) return instrument.signedOn;
  const claims = [...new Set(instrument.signedOnClaims.map((c) => c.value))];
  if (claims.length > 1) return `the sources disagree: ${claims.join(' or ')}`;
  if (claims.length === 1) return claims[0]!;
  return 'not stated';
}

function period(instrument: InstrumentDetails): string {
  const { periodStart: start, periodEnd: end } = instrument;
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return `from ${start}`;
  if (end !== null) return `until ${end}`;
  return 'not stated';
}

/** "6 instruments, 1 mechanism". */
export function partnershipSummary(instruments: number, mechanisms: number): string {
  return mechanisms > 0 ? `${count(instruments, 'instrument')}, ${count(mechanisms, 'mechanism')}` : count(instruments, 'instrument');
}
