import type { DocumentView, EvidenceView } from './api.ts';
import { el } from '../../shared/dom.ts';

/** What an evidence span says, in a few words: "signed_on = 2022-08-16 (reviewer Lan)". */
export function describe(evidence: EvidenceView): string {
  const about = evidence.subjectLabel ? `${evidence.subjectLabel}: ` : '';
  const claim = evidence.field ? `${evidence.field} = ${evidence.value ?? '(none)'}` : 'states the fact';
  const who = evidence.claimedBy ? ` — correction by ${evidence.claimedBy}` : '';
  return `${about}${claim}${who} (characters ${evidence.start}–${evidence.end})`;
}

/**
 * The document's text with every span of the fact's evidence highlighted. Overlapping spans are cut at every
 * boundary; each piece is one mark naming all the spans that cover it (data-evidence="0 3").
 */
export function renderText(text: string, evidence: { index: number; view: EvidenceView }[]): HTMLElement {
  const pre = el('pre', { class: 'text', tabindex: '-1' });
  const boundaries = new Set<number>([0, text.length]);
  for (const { view } of evidence) {
    boundaries.add(Math.max(0, Math.min(text.length, view.start)));
    boundaries.add(Math.max(0, Math.min(text.length, view.end)));
  }
  const points = [...boundaries].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const covering = evidence.filter(({ view }) => view.start <= from && view.end >= to);
    if (covering.length === 0) {
      pre.append(piece);
      continue;
    }
    const mark = el(
      'mark',
      {
        'data-evidence': covering.map(({ index }) => index).join(' '),
        class: covering.some(({ view }) => view.claimedBy) ? 'corrected' : covering.some(({ view }) => view.field) ? 'claim' : 'span',
        title: covering.map(({ view }) => describe(view)).join('\n'),
      },
      piece,
    );
    pre.append(mark);
  }
  return pre;
}

/** The citation of a document whose text is not at hand: what identifies it, and where to read it. */
export function renderCitation(document: DocumentView): HTMLElement {
  const facts: [string, Node | string | null][] = [
    ['Publisher', document.publisher],
    ['Published on', document.publishedOn],
    ['Language', document.language],
    ['File', document.file],
    ['Content hash', el('code', {}, document.contentHash)],
    ['Original', document.url ? el('a', { href: document.url, rel: 'noopener noreferrer', target: '_blank' }, document.url) : null],
  ];
  const list = el('dl', { class: 'citation' });
  for (const [term, value] of facts) {
    list.append(el('dt', {}, term), el('dd', {}, value ?? el('span', { class: 'muted' }, 'not recorded')));
  }
  return list;
}
