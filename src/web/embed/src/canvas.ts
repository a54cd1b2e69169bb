// Draws the network on a 2D canvas: no WebGL (which headless or GPU-less browsers may lack), no DOM node per
// province (a thousand of them would be slow), and labels drawn as text, never parsed as markup.
// d3-zoom supplies pan and zoom (mouse, touch, pinch); d3-quadtree finds the province under the pointer.

import { quadtree, type Quadtree } from 'd3-quadtree';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Network, NetworkEdge, NetworkNode } from './network.ts';
import type { Palette } from './palette.ts';

export type Target = { readonly kind: 'node'; readonly node: NetworkNode } | { readonly kind: 'edge'; readonly edge: NetworkEdge };

export interface CanvasHandlers {
  /** The pointer moved onto a node or an edge (null: onto nothing), at client coordinates. */
  hover(target: Target | null, clientX: number, clientY: number): void;
  /** A node or an edge was clicked or tapped. */
  activate(target: Target): void;
}

const labelFont = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const subjectLabelFont = `600 ${labelFont}`;
const maxLabels = 400;

export class NetworkCanvas {
  readonly #canvas: HTMLCanvasElement;
  readonly #handlers: CanvasHandlers;
  readonly #zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  readonly #resize: ResizeObserver;
  #network: Network | null = null;
  #palette: Palette | null = null;
  #tree: Quadtree<NetworkNode> | null = null;
  #labelOrder: NetworkNode[] = [];
  #labelWidths = new Map<NetworkNode, number>();
  #transform: ZoomTransform = zoomIdentity;
  #width = 0;
  #height = 0;
  #fitted = false;
  #frame = 0;
  #hoverFrame = 0;
  #hovered: Target | null = null;
  #selected: Target | null = null;
  #focused: NetworkNode | null = null;

  constructor(canvas: HTMLCanvasElement, handlers: CanvasHandlers) {
    this.#canvas = canvas;
    this.#handlers = handlers;
    this.#zoom = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 8])
      // The page keeps its own scrolling: the wheel zooms only with Ctrl or ⌘ (trackpad pinches set ctrlKey).
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button;
      })
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002))
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.#transform = event.transform;
        this.requestDraw();
      });
    select(canvas).call(this.#zoom).on('dblclick.zoom', null);

    canvas.addEventListener('pointermove', this.#onPointerMove);
    canvas.addEventListener('pointerleave', this.#onPointerLeave);
    canvas.addEventListener('click', this.#onClick);
    this.#resize = new ResizeObserver(() => {
      if (this.#measure()) this.drawNow();
    });
    this.#resize.observe(canvas);
  }

  get network(): Network | null {
    return this.#network;
  }

  /** Shows a network, fitted to the canvas, and draws it at once (when the canvas is visible). */
  setNetwork(network: Network, palette: Palette): void {
    this.#network = network;
    this.#palette = palette;
    this.#hovered = null;
    this.#selected = null;
    this.#focused = null;
    this.#tree = quadtree<NetworkNode>().x((n) => n.x).y((n) => n.y).addAll(network.nodes);
    this.#labelOrder = [...network.nodes].sort((a, b) => Number(b.isSubject) - Number(a.isSubject) || b.radius - a.radius || b.edges.length - a.edges.length);
    this.#labelWidths.clear();
    this.#fitted = false;
    this.#measure();
    this.drawNow();
  }

  setPalette(palette: Palette): void {
    this.#palette = palette;
    this.requestDraw();
  }

  setSelection(target: Target | null): void {
    this.#selected = target;
    this.requestDraw();
  }

  /** The province that has keyboard focus: drawn with a focus ring and scrolled into view. */
  setFocus(node: NetworkNode | null): void {
    this.#focused = node;
    if (node) this.#ensureVisible(node);
    this.requestDraw();
  }

  /** Moves the picture, if needed, so that a node is not hidden behind a panel covering the right-hand side. */
  revealBeside(node: NetworkNode, coveredWidth: number): void {
    const x = this.#transform.applyX(node.x);
    const limit = this.#width - coveredWidth - 120;
    if (limit > 48 && x > limit) {
      select(this.#canvas).call(this.#zoom.translateBy, (limit - x) / this.#transform.k, 0);
    }
  }

  zoomBy(factor: number): void {
    select(this.#canvas).call(this.#zoom.scaleBy, factor);
  }

  fit(): void {
    if (!this.#network || this.#width === 0 || this.#height === 0) return;
    const nodes = this.#network.nodes;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const n of nodes) {
      minX = Math.min(minX, n.x - n.radius);
      maxX = Math.max(maxX, n.x + n.radius);
      minY = Math.min(minY, n.y - n.radius);
      maxY = Math.max(maxY, n.y + n.radius);
    }
    if (!Number.isFinite(minX)) {
      minX = minY = -1;
      maxX = maxY = 1;
    }
    // Room for labels beside the outermost nodes while labels are readable.
    const labelRoom = nodes.length <= 150 ? 110 : 24;
    const k = Math.min(
      1.6,
      Math.max(0.02, (this.#width - 2 * labelRoom) / Math.max(1, maxX - minX)),
      Math.max(0.02, (this.#height - 2 * 36) / Math.max(1, maxY - minY)),
    );
    const transform = zoomIdentity.translate(this.#width / 2 - ((minX + maxX) / 2) * k, this.#height / 2 - ((minY + maxY) / 2) * k).scale(k);
    this.#zoom.scaleExtent([Math.min(k / 2, 0.5), Math.max(8, k * 16)]);
    select(this.#canvas).call(this.#zoom.transform, transform);
    this.#transform = transform;
  }

  /** Where a province is drawn, in client (viewport) coordinates; null when it is not in the network. */
  nodeClientPosition(id: string): { x: number; y: number } | null {
    const node = this.#network?.nodes.find((n) => n.unit.id === id);
    if (!node) return null;
    const rect = this.#canvas.getBoundingClientRect();
    return { x: rect.left + this.#transform.applyX(node.x), y: rect.top + this.#transform.applyY(node.y) };
  }

  requestDraw(): void {
    if (this.#frame === 0) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.drawNow();
      });
    }
  }

  destroy(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#hoverFrame);
    select(this.#canvas).on('.zoom', null);
    this.#canvas.removeEventListener('pointermove', this.#onPointerMove);
    this.#canvas.removeEventListener('pointerleave', this.#onPointerLeave);
    this.#canvas.removeEventListener('click', this.#onClick);
  }

  /** Draws synchronously; returns false when there is nothing to draw on (hidden or zero-sized canvas). */
  drawNow(): boolean {
    const network = this.#network;
    const palette = this.#palette;
    const context = this.#canvas.getContext('2d');
    if (!network || !palette || !context || this.#width === 0 || this.#height === 0) return false;
    if (!this.#fitted) {
      this.fit();
      this.#fitted = true;
    }

    const ratio = this.#pixelRatio();
    const t = this.#transform;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = palette.background;
    context.fillRect(0, 0, this.#width, this.#height);

    const highlighted = this.#highlightedEdges();
    this.#drawEdges(context, network, palette, t, highlighted);
    this.#drawNodes(context, network, palette, t);
    this.#drawLabels(context, palette, t);
    return true;
  }

  #drawEdges(context: CanvasRenderingContext2D, network: Network, palette: Palette, t: ZoomTransform, highlighted: Set<NetworkEdge>): void {
    const scale = clamp(t.k, 0.6, 1.5);
    const buckets = new Map<string, NetworkEdge[]>();
    for (const edge of network.edges) {
      if (highlighted.has(edge)) continue;
      const key = `${Math.round(this.#edgeWidth(edge) * scale * 2) / 2}|${edge.instrumentCount === 0 ? 'd' : 's'}`;
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      list.push(edge);
    }
    context.lineCap = 'round';
    context.strokeStyle = palette.edge;
    context.globalAlpha = network.edges.length > 400 ? 0.35 : 0.7;
    for (const [key, edges] of buckets) {
      const [width, style] = key.split('|');
      context.lineWidth = Number(width);
      context.setLineDash(style === 'd' ? [5, 4] : []);
      context.beginPath();
      for (const edge of edges) {
        context.moveTo(t.applyX(edge.source.x), t.applyY(edge.source.y));
        context.lineTo(t.applyX(edge.target.x), t.applyY(edge.target.y));
      }
      context.stroke();
    }
    context.globalAlpha = 1;
    context.strokeStyle = palette.accent;
    for (const edge of highlighted) {
      context.lineWidth = this.#edgeWidth(edge) * scale + 1;
      context.setLineDash(edge.instrumentCount === 0 ? [5, 4] : []);
      context.beginPath();
      context.moveTo(t.applyX(edge.source.x), t.applyY(edge.source.y));
      context.lineTo(t.applyX(edge.target.x), t.applyY(edge.target.y));
      context.stroke();
    }
    context.setLineDash([]);
  }

  #drawNodes(context: CanvasRenderingContext2D, network: Network, palette: Palette, t: ZoomTransform): void {
    const byColour = new Map<number, NetworkNode[]>();
    for (const node of network.nodes) {
      let list = byColour.get(node.group.index);
      if (!list) byColour.set(node.group.index, (list = []));
      list.push(node);
    }
    context.lineWidth = 1.5;
    context.strokeStyle = palette.background;
    for (const [index, nodes] of byColour) {
      context.fillStyle = palette.countries(index);
      context.beginPath();
      for (const node of nodes) {
        const x = t.applyX(node.x);
        const y = t.applyY(node.y);
        const r = this.#screenRadius(node);
        context.moveTo(x + r, y);
        context.arc(x, y, r, 0, 2 * Math.PI);
      }
      context.fill();
      context.stroke();
    }

    if (network.source.kind === 'province' && network.nodes[0]) this.#ring(context, network.nodes[0], t, 3, palette.text, 2);
    const hoveredNode = this.#hovered?.kind === 'node' ? this.#hovered.node : null;
    if (hoveredNode) this.#ring(context, hoveredNode, t, 3, palette.accent, 2);
    if (this.#selected?.kind === 'node') this.#ring(context, this.#selected.node, t, 4, palette.accent, 3);
    if (this.#focused) {
      this.#ring(context, this.#focused, t, 7, palette.focus, 3);
      this.#ring(context, this.#focused, t, 4, palette.background, 1.5);
    }
  }

  #ring(context: CanvasRenderingContext2D, node: NetworkNode, t: ZoomTransform, gap: number, colour: string, width: number): void {
    context.beginPath();
    context.arc(t.applyX(node.x), t.applyY(node.y), this.#screenRadius(node) + gap, 0, 2 * Math.PI);
    context.lineWidth = width;
    context.strokeStyle = colour;
    context.stroke();
  }

  #drawLabels(context: CanvasRenderingContext2D, palette: Palette, t: ZoomTransform): void {
    const forced = new Set<NetworkNode>();
    if (this.#focused) forced.add(this.#focused);
    if (this.#hovered?.kind === 'node') forced.add(this.#hovered.node);
    if (this.#selected?.kind === 'node') forced.add(this.#selected.node);
    for (const target of [this.#hovered, this.#selected]) {
      if (target?.kind === 'edge') {
        forced.add(target.edge.source);
        forced.add(target.edge.target);
      }
    }

    // Labels never cover a province (except the labels asked for), nor each other.
    const occupied = new LabelGrid();
    for (const node of this.#labelOrder) {
      const x = t.applyX(node.x);
      const y = t.applyY(node.y);
      if (x < -20 || y < -20 || x > this.#width + 20 || y > this.#height + 20) continue;
      const r = this.#screenRadius(node) + 1;
      occupied.add({ left: x - r, top: y - r, right: x + r, bottom: y + r });
    }
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = palette.background;
    context.fillStyle = palette.text;
    let drawn = 0;
    const candidates = forced.size > 0 ? [...forced, ...this.#labelOrder.filter((n) => !forced.has(n))] : this.#labelOrder;
    for (const node of candidates) {
      const isForced = forced.has(node);
      if (!isForced && drawn >= maxLabels) break;
      const x = t.applyX(node.x);
      const y = t.applyY(node.y);
      if (x < -50 || y < -20 || x > this.#width + 50 || y > this.#height + 20) continue;
      context.font = node.isSubject ? subjectLabelFont : labelFont;
      const text = truncate(node.unit.name);
      let width = this.#labelWidths.get(node);
      if (width === undefined) {
        width = context.measureText(text).width;
        this.#labelWidths.set(node, width);
      }
      const r = this.#screenRadius(node);
      const central = node.x === 0 && node.y === 0;
      // Outwards from the middle, on the side away from the centre.
      const left = central ? x - width / 2 : Math.cos(node.angle) >= 0 ? x + r + 4 : x - r - 4 - width;
      const top = central ? y + r + 4 : y - 8;
      const box = { left: left - 2, top, right: left + width + 2, bottom: top + 16 };
      if (!isForced && occupied.collides(box)) continue;
      occupied.add(box);
      context.strokeText(text, left, top + 8);
      context.fillText(text, left, top + 8);
      drawn++;
    }
  }

  #highlightedEdges(): Set<NetworkEdge> {
    const set = new Set<NetworkEdge>();
    for (const target of [this.#hovered, this.#selected]) {
      if (target?.kind === 'edge') set.add(target.edge);
      if (target?.kind === 'node') for (const e of target.node.edges) set.add(e);
    }
    if (this.#focused) for (const e of this.#focused.edges) set.add(e);
    return set;
  }

  #edgeWidth(edge: NetworkEdge): number {
    const max = this.#network?.maxInstruments ?? 1;
    if (edge.instrumentCount === 0) return 1.25;
    if (max <= 1) return 2;
    return 1.5 + (6.5 * (Math.sqrt(edge.instrumentCount) - 1)) / (Math.sqrt(max) - 1);
  }

  #screenRadius(node: NetworkNode): number {
    return node.radius * clamp(this.#transform.k, 0.45, 1.6);
  }

  #hitTest(clientX: number, clientY: number): Target | null {
    const network = this.#network;
    const tree = this.#tree;
    if (!network || !tree) return null;
    const rect = this.#canvas.getBoundingClientRect();
    const sx = clientX - rect.left;
    const sy = clientY - rect.top;
    const t = this.#transform;
    const [wx, wy] = t.invert([sx, sy]);
    const node = tree.find(wx, wy, (16 * 1.6 + 6) / t.k);
    if (node && Math.hypot(t.applyX(node.x) - sx, t.applyY(node.y) - sy) <= this.#screenRadius(node) + 4) {
      return { kind: 'node', node };
    }

    let best: NetworkEdge | null = null;
    let bestDistance = Infinity;
    const scale = clamp(t.k, 0.6, 1.5);
    for (const edge of network.edges) {
      const d = segmentDistance(sx, sy, t.applyX(edge.source.x), t.applyY(edge.source.y), t.applyX(edge.target.x), t.applyY(edge.target.y));
      if (d <= (this.#edgeWidth(edge) * scale) / 2 + 4 && d < bestDistance) {
        best = edge;
        bestDistance = d;
      }
    }
    return best ? { kind: 'edge', edge: best } : null;
  }

  #onPointerMove = (event: PointerEvent): void => {
    if (event.buttons !== 0) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.#hoverFrame);
    this.#hoverFrame = requestAnimationFrame(() => {
      const target = this.#hitTest(clientX, clientY);
      if (!sameTarget(target, this.#hovered)) {
        this.#hovered = target;
        this.#canvas.style.cursor = target ? 'pointer' : '';
        this.requestDraw();
      }
      this.#handlers.hover(target, clientX, clientY);
    });
  };

  #onPointerLeave = (): void => {
    cancelAnimationFrame(this.#hoverFrame);
    if (this.#hovered) {
      this.#hovered = null;
      this.requestDraw();
    }
    this.#handlers.hover(null, 0, 0);
  };

  #onClick = (event: MouseEvent): void => {
    const target = this.#hitTest(event.clientX, event.clientY);
    if (target) this.#handlers.activate(target);
  };

  /** Matches the canvas to its laid-out size; true when the size changed. */
  #measure(): boolean {
    const rect = this.#canvas.getBoundingClientRect();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    if (width === this.#width && height === this.#height) return false;
    const previous = { width: this.#width, height: this.#height };
    this.#width = width;
    this.#height = height;
    const ratio = this.#pixelRatio();
    this.#canvas.width = Math.max(1, Math.round(width * ratio));
    this.#canvas.height = Math.max(1, Math.round(height * ratio));
    if (width > 0 && height > 0 && this.#fitted && previous.width > 0) {
      // Keep the same point in the middle when the element is resized.
      const t = this.#transform;
      select(this.#canvas).call(this.#zoom.transform, t.translate((width - previous.width) / 2 / t.k, (height - previous.height) / 2 / t.k));
    }
    return true;
  }

  #ensureVisible(node: NetworkNode): void {
    const x = this.#transform.applyX(node.x);
    const y = this.#transform.applyY(node.y);
    const margin = 40;
    if (x < margin || y < margin || x > this.#width - margin || y > this.#height - margin) {
      select(this.#canvas).call(this.#zoom.translateTo, node.x, node.y);
    }
  }

  #pixelRatio(): number {
    return Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  }
}

class LabelGrid {
  readonly #cells = new Map<number, { left: number; top: number; right: number; bottom: number }[]>();
  static readonly #size = 64;

  add(box: { left: number; top: number; right: number; bottom: number }): void {
    for (const key of this.#keys(box)) {
      let list = this.#cells.get(key);
      if (!list) this.#cells.set(key, (list = []));
      list.push(box);
    }
  }

  collides(box: { left: number; top: number; right: number; bottom: number }): boolean {
    for (const key of this.#keys(box)) {
      for (const other of this.#cells.get(key) ?? []) {
        if (box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top) return true;
      }
    }
    return false;
  }

  *#keys(box: { left: number; top: number; right: number; bottom: number }): Generator<number> {
    const size = LabelGrid.#size;
    for (let cx = Math.floor(box.left / size); cx <= Math.floor(box.right / size); cx++) {
      for (let cy = Math.floor(box.top / size); cy <= Math.floor(box.bottom / size); cy++) {
        yield (cx + 4096) * 8192 + (cy + 4096);
      }
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function truncate(text: string): string {
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'node' && b.kind === 'node') return a.node === b.node;
  if (a.kind === 'edge' && b.kind === 'edge') return a.edge === b.edge;
  return false;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : clamp(((px - ax) * dx + (py - ay) * dy) / length, 0, 1);
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
