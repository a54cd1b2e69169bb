import type { CommitmentForm, FactForm, InstrumentForm, LinkForm, Options, PartyForm, PersonForm, SessionForm } from './api.ts';
import { el } from '../../shared/dom.ts';

type Kind = 'text' | 'number' | 'select' | 'unit' | 'years' | 'instrument' | 'date';

interface Column<T> {
  key: keyof T & string;
  label: string;
  kind: Kind;
  options?: string[];
}

/** A form control and how to read its value back. */
interface Control {
  element: HTMLElement;
  read(): unknown;
}

function control(kind: Kind, label: string, value: unknown, options: string[] = [], id?: string): Control {
  if (kind === 'select') {
    const select = el('select', { 'aria-label': label, id });
    for (const option of options) select.append(el('option', { value: option, selected: option === value }, option));
    return { element: select, read: () => select.value };
  }
  const type = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text';
  const list = kind === 'unit' ? 'units' : kind === 'instrument' ? 'instruments' : undefined;
  const shown = kind === 'years' ? ((value as number[] | null) ?? []).join(';') : value === null || value === undefined ? '' : String(value);
  const input = el('input', { type, 'aria-label': label, id, list, value: shown, spellcheck: kind === 'text' ? 'true' : 'false' });
  return {
    element: input,
    read: () => {
      const text = input.value.trim();
      if (kind === 'number') return text === '' ? null : Number(text);
      if (kind === 'years') return text === '' ? [] : text.split(/[;,\s]+/).filter(Boolean).map(Number);
      return text === '' ? null : text;
    },
  };
}

/** An editable list of rows (parties, people, commitments, links): one control per column, add and remove. */
function rowList<T extends object>(title: string, items: T[], columns: Column<T>[], blank: () => T): Control {
  const body = el('tbody');
  const rows: { element: HTMLTableRowElement; original: T; controls: Map<string, Control> }[] = [];
  const add = (item: T) => {
    const position = rows.length + 1;
    const controls = new Map<string, Control>();
    const row = el('tr');
    for (const column of columns) {
      const c = control(column.kind, `${title} ${position} ${column.label}`, item[column.key], column.options);
      controls.set(column.key, c);
      row.append(el('td', {}, c.element));
    }
    const entry = { element: row, original: item, controls };
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${title} ${position}` }, '×');
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(entry), 1);
      row.remove();
    });
    row.append(el('td', {}, remove));
    rows.push(entry);
    body.append(row);
  };
  items.forEach(add);
  const addButton = el('button', { type: 'button', class: 'add' }, `Add ${title}`);
  addButton.addEventListener('click', () => {
    add(blank());
    rows.at(-1)?.controls.values().next().value?.element.focus();
  });
  const head = el('tr', {}, ...columns.map((column) => el('th', { scope: 'col' }, column.label)), el('th', {}, el('span', { class: 'visually-hidden' }, 'Remove')));
  const element = el('fieldset', { class: 'rows' }, el('legend', {}, title), el('table', {}, el('thead', {}, head), body), addButton);
  return {
    element,
    read: () =>
      rows.map(({ original, controls }) => {
        const value: Record<string, unknown> = { ...(original as Record<string, unknown>) };
        for (const [key, c] of controls) value[key] = c.read();
        return value as T;
      }),
  };
}

function labelled(id: string, label: string, c: Control): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), c.element);
}

/** The fact's attributes as a form; read() gives the corrected attributes back in the API's shape. */
export function buildForm(form: FactForm, options: Options): Control {
  if (form.instrument) return instrumentForm(form.instrument, options);
  if (form.session) return sessionForm(form.session, options);
  throw new Error('A fact is an instrument or a session.');
}

function instrumentForm(form: InstrumentForm, options: Options): Control {
  const kind = control('select', 'Kind', form.kind, options.kinds, 'f-kind');
  const status = control('select', 'Status', form.status, options.statuses, 'f-status');
  const number = control('text', 'Number', form.number, [], 'f-number');
  const signedOn = control('date', 'Signed on', form.signedOn, [], 'f-signedOn');
  const periodStart = control('number', 'Period start', form.periodStart, [], 'f-periodStart');
  const periodEnd = control('number', 'Period end', form.periodEnd, [], 'f-periodEnd');
  const title = control('text', 'Title', form.title, [], 'f-title');
  const titleVi = control('text', 'Title (Vietnamese)', form.titleVi, [], 'f-titleVi');
  const background = el('input', { type: 'checkbox', id: 'f-background', checked: form.background });
  const fieldBoxes = options.fields.map((field) => {
    const box = el('input', { type: 'checkbox', value: field.code, checked: form.fields.includes(field.code) });
    return { box, label: el('label', { class: 'check' }, box, ` ${field.name}`) };
  });
  const parties = rowList<PartyForm>(
    'party',
    form.parties,
    [
      { key: 'unitId', label: 'unit', kind: 'unit' },
      { key: 'level', label: 'level', kind: 'select', options: options.levels },
      { key: 'role', label: 'role', kind: 'select', options: options.partyRoles },
      { key: 'organisation', label: 'organisation', kind: 'text' },
      { key: 'organisationVi', label: 'organisation (vi)', kind: 'text' },
    ],
    () => ({ unitId: '', level: 'provincial_government', role: 'signatory', organisation: null, organisationVi: null }),
  );
  const people = peopleList(form.people, options);
  const commitments = rowList<CommitmentForm>(
    'commitment',
    form.commitments,
    [
      { key: 'kind', label: 'kind', kind: 'select', options: options.commitmentKinds },
      { key: 'description', label: 'description', kind: 'text' },
      { key: 'amount', label: 'amount', kind: 'number' },
      { key: 'unit', label: 'unit', kind: 'text' },
      { key: 'fromId', label: 'giver', kind: 'unit' },
      { key: 'toId', label: 'receiver', kind: 'unit' },
      { key: 'years', label: 'years', kind: 'years' },
    ],
    () => ({ id: null, kind: 'other', description: '', amount: null, unit: null, fromId: null, toId: null, years: [] }),
  );
  const links = rowList<LinkForm>(
    'link',
    form.links,
    [
      { key: 'type', label: 'type', kind: 'select', options: options.linkTypes },
      { key: 'to', label: 'instrument', kind: 'instrument' },
    ],
    () => ({ type: 'implements', to: '' }),
  );
  const element = el(
    'div',
    { class: 'form' },
    el(
      'div',
      { class: 'grid' },
      labelled('f-kind', 'Kind', kind),
      labelled('f-status', 'Status', status),
      labelled('f-number', 'Number', number),
      labelled('f-signedOn', 'Signed on', signedOn),
      labelled('f-periodStart', 'Period start', periodStart),
      labelled('f-periodEnd', 'Period end', periodEnd),
    ),
    labelled('f-title', 'Title', title),
    labelled('f-titleVi', 'Title (Vietnamese)', titleVi),
    el('div', { class: 'field inline' }, background, el('label', { for: 'f-background' }, ' Background only (mentioned as past context)')),
    el('fieldset', { class: 'fields' }, el('legend', {}, 'Fields of cooperation'), ...fieldBoxes.map(({ label }) => label)),
    parties.element,
    people.element,
    commitments.element,
    links.element,
  );
  return {
    element,
    read: (): FactForm => ({
      instrument: {
        kind: kind.read() as string,
        status: status.read() as string,
        number: number.read() as string | null,
        signedOn: signedOn.read() as string | null,
        periodStart: periodStart.read() as number | null,
        periodEnd: periodEnd.read() as number | null,
        title: (title.read() as string | null) ?? '',
        titleVi: titleVi.read() as string | null,
        background: background.checked,
        fields: fieldBoxes.filter(({ box }) => box.checked).map(({ box }) => box.value),
        parties: parties.read() as PartyForm[],
        people: people.read() as PersonForm[],
        commitments: commitments.read() as CommitmentForm[],
        links: links.read() as LinkForm[],
      },
    }),
  };
}

function sessionForm(form: SessionForm, options: Options): Control {
  const ordinal = control('number', 'Ordinal', form.ordinal, [], 'f-ordinal');
  const heldOn = control('date', 'Held on', form.heldOn, [], 'f-heldOn');
  const host = control('unit', 'Host', form.hostId, [], 'f-hostId');
  const mode = control('select', 'Mode', form.mode, options.sessionModes, 'f-mode');
  const title = control('text', 'Title', form.title, [], 'f-title');
  const people = peopleList(form.people, options);
  const element = el(
    'div',
    { class: 'form' },
    el('div', { class: 'grid' }, labelled('f-ordinal', 'Ordinal', ordinal), labelled('f-heldOn', 'Held on', heldOn), labelled('f-hostId', 'Host', host), labelled('f-mode', 'Mode', mode)),
    labelled('f-title', 'Title', title),
    people.element,
  );
  return {
    element,
    read: (): FactForm => ({
      session: {
        ordinal: ordinal.read() as number | null,
        heldOn: heldOn.read() as string | null,
        hostId: host.read() as string | null,
        mode: mode.read() as string,
        title: title.read() as string | null,
        people: people.read() as PersonForm[],
      },
    }),
  };
}

function peopleList(people: PersonForm[], options: Options): Control {
  return rowList<PersonForm>(
    'person',
    people,
    [
      { key: 'name', label: 'name', kind: 'text' },
      { key: 'role', label: 'role', kind: 'select', options: options.personRoles },
      { key: 'title', label: 'title', kind: 'text' },
      { key: 'unitId', label: 'unit', kind: 'unit' },
    ],
    () => ({ name: '', role: 'signatory', title: null, unitId: null }),
  );
}

/** The lists the form's unit and instrument inputs suggest from. */
export function dataLists(options: Options): HTMLElement[] {
  return [
    el('datalist', { id: 'units' }, ...options.units.map((unit) => el('option', { value: unit.id }, `${unit.name} (${unit.country})`))),
    el('datalist', { id: 'instruments' }, ...options.instruments.map((instrument) => el('option', { value: instrument.id }, instrument.title))),
  ];
}
