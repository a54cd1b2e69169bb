// A deterministic radial layout in O(n log n + e): the same data always gives the same picture, and a network of
// a thousand provinces is placed in a few milliseconds (a force-directed layout needs hundreds of iterations).
//
// Province network: the province in the middle, its partners around it grouped by country.
// Country network: the country's provinces on an inner ring, each at the mean angle of its partners, and the
// partners on an outer ring grouped by country, so that each country's colour forms one sector.
// Crowded rings are staggered over several radii so that neighbouring nodes never overlap.

import type { Network, NetworkNode } from './network.ts';

const spacing = 18;
const ringGap = 34;

/**
 * Places the nodes. `aspect` (width / height of the picture, at least 1) stretches the rings into ellipses, so that
 * a wide element is used to its width rather than showing a small circle in its middle.
 */
export function layoutNetwork(network: Network, aspect = 1): void {
  place(network);
  const stretch = Math.min(2.2, Math.max(1, aspect));
  if (stretch > 1) for (const node of network.nodes) node.x *= stretch;
}

function place(network: Network): void {
  const subjects: NetworkNode[] = [];
  const partners: NetworkNode[] = [];
  for (const node of network.nodes) (node.isSubject ? subjects : partners).push(node);
  const byGroupThenName = (a: NetworkNode, b: NetworkNode) =>
    a.group.index - b.group.index || a.unit.name.localeCompare(b.unit.name) || a.unit.id.localeCompare(b.unit.id);
  partners.sort(byGroupThenName);

  for (const node of network.nodes) node.radius = 5 + Math.min(9, 2 * Math.sqrt(node.instrumentCount));

  if (network.source.kind === 'province') {
    const centre = subjects[0];
    if (centre) {
      centre.x = 0;
      centre.y = 0;
      centre.angle = Math.PI / 2;
      centre.radius = 16;
    }
    placeOnRing(partners, 150);
    network.nodes = centre ? [centre, ...partners] : partners;
    return;
  }

  // Country network: partners first, then each subject province at the mean angle of its partners.
  const innerRadius = Math.max(90, (subjects.length * (spacing + 14)) / (2 * Math.PI));
  // Room between the rings for the inner provinces' labels.
  placeOnRing(partners, innerRadius + 220);
  const meanAngle = new Map<NetworkNode, number>();
  for (const node of subjects) {
    let x = 0;
    let y = 0;
    for (const edge of node.edges) {
      const other = edge.source === node ? edge.target : edge.source;
      x += Math.cos(other.angle);
      y += Math.sin(other.angle);
    }
    meanAngle.set(node, x === 0 && y === 0 ? 0 : Math.atan2(y, x));
  }
  subjects.sort((a, b) => meanAngle.get(a)! - meanAngle.get(b)! || byGroupThenName(a, b));
  const start = subjects.length > 0 ? meanAngle.get(subjects[0]!)! : 0;
  subjects.forEach((node, i) => {
    const angle = subjects.length === 1 ? start : start + (2 * Math.PI * i) / subjects.length;
    node.angle = angle;
    const r = subjects.length === 1 ? 0 : innerRadius;
    node.x = r * Math.cos(angle);
    node.y = r * Math.sin(angle);
  });
  network.nodes = [...subjects, ...partners];
}

/** Places nodes in order around a ring starting at the top, staggering them over several radii when crowded. */
function placeOnRing(nodes: NetworkNode[], minRadius: number): void {
  const n = nodes.length;
  if (n === 0) return;
  const rings = Math.max(1, Math.min(8, Math.ceil(Math.sqrt(n / 60))));
  const radius = Math.max(minRadius, (n * spacing) / (2 * Math.PI * rings));
  const step = (2 * Math.PI) / n;
  // One partner to the right; an even number starts half a step off the top, so that two sit left and right.
  const start = n === 1 ? 0 : -Math.PI / 2 + (n % 2 === 0 ? step / 2 : 0);
  nodes.forEach((node, i) => {
    const angle = start + i * step;
    const r = radius + (i % rings) * ringGap;
    node.angle = angle;
    node.x = r * Math.cos(angle);
    node.y = r * Math.sin(angle);
  });
}
