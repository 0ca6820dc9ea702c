#!/usr/bin/env bash
# The whole test suite: lint, types, unit and integration tests (the integration tests
# start their own Elasticsearch on port 9250 and stop it at the end).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/local/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest -q -p no:cacheprovider "$@"
