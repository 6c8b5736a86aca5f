#!/usr/bin/env bash
# The whole test suite, from a fresh clone: unit, integration (real PostgreSQL and Redis) and
# end-to-end tests (Debian's Chromium driven by playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-services.sh
echo "==> Type checking"
npx tsc --noEmit
echo "==> Building the app for end-to-end tests"
npx next build
echo "==> Running tests"
npx vitest run "$@"
