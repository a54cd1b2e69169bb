// Sums the CTRF reports of every test project into one line: "N passed, N failed, N skipped".
// Exits 1 when a test failed or the test run itself failed (for example a build error), else 0.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [directory, runStatus = '0'] = process.argv.slice(2);
const reports = [];
const walk = (path) => {
  for (const name of readdirSync(path)) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.ctrf') || name.endsWith('.ctrf.json') || name.endsWith('.json')) reports.push(full);
  }
};
walk(directory);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports) {
  const summary = JSON.parse(readFileSync(report, 'utf8'))?.results?.summary;
  if (!summary) continue;
  passed += summary.passed ?? 0;
  failed += summary.failed ?? 0;
  skipped += (summary.skipped ?? 0) + (summary.pending ?? 0);
}

if (runStatus !== '0' && failed === 0) {
  console.error(`The test run exited with ${runStatus} without a failed test: the build or a test host failed (see above).`);
  failed = 1;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
