// The legend: which colour is which country, and what an edge's width and dashes mean.

import { el } from '../../shared/dom.ts';
import { count } from './format.ts';
import type { Network } from './network.ts';
import type { Palette } from './palette.ts';

/** Countries listed by name; the others (a world-wide network has dozens) are summed up in one line. */
const maxCountries = 12;

export function renderLegend(network: Network, palette: Palette): HTMLElement {
  const countries = el('ul', { class: 'countries', 'aria-label': 'Countries' });
  const groups = network.groups.filter((group) => group.nodeCount > 0);
  for (const group of groups.slice(0, maxCountries)) {
    const swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = palette.countries(group.index);
    const { name, nameVi } = group.country;
    countries.append(el('li', {},
      swatch,
      el('span', {}, name),
      nameVi && nameVi !== name ? el('span', { class: 'vi', lang: 'vi' }, nameVi) : null,
      el('span', { class: 'muted' }, count(group.nodeCount, 'province')),
    ));
  }

  if (groups.length > maxCountries) {
    const rest = groups.slice(maxCountries);
    countries.append(el('li', { class: 'muted' },
      `and ${count(rest.length, 'more country', 'more countries')} with ${count(rest.reduce((sum, g) => sum + g.nodeCount, 0), 'province')} (see the table)`));
  }

  const line = (width: number, dashed: boolean) => {
    const sample = el('span', { class: dashed ? 'line dashed' : 'line', 'aria-hidden': 'true' });
    sample.style.borderTopWidth = `${width}px`;
    return sample;
  };
  const max = network.maxInstruments;
  const widths = el('p', { class: 'widths' },
    'Line width: number of instruments ',
    line(1.5, false), ` 1 `,
    max > 1 ? line(8, false) : null, max > 1 ? ` ${max}` : null,
    network.edges.some((e) => e.instrumentCount === 0) ? el('span', {}, ' · ', line(1.5, true), ' joint mechanism only') : null,
  );

  return el('div', { class: 'legend-body' }, countries, widths);
}
