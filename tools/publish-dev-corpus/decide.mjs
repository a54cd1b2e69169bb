// The decisions a reviewer takes on one proposed fact with the development corpus's hand labels in hand
// (tests/dev-corpus/README.md): accept what a labelled event states (same parties, same kind), correct what the label
// states otherwise (kind, status, number, date, period, fields, levels, people, pledges), merge a duplicate of a fact
// already reviewed, reject what no label supports. Pure: the review app's views in, a decision out.

/** The graph's instrument kind for a label's event kind. */
export function graphKind(labelKind) {
  switch (labelKind) {
    case 'session':
      return 'joint_committee';
    case 'coordination_rules':
      // A coordination regulation (quy chế phối hợp) is a signed instrument between the parties: an agreement.
      return 'agreement';
    default:
      return labelKind;
  }
}

const fold = (text) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const countryOf = (unitId) => unitId.split('-')[0];

/**
 * The province a unit counts for: a district's id is its province's id, a hyphen and its name, so the longest
 * proper prefix (at a hyphen) that is a unit of the gazetteer; else the unit itself.
 */
export function firstLevelOf(unitId, unitIds) {
  const parts = unitId.split('-');
  for (let length = parts.length - 1; length >= 2; length--) {
    const prefix = parts.slice(0, length).join('-');
    if (unitIds.has(prefix)) {
      return prefix;
    }
  }
  return unitId;
}

const sameSet = (a, b) => a.size === b.size && [...a].every((item) => b.has(item));

/** Both known and different: a disagreement; one of them unknown is none. */
const disagree = (a, b) => a != null && b != null && String(a) !== String(b);

/** The units of an event, as a set of first-level ids. */
const eventUnits = (event) => new Set(event.parties.map((party) => party.unit));

/** The labelled events of the documents a fact cites, each with its label. */
export function eventsOf(documents, labelsByHash) {
  const events = [];
  for (const document of documents) {
    const label = labelsByHash.get(document.contentHash);
    for (const event of label?.events ?? []) {
      events.push({ ...event, documentId: document.id, labelId: label.id });
    }
  }
  return events;
}

/** What a fact states, in the terms the label uses, from the review app's form. */
export function statementOf(form, unitIds) {
  if (form.instrument) {
    const instrument = form.instrument;
    return {
      type: 'instrument',
      kind: instrument.kind,
      units: new Set(instrument.parties.map((party) => firstLevelOf(party.unitId, unitIds))),
      levels: new Map(instrument.parties.map((party) => [firstLevelOf(party.unitId, unitIds), party.level])),
      number: instrument.number,
      signedOn: instrument.signedOn,
      periodStart: instrument.periodStart,
      periodEnd: instrument.periodEnd,
      status: instrument.status,
    };
  }
  return {
    type: 'session',
    kind: 'joint_committee',
    units: null,
    ordinal: form.session.ordinal,
    heldOn: form.session.heldOn,
  };
}

/** The labelled event this fact states, or null: same parties (first-level units), best by kind, then values. */
export function matchEvent(statement, events) {
  let best = null;
  let bestScore = -1;
  for (const event of events) {
    if (new Set(event.parties.map((party) => countryOf(party.unit))).size < 2) {
      continue; // not a foreign relation between units (a national counterpart): nothing for this graph
    }
    let score = 0;
    if (statement.type === 'session') {
      if (event.kind !== 'session' || !event.session) {
        continue;
      }
      if (disagree(statement.ordinal, event.session.ordinal) && disagree(statement.heldOn, event.session.heldOn)) {
        continue;
      }
      score += statement.ordinal != null && statement.ordinal === event.session.ordinal ? 2 : 0;
      score += statement.heldOn != null && statement.heldOn === event.session.heldOn ? 2 : 0;
    } else {
      if (!sameSet(statement.units, eventUnits(event))) {
        continue;
      }
      score += graphKind(event.kind) === statement.kind ? 8 : 0;
      const period = event.period ?? {};
      score += statement.periodStart != null && statement.periodStart === period.start ? 2 : 0;
      score += statement.signedOn != null && statement.signedOn === event.signedOn ? 2 : 0;
      score += statement.number != null && statement.number === event.number ? 2 : 0;
      score += (statement.status ?? 'concluded') === (event.status ?? 'concluded') ? 1 : 0;
    }
    if (score > bestScore) {
      best = event;
      bestScore = score;
    }
  }
  return best;
}

/** Whether an already reviewed fact (its form) is the fact the event states: the merge target for a duplicate. */
export function isFactOf(form, event, unitIds) {
  const statement = statementOf(form, unitIds);
  if (statement.type === 'session') {
    return (
      event.kind === 'session' &&
      !disagree(statement.ordinal, event.session?.ordinal) &&
      !disagree(statement.heldOn, event.session?.heldOn) &&
      (statement.ordinal != null || statement.heldOn != null)
    );
  }
  const period = event.period ?? {};
  return (
    graphKind(event.kind) === statement.kind &&
    sameSet(statement.units, eventUnits(event)) &&
    event.parties.every((party) => !disagree(statement.levels.get(party.unit), party.level)) &&
    !disagree(statement.number, event.number) &&
    !disagree(statement.signedOn, event.signedOn) &&
    !disagree(statement.periodStart, period.start) &&
    !disagree(statement.periodEnd, period.end)
  );
}

/** A pledge of the label that an extracted commitment states: same kind, giver and receiver not contradicted. */
function pledgeOf(commitment, pledges, unitIds) {
  const unit = (id) => (id == null ? null : firstLevelOf(id, unitIds));
  return (
    pledges.find(
      (pledge) =>
        pledge.kind === commitment.kind &&
        !disagree(unit(commitment.fromId), pledge.giver) &&
        !disagree(unit(commitment.toId), pledge.receiver),
    ) ?? null
  );
}

const kindTitles = {
  agreement: 'Cooperation agreement',
  mou: 'Memorandum of understanding',
  minutes: 'Cooperation minutes',
  plan: 'Plan',
  joint_statement: 'Joint statement',
  joint_committee: 'Joint committee meeting',
  visit: 'Visit',
  award: 'Award',
  other: 'Cooperation',
};

const listed = (names) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** The parties' names, Vietnam's first, as the extractor's titles give them. */
function namesOf(unitIds, unitNames) {
  const ids = [...new Set(unitIds)].sort((a, b) => (countryOf(b) === 'VN') - (countryOf(a) === 'VN'));
  return ids.map((id) => unitNames.get(id) ?? id);
}

/** A title in our words for the corrected kind, parties and period (never the article's words). */
export function titleFor(kind, unitIds, periodStart, periodEnd, unitNames) {
  const period = periodStart != null ? `, ${periodStart}-${periodEnd ?? periodStart}` : '';
  return `${kindTitles[kind] ?? 'Cooperation'} between ${listed(namesOf(unitIds, unitNames))}${period}`;
}

/** A commitment's description in our words, from the label's pledge (an extracted description quotes the article). */
export function describePledge(pledge, unitNames) {
  const kind = pledge.kind.charAt(0).toUpperCase() + pledge.kind.slice(1);
  const giver = pledge.giver ? ` from ${unitNames.get(pledge.giver) ?? pledge.giver}` : '';
  const receiver = pledge.receiver ? ` to ${unitNames.get(pledge.receiver) ?? pledge.receiver}` : '';
  const amount = pledge.amount != null ? `: ${pledge.amount.toLocaleString('en-US')}${pledge.unit ? ` ${pledge.unit}` : ''}` : '';
  const years = pledge.years?.length ? `, ${pledge.years[0]}-${pledge.years.at(-1)}` : '';
  return `${kind}${giver}${receiver}${amount}${years}`;
}

/** The fact's form with the label's values: what a reviewer would type into the form. */
export function correctedForm(form, event, unitIds, unitNames = new Map()) {
  if (form.session) {
    const session = event.session ?? {};
    return {
      instrument: null,
      session: {
        ...form.session,
        ordinal: session.ordinal ?? form.session.ordinal,
        heldOn: session.heldOn ?? form.session.heldOn,
        mode: session.mode ?? form.session.mode,
      },
    };
  }
  const instrument = form.instrument;
  const levels = new Map(event.parties.map((party) => [party.unit, party.level]));
  const pledges = [...(event.pledges ?? [])];
  const commitments = [];
  for (const commitment of instrument.commitments) {
    const pledge = pledgeOf(commitment, pledges, unitIds);
    if (!pledge) {
      continue; // a pledge the label does not record: not kept
    }
    pledges.splice(pledges.indexOf(pledge), 1);
    commitments.push({
      ...commitment,
      description: describePledge(pledge, unitNames),
      amount: pledge.amount ?? null,
      unit: pledge.unit ?? null,
      fromId: commitment.fromId ?? pledge.giver ?? null,
      toId: commitment.toId ?? pledge.receiver ?? null,
      years: pledge.years ?? [],
    });
  }
  const people = (event.people ?? []).map((person) => ({
    name: person.name,
    role: person.role ?? 'signatory',
    title: person.title ?? null,
    unitId: person.unit ?? null,
  }));
  const kind = graphKind(event.kind);
  return {
    instrument: {
      ...instrument,
      kind,
      title: titleFor(kind, instrument.parties.map((party) => firstLevelOf(party.unitId, unitIds)), event.period?.start, event.period?.end, unitNames),
      titleVi: null,
      status: event.status ?? 'concluded',
      background: event.background ?? false,
      number: event.number ?? null,
      signedOn: event.signedOn ?? null,
      periodStart: event.period?.start ?? null,
      periodEnd: event.period?.end ?? null,
      fields: event.fields?.length ? [...event.fields].sort() : instrument.fields,
      parties: instrument.parties.map((party) => ({
        ...party,
        level: levels.get(firstLevelOf(party.unitId, unitIds)) ?? party.level,
      })),
      people,
      commitments,
    },
    session: null,
  };
}

const canonical = (value) => JSON.stringify(value, (key, item) => (Array.isArray(item) && item.every((x) => typeof x === 'string') ? [...item].sort() : item));

/**
 * The decision on one proposed fact.
 * detail: the review app's view of the fact (GET /api/facts/{id}); labelsByHash: label by content hash;
 * reviewed: the review app's views of the already reviewed facts it may duplicate (its candidates);
 * unitIds: the gazetteer's unit ids; unitNames: unit id → English name (for titles in our words).
 * Returns { action: 'skip' | 'accept' | 'correct' | 'merge' | 'reject', form?, into?, note }.
 */
export function decide(detail, labelsByHash, reviewed, unitIds, unitNames = new Map()) {
  const labelled = detail.documents.filter((document) => document.file == null && labelsByHash.has(document.contentHash));
  const unlabelled = detail.documents.filter((document) => !labelled.includes(document));
  if (labelled.length === 0) {
    return { action: 'skip', note: 'cites no labelled article' };
  }
  const events = eventsOf(labelled, labelsByHash);
  const statement = statementOf(detail.form, unitIds);
  const event = matchEvent(statement, events);
  const labels = [...new Set(events.map((item) => item.labelId))];
  if (!event) {
    if (unlabelled.length > 0) {
      // Rejecting would remove what another document (a seed document) states: a person decides.
      return { action: 'skip', note: `no labelled event states it, and it also cites ${unlabelled.map((document) => document.id).join(', ')}, which the labels do not cover` };
    }
    const cited = labelled.map((document) => labelsByHash.get(document.contentHash).id).join(', ');
    return { action: 'reject', note: `no event labelled in ${cited} between these parties` };
  }
  const duplicate = reviewed.find((candidate) => candidate.form && isFactOf(candidate.form, event, unitIds));
  if (duplicate) {
    return { action: 'merge', into: duplicate.summary.id, note: `the same event as ${duplicate.summary.id} (${event.labelId})` };
  }
  const form = correctedForm(detail.form, event, unitIds, unitNames);
  if (canonical(form) === canonical(detail.form)) {
    return { action: 'accept', note: `as labelled in ${labels.join(', ')}` };
  }
  if (unlabelled.length > 0) {
    // A correction would overwrite what another document (a seed document) states with a label's reading: a person decides.
    return { action: 'skip', note: `the label ${event.labelId} reads it differently, and it also cites ${unlabelled.map((document) => document.id).join(', ')}, which the labels do not cover` };
  }
  return { action: 'correct', form, note: `to the values labelled in ${event.labelId}` };
}
