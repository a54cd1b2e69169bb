// <relations-graph>: a live network of one province's or one country's foreign relations from RelationsGraph.
//
//   <relations-graph province="Xaisomboun" as-of="2024-01-01"></relations-graph>
//   <relations-graph country="LA" min-instruments="2" theme="dark" height="600px" legend="false"></relations-graph>
//
// Everything lives in a shadow root. The picture is a canvas with keyboard navigation (arrow keys move between
// provinces and a live region names them); the same partnerships are in a real table, switchable with the picture.
// Events: relations-graph:rendered (after the first paint of new data, with timings), relations-graph:select,
// relations-graph:error; all bubble and cross the shadow boundary.

import { ApiError, RelationsApi, type NetworkSource, type PartnershipDetails } from './api.ts';
import { NetworkCanvas, type Target } from './canvas.ts';
import { partnershipSummary, renderPartnership } from './details.ts';
import { el, replaceChildren } from '../../shared/dom.ts';
import css from './element.css?inline';
import { bilingual, count } from './format.ts';
import { layoutNetwork } from './layout.ts';
import { renderLegend } from './legend.ts';
import { buildNetwork, otherEnd, type Network, type NetworkNode } from './network.ts';
import { dataAttributes, observedAttributes, readOptions, type EmbedOptions, type ViewMode } from './options.ts';
import { readPalette, type Palette } from './palette.ts';
import { renderTable } from './table.ts';

export const elementName = 'relations-graph';

// This module is served from <API>/embed/assets/<chunk>.js; the API is two folders up. (A variable, so that the
// bundler does not take the expression for an asset to bundle.)
const moduleUrl = import.meta.url;
const defaultApi = new URL('../../', moduleUrl);

let sharedSheet: CSSStyleSheet | null = null;

export interface RenderedDetail {
  readonly nodes: number;
  readonly edges: number;
  readonly view: ViewMode;
  /** Milliseconds: the API request, building and laying out the network, drawing it, and all of it until painted. */
  readonly timing: { readonly fetch: number; readonly layout: number; readonly draw: number; readonly total: number };
}

export class RelationsGraphElement extends HTMLElement {
  static readonly observedAttributes = observedAttributes;

  readonly #root: HTMLDivElement;
  readonly #title = el('h2', { class: 'title' });
  readonly #subtitle = el('p', { class: 'subtitle' });
  readonly #viewButtons: Record<ViewMode, HTMLButtonElement>;
  readonly #zoomGroup: HTMLDivElement;
  readonly #stage: HTMLDivElement;
  readonly #canvasElement: HTMLCanvasElement;
  readonly #tooltip = el('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  readonly #tableWrap = el('div', { class: 'table-wrap', hidden: true });
  readonly #details: HTMLElement;
  readonly #detailsTitle = el('h3', { class: 'details-title', id: 'details-title', tabindex: '-1' });
  readonly #detailsMeta = el('p', { class: 'details-meta' });
  readonly #detailsBody = el('div', { class: 'details-body', 'aria-live': 'polite' });
  readonly #legend = el('div', { class: 'legend', role: 'region', 'aria-label': 'Legend' });
  readonly #status = el('p', { class: 'status', role: 'status' });
  readonly #announcer = el('p', { class: 'sr-only', 'aria-live': 'polite', 'data-role': 'announcer' });
  readonly #canvas: NetworkCanvas;
  readonly #media = window.matchMedia('(prefers-color-scheme: dark)');

  #options: EmbedOptions | null = null;
  #api: RelationsApi | null = null;
  #source: NetworkSource | null = null;
  #network: Network | null = null;
  #palette: Palette | null = null;
  #view: ViewMode = 'graph';
  #appliedViewAttribute: string | null | undefined = undefined;
  #tableStale = true;
  #focusIndex = -1;
  #load: AbortController | null = null;
  #detailsLoad: AbortController | null = null;
  #detailsCache = new Map<string, Promise<readonly PartnershipDetails[]>>();
  #returnFocus: HTMLElement | null = null;
  #scheduled = false;
  #dataChanged = true;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);

    this.#viewButtons = {
      graph: el('button', { type: 'button', 'aria-pressed': 'true', 'data-view': 'graph' }, 'Network'),
      table: el('button', { type: 'button', 'aria-pressed': 'false', 'data-view': 'table' }, 'Table'),
    };
    for (const [view, button] of Object.entries(this.#viewButtons)) {
      button.addEventListener('click', () => this.#showView(view as ViewMode, true));
    }

    const zoomIn = el('button', { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (+)' }, '+');
    const zoomOut = el('button', { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out (−)' }, '−');
    const fit = el('button', { type: 'button', title: 'Show the whole network (0)' }, 'Fit');
    zoomIn.addEventListener('click', () => this.#canvas.zoomBy(1.4));
    zoomOut.addEventListener('click', () => this.#canvas.zoomBy(1 / 1.4));
    fit.addEventListener('click', () => this.#canvas.fit());
    this.#zoomGroup = el('div', { class: 'group', role: 'group', 'aria-label': 'Zoom' }, zoomIn, zoomOut, fit);

    this.#canvasElement = el('canvas', {
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'network graph',
      'aria-describedby': 'help',
    });
    this.#stage = el('div', { class: 'stage' },
      this.#canvasElement,
      this.#tooltip,
      el('p', { class: 'help', id: 'help' }, 'Arrow keys: move between provinces · Enter: details · Drag: move · Ctrl + scroll, + or −: zoom'),
    );

    const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details', title: 'Close (Esc)' }, '×');
    close.addEventListener('click', () => this.#closeDetails());
    this.#details = el('section', { class: 'details', 'aria-labelledby': 'details-title', hidden: true },
      el('div', { class: 'details-header' }, this.#detailsTitle, close),
      this.#detailsMeta,
      this.#detailsBody,
    );
    this.#details.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#closeDetails();
      }
    });

    this.#root = el('div', { class: 'root', part: 'root', 'data-theme': 'light' },
      el('div', { class: 'toolbar' },
        el('div', { class: 'heading' }, this.#title, this.#subtitle),
        el('div', { class: 'group', role: 'group', 'aria-label': 'View' }, this.#viewButtons.graph, this.#viewButtons.table),
        this.#zoomGroup,
      ),
      el('div', { class: 'body' }, this.#stage, this.#tableWrap, this.#details),
      this.#legend,
      this.#status,
      this.#announcer,
    );
    shadow.append(this.#root);

    this.#canvas = new NetworkCanvas(this.#canvasElement, {
      hover: (target, x, y) => this.#showTooltip(target, x, y),
      activate: (target) => {
        this.#returnFocus = this.#canvasElement;
        if (target.kind === 'node') this.#focusIndex = this.#network?.nodes.indexOf(target.node) ?? -1;
        void this.#openDetails(target);
      },
    });
    this.#canvasElement.addEventListener('keydown', (event) => this.#onCanvasKey(event));
  }

  connectedCallback(): void {
    this.#media.addEventListener('change', this.#onSchemeChange);
    this.#schedule(this.#source === null);
  }

  disconnectedCallback(): void {
    this.#media.removeEventListener('change', this.#onSchemeChange);
    this.#load?.abort();
    this.#detailsLoad?.abort();
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (previous !== value) this.#schedule(dataAttributes.has(name));
  }

  /** Where a province is drawn, in viewport coordinates (for overlays and tests); null when it is not shown. */
  nodeClientPosition(id: string): { x: number; y: number } | null {
    return this.#canvas.nodeClientPosition(id);
  }

  /** Loads the network again from the API. */
  reload(): void {
    this.#schedule(true);
  }

  #schedule(dataChanged: boolean): void {
    this.#dataChanged ||= dataChanged;
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#update();
    });
  }

  #update(): void {
    const { options, errors, warnings } = readOptions(this, defaultApi);
    const previous = this.#options;
    this.#options = options;
    this.#root.style.setProperty('--rg-height', options.height);
    this.#legend.hidden = !options.legend;
    const viewAttribute = this.getAttribute('view');
    if (viewAttribute !== this.#appliedViewAttribute) {
      this.#appliedViewAttribute = viewAttribute;
      this.#showView(options.view, false);
    }
    this.#applyTheme();

    if (errors.length > 0) {
      this.#load?.abort();
      this.#source = null;
      this.#fail([...errors, ...warnings].join(' '));
      return;
    }

    const dataChanged = this.#dataChanged || this.#source === null;
    this.#dataChanged = false;
    if (dataChanged) {
      void this.#fetch(options, warnings);
    } else if (previous?.minInstruments !== options.minInstruments) {
      const now = performance.now();
      this.#render(now, now, warnings);
    } else if (warnings.length > 0) {
      this.#setStatus(warnings.join(' '));
    }
  }

  async #fetch(options: EmbedOptions, warnings: readonly string[]): Promise<void> {
    this.#load?.abort();
    const load = new AbortController();
    this.#load = load;
    this.#api = new RelationsApi(options.api);
    this.#detailsCache.clear();
    this.#closeDetails();
    this.#root.setAttribute('aria-busy', 'true');
    this.#setStatus('Loading the network…');
    const started = performance.now();
    try {
      const source = options.province !== null
        ? await this.#api.provinceNetwork(options.province, options.asOf, load.signal)
        : await this.#api.countryNetwork(options.country!, options.asOf, load.signal);
      if (load.signal.aborted) return;
      this.#source = source;
      this.#render(started, performance.now(), warnings);
    } catch (error) {
      if (load.signal.aborted) return;
      this.#source = null;
      this.#fail(error instanceof ApiError ? error.message : 'The network could not be loaded.');
      if (!(error instanceof ApiError)) console.error('relations-graph:', error);
    } finally {
      if (this.#load === load) this.#root.removeAttribute('aria-busy');
    }
  }

  #render(started: number, fetched: number, warnings: readonly string[]): void {
    const source = this.#source;
    const options = this.#options;
    if (!source || !options) return;

    const network = buildNetwork(source, options.minInstruments);
    const stage = this.#stage.getBoundingClientRect();
    layoutNetwork(network, stage.width > 0 && stage.height > 0 ? stage.width / stage.height : 1.6);
    const laidOut = performance.now();
    this.#network = network;
    this.#focusIndex = -1;
    this.#closeDetails();

    const subject = source.kind === 'province' ? bilingual(source.centre.name, source.centre.nameVi) : countryName(source);
    this.#title.textContent = source.kind === 'province' ? `Foreign partners of ${subject}` : `Foreign partnerships of the provinces of ${subject}`;
    const filters = [
      source.kind === 'province' ? source.centre.country.name : null,
      options.asOf ? `in force on ${options.asOf}` : 'all time',
      options.minInstruments > 0 ? `at least ${count(options.minInstruments, 'instrument')}` : null,
    ].filter((part): part is string => part !== null);
    this.#subtitle.textContent = filters.join(' · ');
    this.#canvasElement.setAttribute('aria-label',
      `Network: ${this.#title.textContent}. ${count(network.nodes.length, 'province')}, ${count(network.edges.length, 'partnership')}.`);

    const hidden = network.hiddenPartnerships > 0 ? ` ${count(network.hiddenPartnerships, 'partnership')} with fewer instruments left out.` : '';
    const empty = network.edges.length === 0 ? ' No partnerships match these options.' : '';
    this.#setStatus(`${count(network.nodes.length, 'province')}, ${count(network.edges.length, 'partnership')}.${hidden}${empty}${warnings.length ? ' ' + warnings.join(' ') : ''}`);

    // Everything that changes the element's layout comes before the picture, so that it is fitted only once.
    this.#palette = readPalette(this.#root, this.#root.dataset['theme'] === 'dark');
    replaceChildren(this.#legend, renderLegend(network, this.#palette));
    this.#canvas.setNetwork(network, this.#palette);
    const drawn = performance.now();

    this.#tableStale = true;
    if (this.#view === 'table') this.#renderTable();


    // Report once the frame with the new network has been painted: the callback of the second animation frame
    // runs after the first one was presented.
    const report = () => {
      if (this.#network !== network) return;
      this.dispatchEvent(new CustomEvent<RenderedDetail>(`${elementName}:rendered`, {
        bubbles: true,
        composed: true,
        detail: {
          nodes: network.nodes.length,
          edges: network.edges.length,
          view: this.#view,
          timing: { fetch: fetched - started, layout: laidOut - fetched, draw: drawn - laidOut, total: performance.now() - started },
        },
      }));
    };
    if (document.visibilityState === 'hidden') setTimeout(report, 0);
    else requestAnimationFrame(() => requestAnimationFrame(report));
  }

  #renderTable(): void {
    const network = this.#network;
    if (!network) return;
    const caption = this.#title.textContent ?? '';
    replaceChildren(this.#tableWrap, renderTable(network, caption, (edge, opener) => {
      this.#returnFocus = opener;
      void this.#openDetails({ kind: 'edge', edge });
    }));
    this.#tableStale = false;
  }

  #showView(view: ViewMode, moveFocus: boolean): void {
    this.#view = view;
    for (const [name, button] of Object.entries(this.#viewButtons)) button.setAttribute('aria-pressed', String(name === view));
    this.#stage.hidden = view !== 'graph';
    this.#zoomGroup.hidden = view !== 'graph';
    this.#tableWrap.hidden = view !== 'table';
    this.#tooltip.hidden = true;
    if (view === 'table' && this.#tableStale) this.#renderTable();
    if (moveFocus) (view === 'graph' ? this.#canvasElement : this.#tableWrap.querySelector<HTMLElement>('button') ?? this.#viewButtons.table).focus();
  }

  #applyTheme(): void {
    const theme = this.#options?.theme ?? 'auto';
    const dark = theme === 'dark' || (theme === 'auto' && this.#media.matches);
    const name = dark ? 'dark' : 'light';
    if (this.#root.dataset['theme'] === name && this.#palette) return;
    this.#root.dataset['theme'] = name;
    if (!this.#network) return;
    this.#palette = readPalette(this.#root, dark);
    this.#canvas.setPalette(this.#palette);
    replaceChildren(this.#legend, renderLegend(this.#network, this.#palette));
  }

  #onSchemeChange = (): void => {
    if ((this.#options?.theme ?? 'auto') === 'auto') this.#applyTheme();
  };

  #onCanvasKey(event: KeyboardEvent): void {
    const network = this.#network;
    if (!network) return;
    const n = network.nodes.length;
    let index = this.#focusIndex;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        index = n === 0 ? -1 : (index + 1) % n;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        index = n === 0 ? -1 : (index - 1 + n) % n;
        break;
      case 'Home':
        index = n === 0 ? -1 : 0;
        break;
      case 'End':
        index = n - 1;
        break;
      case 'Enter':
      case ' ': {
        const node = network.nodes[index];
        if (node) {
          event.preventDefault();
          this.#returnFocus = this.#canvasElement;
          void this.#openDetails({ kind: 'node', node });
        }
        return;
      }
      case 'Escape':
        if (!this.#details.hidden) this.#closeDetails();
        else this.#focusNode(-1);
        event.preventDefault();
        return;
      case '+':
      case '=':
        this.#canvas.zoomBy(1.4);
        event.preventDefault();
        return;
      case '-':
      case '_':
        this.#canvas.zoomBy(1 / 1.4);
        event.preventDefault();
        return;
      case '0':
        this.#canvas.fit();
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#focusNode(index);
  }

  #focusNode(index: number): void {
    const network = this.#network;
    const node = network?.nodes[index] ?? null;
    this.#focusIndex = node ? index : -1;
    this.#canvas.setFocus(node);
    if (!node || !network) return;
    this.#announcer.textContent = `${this.#describe(node)}. ${index + 1} of ${network.nodes.length}.`;
  }

  /** "Bac Giang (Bắc Giang), Vietnam: 6 instruments with Xaisomboun" and the like. */
  #describe(node: NetworkNode): string {
    const name = `${bilingual(node.unit.name, node.unit.nameVi)}, ${node.unit.country.name}`;
    if (node.edges.length === 1) {
      const edge = node.edges[0]!;
      return `${name}: ${partnershipSummary(edge.instrumentCount, edge.mechanismCount)} with ${otherEnd(edge, node).unit.name}`;
    }
    return `${name}: ${count(node.edges.length, 'partner')}, ${count(node.instrumentCount, 'instrument')}`;
  }

  #showTooltip(target: Target | null, clientX: number, clientY: number): void {
    if (!target) {
      this.#tooltip.hidden = true;
      return;
    }
    const lines: HTMLElement[] = [];
    if (target.kind === 'node') {
      const { unit } = target.node;
      lines.push(el('p', {}, el('strong', {}, unit.name)));
      if (unit.nameVi && unit.nameVi !== unit.name) lines.push(el('p', { lang: 'vi' }, unit.nameVi));
      lines.push(el('p', { class: 'muted' }, `${bilingual(unit.country.name, unit.country.nameVi)} · ${count(target.node.instrumentCount, 'instrument')}`));
    } else {
      const { source, target: partner } = target.edge;
      lines.push(el('p', {}, el('strong', {}, `${source.unit.name} – ${partner.unit.name}`)));
      if (source.unit.nameVi || partner.unit.nameVi) {
        lines.push(el('p', { lang: 'vi' }, `${source.unit.nameVi ?? source.unit.name} – ${partner.unit.nameVi ?? partner.unit.name}`));
      }
      lines.push(el('p', { class: 'muted' }, partnershipSummary(target.edge.instrumentCount, target.edge.mechanismCount)));
    }
    replaceChildren(this.#tooltip, ...lines);
    this.#tooltip.hidden = false;
    const stage = this.#stage.getBoundingClientRect();
    const box = this.#tooltip.getBoundingClientRect();
    const x = Math.min(clientX - stage.left + 14, stage.width - box.width - 4);
    const y = clientY - stage.top + 16 + box.height > stage.height ? clientY - stage.top - box.height - 10 : clientY - stage.top + 16;
    this.#tooltip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
  }

  async #openDetails(target: Target): Promise<void> {
    const network = this.#network;
    const api = this.#api;
    if (!network || !api) return;
    this.#detailsLoad?.abort();
    const load = new AbortController();
    this.#detailsLoad = load;
    this.#canvas.setSelection(target);
    this.#details.hidden = false;

    const edges = target.kind === 'edge' ? [target.edge] : [...target.node.edges].sort((a, b) => b.instrumentCount - a.instrumentCount);
    if (target.kind === 'edge') {
      const { source, target: partner } = target.edge;
      this.#detailsTitle.textContent = `${source.unit.name} – ${partner.unit.name}`;
      this.#detailsMeta.textContent = `${source.unit.country.name} · ${partner.unit.country.name} · ${partnershipSummary(target.edge.instrumentCount, target.edge.mechanismCount)}`;
    } else {
      const { node } = target;
      this.#detailsTitle.textContent = bilingual(node.unit.name, node.unit.nameVi);
      this.#detailsMeta.textContent = `${node.unit.country.name} · ${count(node.edges.length, 'partner')} · ${count(node.instrumentCount, 'instrument')}`;
    }
    replaceChildren(this.#detailsBody, el('p', { class: 'muted' }, 'Loading the instruments…'));
    this.#detailsTitle.focus();
    if (this.#view === 'graph') {
      const shown = target.kind === 'node' ? target.node : target.edge.target;
      this.#canvas.revealBeside(shown, this.#details.getBoundingClientRect().width);
    }
    this.dispatchEvent(new CustomEvent(`${elementName}:select`, {
      bubbles: true,
      composed: true,
      detail: target.kind === 'node' ? { kind: 'node', id: target.node.unit.id } : { kind: 'edge', ids: [target.edge.source.unit.id, target.edge.target.unit.id] },
    }));

    try {
      const blocks: HTMLElement[] = [];
      if (target.kind === 'edge') {
        const details = await this.#partnershipsOf(target.edge.source, target.edge.target.unit.country.code);
        blocks.push(renderPartnership(details.find((d) => d.partner.id === target.edge.target.unit.id), api));
      } else {
        const node = target.node;
        const countries = new Set(node.edges.map((e) => otherEnd(e, node).unit.country.code));
        const details = node.edges.length === 0 ? [] : await this.#partnershipsOf(node, countries.size === 1 ? [...countries][0]! : null);
        for (const edge of edges) {
          const other = otherEnd(edge, node);
          blocks.push(
            el('h4', {}, `With ${bilingual(other.unit.name, other.unit.nameVi)}, ${other.unit.country.name}`),
            renderPartnership(details.find((d) => d.partner.id === other.unit.id), api),
          );
        }
        if (edges.length === 0) blocks.push(el('p', { class: 'muted' }, 'No partnerships match these options.'));
      }
      if (load.signal.aborted) return;
      replaceChildren(this.#detailsBody, ...blocks);
    } catch (error) {
      if (load.signal.aborted) return;
      replaceChildren(this.#detailsBody, el('p', { class: 'status error' }, error instanceof ApiError ? error.message : 'The details could not be loaded.'));
    }
  }

  /** The partnerships of a unit with instrument details, cached for as long as the loaded network is shown. */
  #partnershipsOf(node: NetworkNode, partnerCountry: string | null): Promise<readonly PartnershipDetails[]> {
    const key = `${node.unit.id}|${partnerCountry ?? ''}`;
    let pending = this.#detailsCache.get(key);
    if (!pending) {
      // Not aborted with the panel: a panel closed early still fills the cache for the next one.
      pending = this.#api!.partnershipDetails(node.unit.id, this.#options?.asOf ?? null, partnerCountry);
      pending.catch(() => this.#detailsCache.delete(key));
      this.#detailsCache.set(key, pending);
    }
    return pending;
  }

  #closeDetails(): void {
    this.#detailsLoad?.abort();
    if (this.#details.hidden) return;
    this.#details.hidden = true;
    this.#canvas.setSelection(null);
    const back = this.#returnFocus;
    this.#returnFocus = null;
    if (back?.isConnected && !back.closest('[hidden]')) back.focus();
  }

  #fail(message: string): void {
    this.#network = null;
    this.#closeDetails();
    this.#setStatus(message, true);
    this.#title.textContent = 'RelationsGraph';
    this.#subtitle.textContent = '';
    this.dispatchEvent(new CustomEvent(`${elementName}:error`, { bubbles: true, composed: true, detail: { message } }));
  }

  #setStatus(message: string, error = false): void {
    this.#status.textContent = message;
    this.#status.classList.toggle('error', error);
  }
}

function countryName(source: NetworkSource & { kind: 'country' }): string {
  return source.country ? bilingual(source.country.name, source.country.nameVi) : source.code;
}

function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } else {
    // Browsers without constructable stylesheets: a <style> in the shadow root (needs style-src 'unsafe-inline'
    // under a CSP).
    shadow.append(el('style', {}, css));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'relations-graph': RelationsGraphElement;
  }
}

if (!customElements.get(elementName)) customElements.define(elementName, RelationsGraphElement);
