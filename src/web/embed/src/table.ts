// The same partnerships as the picture, as a real table: readable by screen readers, navigable by keyboard
// (every partner is a button that opens the details), and printable.

import { el } from '../../shared/dom.ts';
import { count, kindLabel } from './format.ts';
import { yearSpan, type Network, type NetworkEdge } from './network.ts';

export function renderTable(network: Network, caption: string, open: (edge: NetworkEdge, opener: HTMLButtonElement) => void): HTMLTableElement {
  const rows = [...network.edges].sort((a, b) =>
    a.source.unit.name.localeCompare(b.source.unit.name)
    || b.instrumentCount - a.instrumentCount
    || a.target.unit.name.localeCompare(b.target.unit.name));

  const body = el('tbody');
  for (const edge of rows) {
    const { source, target, partnership } = edge;
    const button = el('button', { type: 'button', class: 'link', 'data-partner': target.unit.id }, target.unit.name);
    button.addEventListener('click', () => open(edge, button));
    const kinds = [...new Set(partnership.instruments.map((i) => i.kind))].map(kindLabel).join(', ');
    body.append(el('tr', { 'data-edge': edge.key },
      el('td', {}, el('span', {}, source.unit.name), viName(source.unit.nameVi, source.unit.name)),
      el('th', { scope: 'row' }, button, viName(target.unit.nameVi, target.unit.name)),
      el('td', {}, target.unit.country.name),
      el('td', { class: 'number' }, String(edge.instrumentCount)),
      el('td', { class: 'number' }, String(edge.mechanismCount)),
      el('td', {}, kinds || '—'),
      el('td', { class: 'years' }, yearSpan(partnership.instruments) || '—'),
    ));
  }

  if (rows.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: 7 }, 'No partnerships match these options.')));
  }

  return el('table', {},
    el('caption', {}, caption, el('span', { class: 'caption-count' }, ` (${count(rows.length, 'partnership')})`)),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Province'),
      el('th', { scope: 'col' }, 'Partner'),
      el('th', { scope: 'col' }, 'Partner’s country'),
      el('th', { scope: 'col', class: 'number' }, 'Instruments'),
      el('th', { scope: 'col', class: 'number' }, 'Mechanisms'),
      el('th', { scope: 'col' }, 'Kinds'),
      el('th', { scope: 'col' }, 'Years'),
    )),
    body,
  );
}

function viName(nameVi: string | null, name: string): HTMLElement | null {
  return nameVi && nameVi !== name ? el('span', { class: 'vi', lang: 'vi' }, nameVi) : null;
}
