import './review.css';
import { ApiError, get, getText, post, type FactDetail, type FactSummary, type Options, type ReviewState } from './api.ts';
import { el, replaceChildren } from '../../shared/dom.ts';
import { buildForm, dataLists } from './form.ts';
import { describe, renderCitation, renderText } from './text.ts';

// The review app: the queue of facts awaiting review on the left, the current fact's documents with its evidence
// highlighted in the middle, its attributes in a form on the right. Every decision is one POST; the queue is read
// again afterwards and the next fact opens. Everything works from the keyboard (see the Shortcuts panel).

const queueList = document.getElementById('queue') as HTMLOListElement;
const queueTitle = document.getElementById('queue-title') as HTMLHeadingElement;
const documentsPane = document.getElementById('documents') as HTMLDivElement;
const factPane = document.getElementById('fact') as HTMLDivElement;
const status = document.getElementById('status') as HTMLParagraphElement;
const storeLine = document.getElementById('store') as HTMLParagraphElement;
const help = document.getElementById('help') as HTMLElement;
const helpButton = document.getElementById('help-button') as HTMLButtonElement;

let options: Options;
let pending: FactSummary[] = [];
let current: FactDetail | null = null;
let form: { read(): unknown } | null = null;
let pristine = '';
let spanIndex = -1;
let confirming: 'reject' | 'merge' | null = null;

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = `status ${kind}`;
}

function failure(error: unknown): void {
  if (error instanceof ApiError) {
    say([error.message, ...error.details].join('\n'), 'error');
  } else {
    say(String(error), 'error');
  }
}

async function loadQueue(selectId?: string): Promise<void> {
  const state = await get<ReviewState>('/api/state');
  storeLine.textContent = `${state.store} · reviewer ${state.reviewer}`;
  pending = state.pending;
  queueTitle.textContent = `Awaiting review (${pending.length})`;
  replaceChildren(
    queueList,
    ...pending.map((fact) => {
      const button = el(
        'button',
        { type: 'button', 'data-fact': fact.id, 'aria-current': current?.summary.id === fact.id ? 'true' : null },
        el('span', { class: 'kind' }, fact.kind.replace('_', ' ')),
        ' ',
        el('strong', {}, fact.parties),
        el('span', { class: 'muted' }, ` ${[fact.date, fact.period].filter(Boolean).join(' · ')}`),
        el('span', { class: 'title' }, fact.title),
      );
      button.addEventListener('click', () => void open(fact.id));
      return el('li', {}, button);
    }),
  );
  const next = selectId ?? pending[0]?.id;
  if (next) await open(next);
  else {
    current = null;
    replaceChildren(documentsPane, el('p', { class: 'muted' }, 'Nothing awaits review.'));
    replaceChildren(factPane);
  }
}

async function open(id: string): Promise<void> {
  const detail = await get<FactDetail>(`/api/facts/${encodeURIComponent(id)}`);
  current = detail;
  confirming = null;
  for (const button of queueList.querySelectorAll('button')) {
    button.toggleAttribute('aria-current', button.dataset.fact === id);
    if (button.dataset.fact === id) button.scrollIntoView({ block: 'nearest' });
  }
  await renderDocuments(detail);
  renderFact(detail);
  spanIndex = -1;
  nextSpan(1);
}

async function renderDocuments(detail: FactDetail): Promise<void> {
  const sections: HTMLElement[] = [];
  const evidenceList = el('ol', { class: 'evidence' });
  detail.evidence.forEach((evidence, index) => {
    const button = el('button', { type: 'button', 'data-evidence': index }, describe(evidence));
    button.addEventListener('click', () => showSpan(index));
    evidenceList.append(el('li', {}, button));
  });
  sections.push(el('h2', {}, `Evidence (${detail.evidence.length})`), evidenceList);
  for (const document of detail.documents) {
    const spans = detail.evidence.map((view, index) => ({ index, view })).filter(({ view }) => view.documentId === document.id);
    const text = document.hasText ? await getText(`/api/documents/${encodeURIComponent(document.id)}/text`) : null;
    sections.push(
      el(
        'article',
        { class: 'doc', 'data-document': document.id, lang: document.language },
        el('h3', {}, document.title),
        renderCitation(document),
        text === null
          ? el(
              'div',
              { class: 'no-text' },
              el('p', { class: 'muted' }, 'The text of this document was not found in the document folders; its quotes:'),
              el('ol', {}, ...spans.map(({ view, index }) => el('li', {}, el('blockquote', { 'data-evidence': index }, view.quote ?? '(no quote recorded)')))),
            )
          : renderText(text, spans),
      ),
    );
  }
  replaceChildren(documentsPane, ...sections);
}

function renderFact(detail: FactDetail): void {
  const summary = detail.summary;
  const built = buildForm(detail.form, options);
  form = built;
  pristine = JSON.stringify(built.read());
  const candidates = el('fieldset', { class: 'candidates' }, el('legend', {}, 'Same fact as an existing one? (m merges into the chosen)'));
  if (detail.candidates.length === 0) candidates.append(el('p', { class: 'muted' }, 'No existing fact between the same units.'));
  detail.candidates.forEach((candidate, index) => {
    const radio = el('input', { type: 'radio', name: 'merge-into', value: candidate.fact.id, id: `merge-${index}`, checked: index === 0 && candidate.sameFact });
    candidates.append(
      el(
        'div',
        { class: 'candidate' },
        radio,
        el(
          'label',
          { for: `merge-${index}` },
          el('strong', {}, candidate.fact.title),
          el('span', { class: 'muted' }, ` ${candidate.fact.id} · ${candidate.fact.kind}${candidate.fact.date ? ' · ' + candidate.fact.date : ''}${candidate.fact.period ? ' · ' + candidate.fact.period : ''}${candidate.fact.reviewed ? ' · reviewed' : ''} — ${candidate.reason}`),
        ),
      ),
    );
  });
  const actions = el(
    'div',
    { class: 'actions' },
    action('Accept', 'a', () => void accept()),
    action('Accept corrected', 'c', () => void correct()),
    action('Merge', 'm', () => confirm('merge')),
    action('Reject', 'r', () => confirm('reject')),
  );
  const reviewed = summary.reviewed ? el('p', { class: 'muted' }, `Reviewed${summary.reviewedBy ? ` by ${summary.reviewedBy}` : ''}${summary.reviewedAt ? ` at ${summary.reviewedAt}` : ''}; its commitments await review.`) : null;
  replaceChildren(
    factPane,
    el('h2', { id: 'fact-title' }, summary.title),
    el('p', { class: 'muted' }, `${summary.id} · confidence ${summary.confidence} · ${summary.evidence} span(s) in ${summary.documents} document(s)`),
    reviewed,
    actions,
    el('div', { id: 'confirm' }),
    built.element,
    candidates,
    ...dataLists(options),
  );
}

function action(label: string, key: string, run: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', 'data-action': label.toLowerCase().replace(' ', '-'), 'aria-keyshortcuts': key }, label, el('kbd', {}, key));
  button.addEventListener('click', run);
  return button;
}

async function decide(path: string, body: unknown, done: string): Promise<void> {
  if (!current) return;
  const id = current.summary.id;
  const position = pending.findIndex((fact) => fact.id === id);
  try {
    await post(`/api/facts/${encodeURIComponent(id)}/${path}`, body);
    say(`${done}: ${id}`);
    const state = await get<ReviewState>('/api/state');
    const next = state.pending.find((fact, index) => index >= position && fact.id !== id) ?? state.pending.find((fact) => fact.id !== id);
    await loadQueue(next?.id);
  } catch (error) {
    failure(error);
  }
}

async function accept(): Promise<void> {
  if (form && JSON.stringify(form.read()) !== pristine) {
    say('The form has corrections: press c to accept them, or reload the fact to drop them.', 'error');
    return;
  }
  await decide('accept', {}, 'Accepted');
}

async function correct(): Promise<void> {
  if (!form) return;
  await decide('correct', form.read(), 'Accepted with corrections');
}

function confirm(what: 'reject' | 'merge'): void {
  if (!current) return;
  const box = document.getElementById('confirm') as HTMLDivElement;
  const into = document.querySelector<HTMLInputElement>('input[name="merge-into"]:checked')?.value
    ?? document.querySelector<HTMLInputElement>('input[name="merge-into"]')?.value;
  if (what === 'merge' && !into) {
    say('There is no existing fact to merge into.', 'error');
    return;
  }
  confirming = what;
  const note = el('input', { type: 'text', id: 'confirm-note', 'aria-label': 'Note (why)', placeholder: 'Note (optional): why' });
  const go = el('button', { type: 'button', class: 'danger', id: 'confirm-go' }, what === 'reject' ? 'Reject this fact' : `Merge into ${into}`);
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const run = () => {
    confirming = null;
    void (what === 'reject'
      ? decide('reject', { note: note.value || null }, 'Rejected')
      : decide('merge', { into, note: note.value || null }, `Merged into ${into}`));
  };
  go.addEventListener('click', run);
  cancel.addEventListener('click', () => closeConfirm());
  note.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') run();
    if (event.key === 'Escape') closeConfirm();
  });
  replaceChildren(box, el('div', { class: 'confirm', role: 'alertdialog', 'aria-label': what === 'reject' ? 'Confirm rejection' : 'Confirm merge' }, note, go, cancel));
  note.focus();
}

function closeConfirm(): void {
  confirming = null;
  replaceChildren(document.getElementById('confirm') as HTMLDivElement);
}

/** Scrolls the document to an evidence span, highlights it and moves the focus there. */
function showSpan(index: number): void {
  for (const marked of documentsPane.querySelectorAll('.current')) marked.classList.remove('current');
  const marks = [...documentsPane.querySelectorAll<HTMLElement>('[data-evidence]')].filter((node) => node.tagName !== 'BUTTON' && node.dataset.evidence!.split(' ').includes(String(index)));
  for (const mark of marks) mark.classList.add('current');
  documentsPane.querySelector<HTMLElement>(`button[data-evidence="${index}"]`)?.classList.add('current');
  marks[0]?.scrollIntoView({ block: 'center' });
  spanIndex = index;
}

function nextSpan(step: number): void {
  if (!current || current.evidence.length === 0) return;
  const count = current.evidence.length;
  showSpan((((spanIndex + step) % count) + count) % count);
}

function move(step: number): void {
  if (pending.length === 0) return;
  const index = pending.findIndex((fact) => fact.id === current?.summary.id);
  const next = pending[Math.max(0, Math.min(pending.length - 1, index + step))];
  if (next && next.id !== current?.summary.id) void open(next.id).catch(failure);
}

function editing(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && current) {
    event.preventDefault();
    void correct();
    return;
  }
  if (editing(event.target)) {
    if (event.key === 'Escape' && !confirming) (event.target as HTMLElement).blur();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const keys: Record<string, () => void> = {
    j: () => move(1),
    k: () => move(-1),
    n: () => nextSpan(1),
    p: () => nextSpan(-1),
    a: () => void accept(),
    c: () => void correct(),
    m: () => confirm('merge'),
    r: () => confirm('reject'),
    e: () => factPane.querySelector<HTMLElement>('input, select')?.focus(),
    '?': () => toggleHelp(),
    Escape: () => (confirming ? closeConfirm() : help.hidden || toggleHelp()),
  };
  const run = keys[event.key];
  if (run) {
    event.preventDefault();
    run();
  }
});

function toggleHelp(): void {
  help.hidden = !help.hidden;
  helpButton.setAttribute('aria-expanded', String(!help.hidden));
}

helpButton.addEventListener('click', toggleHelp);

async function start(): Promise<void> {
  options = await get<Options>('/api/options');
  await loadQueue();
  document.body.dataset.ready = 'true';
}

start().catch(failure);
