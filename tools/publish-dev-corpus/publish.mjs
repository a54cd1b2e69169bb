#!/usr/bin/env node
// Publishes the development corpus's relations into graph-seed through the review app, with citations but no text:
//   1. copies graph-seed into a staging folder and runs `extract --into STAGING --cite-only --metadata LABELS` on the
//      corpus's texts (documents become citations: title, publisher, date, URL, content hash; evidence spans without
//      quotes);
//   2. starts `review --into STAGING` and, as the reviewer "dev-corpus labels", decides every proposed fact that cites
//      only labelled documents over the app's own HTTP API, from the hand labels (decide.mjs): accept, correct,
//      merge or reject;
//   3. validates the staging folder and writes the files that changed into graph-seed as one locked change
//      (`validate STAGING --into graph-seed --expect-version V`).
// Facts that cite a document the labels do not cover are left undecided (reported) and nothing is copied while any
// remains. Re-running is safe: rejected facts are not proposed again, merged ones join their fact, reviewed ones
// only gain identical evidence. Usage (from the repository root; docs/review.md):
//   node tools/publish-dev-corpus/publish.mjs [--into graph-seed] [--corpus tests/dev-corpus] [--reviewer NAME]
//                                             [--no-build] [--loader RelationsGraph.Loader.dll] [--dry-run]

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decide } from './decide.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const options = parseArguments(process.argv.slice(2));
const MaxPasses = 5;
const loaderDll = options.loader ?? join(root, 'src', 'RelationsGraph.Loader', 'bin', 'Debug', 'net10.0', 'RelationsGraph.Loader.dll');

function parseArguments(args) {
  const result = {
    into: join(root, 'graph-seed'),
    corpus: join(root, 'tests', 'dev-corpus'),
    reviewer: 'dev-corpus labels',
    build: true,
    dryRun: false,
  };
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      if (i + 1 >= args.length) fail(`${args[i]} needs a value`, 2);
      return args[++i];
    };
    switch (args[i]) {
      case '--into': result.into = resolve(value()); break;
      case '--corpus': result.corpus = resolve(value()); break;
      case '--reviewer': result.reviewer = value(); break;
      case '--no-build': result.build = false; break;
      case '--dry-run': result.dryRun = true; break;
      case '--loader': result.loader = resolve(value()); result.build = false; break;
      default: fail(`unknown argument ${args[i]}`, 2);
    }
  }
  return result;
}

function fail(message, code = 1) {
  console.error(`error: ${message}`);
  process.exit(code);
}

function loader(...args) {
  const run = spawnSync('dotnet', [loaderDll, ...args], { encoding: 'utf8', cwd: root });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function main() {
  const labelsFolder = join(options.corpus, 'labels');
  const textsFolder = join(options.corpus, 'texts');
  if (!existsSync(textsFolder)) {
    fail(`${textsFolder} is missing: the articles' texts are kept out of git (tests/dev-corpus/README.md, "Getting the texts")`);
  }
  if (options.build) {
    const build = spawnSync('dotnet', ['build', join(root, 'src', 'RelationsGraph.Loader'), '--nologo', '-v', 'q'], { encoding: 'utf8', cwd: root });
    if (build.status !== 0) fail(`the loader does not build:\n${build.stdout}${build.stderr}`);
  }

  const labelsByHash = new Map();
  for (const name of readdirSync(labelsFolder).filter((file) => file.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(join(labelsFolder, name), 'utf8'));
    labelsByHash.set(label.contentHash, label);
  }

  // The version of graph-seed as it was read: the final write happens only if nobody changed it meanwhile.
  const before = loader('validate', options.into);
  if (before.code !== 0) fail(`${options.into} does not validate; fix it first:\n${before.out}${before.err}`);
  const version = /version (sha256:[0-9a-f]+)/.exec(before.out)?.[1] ?? fail(`validate printed no version:\n${before.out}`);

  const staging = mkdtempSync(join(tmpdir(), 'relationsgraph-publish-'));
  try {
    for (const name of readdirSync(options.into).filter((file) => file.endsWith('.csv'))) {
      copyFileSync(join(options.into, name), join(staging, name));
    }

    // A corrected fact no longer looks like what the extractor says (another kind, level or date), so the next
    // extraction proposes it again and the reviewer merges it into the corrected fact, which the graph then remembers
    // (rejections.csv, merged_into). Passes repeat until one decides nothing: then extracting again changes nothing.
    for (let pass = 1; ; pass++) {
      if (pass > MaxPasses) fail(`the facts still change after ${MaxPasses} passes; graph-seed was not changed`);
      const extract = loader('extract', textsFolder, '--into', staging, '--cite-only', '--metadata', labelsFolder);
      process.stderr.write(extract.err.split('\n').filter((line) => !line.startsWith('warning: ')).join('\n'));
      if (extract.code !== 0) fail(`the extraction failed; graph-seed was not changed\n${extract.err}`);

      const counts = await review(staging, labelsByHash);
      console.log(`Pass ${pass}: decided ${counts.decided} fact(s) as "${options.reviewer}": ${counts.accept} accepted, ${counts.correct} corrected, ${counts.merge} merged, ${counts.reject} rejected; ${counts.skip} left for a person, ${counts.failed} refused by the app.`);
      if (counts.skip > 0 || counts.failed > 0) {
        fail('some facts were not decided (above); graph-seed was not changed');
      }
      if (counts.decided === 0) break;
    }

    if (options.dryRun) {
      const validate = loader('validate', staging);
      if (validate.code !== 0) fail(`the reviewed graph does not validate; graph-seed was not changed:\n${validate.out}${validate.err}`);
      const changed = readdirSync(staging).filter((file) => file.endsWith('.csv')).sort()
        .filter((name) => !existsSync(join(options.into, name)) || !readFileSync(join(staging, name)).equals(readFileSync(join(options.into, name))));
      console.log(changed.length === 0 ? `${options.into} is already up to date.` : `Would change in ${options.into}: ${changed.join(', ')}.`);
    } else {
      // Validated again and written by the loader as one locked change (staged, journaled, moved): an API serving
      // graph-seed sees all of the publication or none of it, and a curator's change made meanwhile is kept.
      const publish = loader('validate', staging, '--into', options.into, '--expect-version', version);
      if (publish.code !== 0) fail(`graph-seed was not changed:\n${publish.out}${publish.err}`);
      console.log(publish.out.trim().split('\n').at(-1));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Runs the review app on the staging folder and decides its queue over HTTP, as a reviewer with the labels would. */
async function review(staging, labelsByHash) {
  const app = spawn('dotnet', [loaderDll, 'review', '--into', staging, '--reviewer', options.reviewer, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  app.stderr.on('data', (chunk) => { errors += chunk; });
  try {
    const address = await new Promise((resolveAddress, reject) => {
      let output = '';
      app.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /Open (http:\/\/127\.0\.0\.1:\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(output);
        if (match) resolveAddress({ base: match[1], token: match[2] });
      });
      app.on('exit', (code) => reject(new Error(`the review app exited (${code}):\n${output}${errors}`)));
    });
    const http = await session(address);
    const choices = await http.get('/api/options');
    const unitIds = new Set(choices.units.map((unit) => unit.id));
    const unitNames = new Map(choices.units.map((unit) => [unit.id, unit.name]));
    const counts = { decided: 0, accept: 0, correct: 0, merge: 0, reject: 0, skip: 0, failed: 0 };
    const left = new Set();
    for (;;) {
      const state = await http.get('/api/state');
      const next = state.pending.find((fact) => !left.has(fact.id));
      if (!next) break;
      const detail = await http.get(`/api/facts/${encodeURIComponent(next.id)}`);
      const reviewed = [];
      for (const candidate of detail.candidates.filter((item) => item.fact.reviewed)) {
        reviewed.push(await http.get(`/api/facts/${encodeURIComponent(candidate.fact.id)}`));
      }
      const decision = decide(detail, labelsByHash, reviewed, unitIds, unitNames);
      console.log(`${decision.action.padEnd(7)} ${next.id}${decision.into ? ` → ${decision.into}` : ''}: ${decision.note}`);
      if (decision.action === 'skip') {
        left.add(next.id);
        counts.skip++;
        continue;
      }
      const path = `/api/facts/${encodeURIComponent(next.id)}/${decision.action}`;
      const body = decision.action === 'correct' ? decision.form
        : decision.action === 'merge' ? { into: decision.into, note: decision.note }
        : decision.action === 'reject' ? { note: decision.note }
        : {};
      const response = await http.post(path, body);
      if (response.error) {
        console.log(`        refused: ${response.error}${response.errors ? '\n          ' + response.errors.join('\n          ') : ''}`);
        left.add(next.id);
        counts.failed++;
        continue;
      }
      counts[decision.action]++;
      counts.decided++;
    }
    return counts;
  } finally {
    app.kill('SIGINT');
    await new Promise((done) => (app.exitCode !== null ? done() : app.on('exit', done)));
  }
}

/** The reviewer's browser session: the printed address's token becomes the cookie; writes carry the token header. */
async function session({ base, token }) {
  const first = await fetch(`${base}/?token=${token}`, { redirect: 'manual' });
  const cookie = (first.headers.getSetCookie?.() ?? []).map((value) => value.split(';')[0]).join('; ');
  if (!cookie) fail(`the review app gave no session cookie (HTTP ${first.status})`);
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { Cookie: cookie, 'X-Review-Token': token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (method === 'GET' && !response.ok) fail(`GET ${path}: HTTP ${response.status}: ${json.error}`);
    return json;
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

main().catch((error) => fail(error.stack ?? String(error)));
