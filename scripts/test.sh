#!/usr/bin/env bash
# The whole test suite: prerequisites, build (including the npm bundles), every test project, and one summary line
# "N passed, N failed, N skipped". Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test --solution RelationsGraph.sln --results-directory "$results" --report-xunit-ctrf "$@"
status=$?

node scripts/test-summary.mjs "$results" "$status"
