#!/usr/bin/env bash
# Profiles the worker's recompute under V8's --prof (see docs/phase4/runbook.md):
#   ./scripts/benchmarks/phase4/profile-worker.sh --use-copy 1000
# builds the worker, seeds the benchmark database, runs the built JS (real line numbers) under `node --prof`,
# then `node --prof-process`, and writes benchmarks/phase4/isolate-*-v8.log, .processed.txt,
# profile-summary.json (with the WASM decision gate) and flamegraph.html: the bench app's `profile`.
set -euo pipefail
cd "$(dirname "$0")/../../.."
exec node_modules/.bin/tsx apps/bench/src/main.ts profile "$@"
