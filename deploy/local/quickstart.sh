#!/usr/bin/env bash
# Everything from a fresh clone: set up, start the local Elasticsearch, ingest the seeds,
# and show a sample query's result.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/setup.sh
.venv/bin/bantin es up
.venv/bin/bantin run --input seeds
echo
echo '$ bantin search "dang uy khoi"'
.venv/bin/bantin search "dang uy khoi" --size 3
