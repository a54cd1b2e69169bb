// node --test tools/publish-dev-corpus/ : the reviewer's decisions from the labels, on views shaped as the review
// app's GET /api/facts/{id} gives them. The events and facts here are made up for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decide, firstLevelOf, graphKind } from './decide.mjs';

const hash = 'sha256:' + 'a'.repeat(64);
const unitIds = new Set(['VN-01', 'VN-01-BA-VI', 'LA-XA', 'LA-XE', 'KH-1']);
const unitNames = new Map([['VN-01', 'Alpha'], ['VN-01-BA-VI', 'Ba Vi'], ['LA-XA', 'Xa'], ['LA-XE', 'Xe'], ['KH-1', 'Kay']]);
const labels = new Map([[hash, {
  id: 'en-900-made-up',
  contentHash: hash,
  events: [
    {
      kind: 'mou', status: 'concluded', background: false,
      parties: [{ unit: 'VN-01', level: 'provincial_government' }, { unit: 'LA-XA', level: 'provincial_government' }],
      number: null, signedOn: '2024-03-11', period: { start: 2024, end: 2028 }, fields: ['trade'],
      people: [{ name: 'Person One', title: 'Chair', unit: 'VN-01', role: 'signatory' }],
      pledges: [{ kind: 'grant', giver: 'VN-01', receiver: 'LA-XA', amount: 200, unit: 'USD', years: null }],
    },
    { kind: 'visit', status: 'concluded', background: false, parties: [{ unit: 'VN-01', level: 'district' }, { unit: 'KH-1', level: 'provincial_government' }] },
  ],
}]]);
const document = { id: 'aaaaaaaaaaaaaaaa', contentHash: hash, file: null };

function view(id, instrument, { reviewed = false } = {}) {
  return {
    summary: { id, reviewed },
    form: {
      instrument: {
        kind: 'mou', number: null, title: 'T', titleVi: null, signedOn: '2024-03-11', periodStart: 2024, periodEnd: 2028,
        status: 'concluded', fields: ['trade'], background: false,
        parties: [{ unitId: 'VN-01', level: 'provincial_government', role: 'signatory' }, { unitId: 'LA-XA', level: 'provincial_government', role: 'signatory' }],
        people: [{ name: 'Person One', role: 'signatory', title: 'Chair', unitId: 'VN-01' }],
        commitments: [],
        links: [],
        ...instrument,
      },
      session: null,
    },
    documents: [document],
    candidates: [],
  };
}

test('a fact as labelled is accepted', () => {
  const fact = view('f', { title: 'Memorandum of understanding between Alpha and Xa, 2024-2028' });
  assert.equal(decide(fact, labels, [], unitIds, unitNames).action, 'accept');
});

test('a fact with another kind and date is corrected to the label, with a title and pledges in our words', () => {
  const fact = view('f', {
    kind: 'agreement', signedOn: '2024-03-12', periodStart: null, periodEnd: null,
    commitments: [
      { id: 'c1', kind: 'grant', description: 'words of the article', amount: 2, unit: 'USD', fromId: 'VN-01', toId: 'LA-XA', years: [] },
      { id: 'c2', kind: 'training', description: 'a pledge nobody labelled', amount: null, unit: null, fromId: null, toId: null, years: [] },
    ],
  });
  const decision = decide(fact, labels, [], unitIds, unitNames);
  assert.equal(decision.action, 'correct');
  const corrected = decision.form.instrument;
  assert.equal(corrected.kind, 'mou');
  assert.equal(corrected.signedOn, '2024-03-11');
  assert.deepEqual([corrected.periodStart, corrected.periodEnd], [2024, 2028]);
  assert.equal(corrected.title, 'Memorandum of understanding between Alpha and Xa, 2024-2028');
  assert.deepEqual(corrected.commitments.map((c) => [c.id, c.amount, c.description]), [['c1', 200, 'Grant from Alpha to Xa: 200 USD']]);
});

test('a district counts for its province and takes the labelled level', () => {
  assert.equal(firstLevelOf('VN-01-BA-VI', unitIds), 'VN-01');
  const fact = view('v', { kind: 'visit', signedOn: null, periodStart: null, periodEnd: null, fields: [], people: [],
    parties: [{ unitId: 'VN-01-BA-VI', level: 'provincial_government', role: 'signatory' }, { unitId: 'KH-1', level: 'provincial_government', role: 'signatory' }] });
  const decision = decide(fact, labels, [], unitIds, unitNames);
  assert.equal(decision.action, 'correct');
  assert.equal(decision.form.instrument.parties[0].level, 'district');
});

test('a second fact of an event already reviewed is merged into it', () => {
  const done = view('first', {}, { reviewed: true });
  const duplicate = view('second', { kind: 'agreement', signedOn: null });
  const decision = decide(duplicate, labels, [done], unitIds, unitNames);
  assert.deepEqual([decision.action, decision.into], ['merge', 'first']);
});

test('a reviewed fact of the same provinces signed by other bodies is not the labelled event', () => {
  const courts = view('courts', { parties: [{ unitId: 'VN-01', level: 'court', role: 'signatory' }, { unitId: 'LA-XA', level: 'court', role: 'signatory' }] }, { reviewed: true });
  const fact = view('new', {});
  assert.notEqual(decide(fact, labels, [courts], unitIds, unitNames).action, 'merge');
});

test('a fact between parties no event has is rejected', () => {
  const fact = view('x', { parties: [{ unitId: 'VN-01', level: 'provincial_government', role: 'signatory' }, { unitId: 'LA-XE', level: 'provincial_government', role: 'signatory' }] });
  assert.equal(decide(fact, labels, [], unitIds, unitNames).action, 'reject');
});

test('a fact also citing a seed document is accepted when a label states it as it is, else left for a person', () => {
  const seedDocument = { id: 'bbbbbbbbbbbbbbbb', contentHash: 'sha256:' + 'b'.repeat(64), file: '000_seed.txt' };
  const stated = view('s', { title: 'Memorandum of understanding between Alpha and Xa, 2024-2028' });
  stated.documents = [document, seedDocument];
  assert.equal(decide(stated, labels, [], unitIds, unitNames).action, 'accept');
  const unstated = view('u', { parties: [{ unitId: 'VN-01', level: 'provincial_government', role: 'signatory' }, { unitId: 'LA-XE', level: 'provincial_government', role: 'signatory' }] });
  unstated.documents = [document, seedDocument];
  assert.equal(decide(unstated, labels, [], unitIds, unitNames).action, 'skip');
  const seedOnly = view('o', {});
  seedOnly.documents = [seedDocument];
  assert.equal(decide(seedOnly, labels, [], unitIds, unitNames).action, 'skip');
  const readOtherwise = view('r', { kind: 'agreement', signedOn: '2024-05-02' });
  readOtherwise.documents = [document, seedDocument];
  const decision = decide(readOtherwise, labels, [], unitIds, unitNames);
  assert.equal(decision.action, 'skip');
  assert.match(decision.note, /reads it differently/);
  readOtherwise.documents = [document];
  assert.equal(decide(readOtherwise, labels, [], unitIds, unitNames).action, 'correct');
});

test('label kinds the graph does not have map to the graph\'s', () => {
  assert.equal(graphKind('session'), 'joint_committee');
  assert.equal(graphKind('coordination_rules'), 'agreement');
});
