#!/usr/bin/env bash
# One command from a fresh clone: install, configure, migrate, seed, build and serve on the embedded defaults
# (PGlite under ./data, tiny demo models, billing offline). Set DATABASE_URL to use PostgreSQL instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
node scripts/setup-env.mjs
echo "==> Preparing models (tiny demo models stand in for real ones that are not pulled)"
npm run --silent models -- tiny
npm run --silent models -- pull --task ocr
echo "==> Migrating and seeding the database"
npm run --silent db:migrate
npm run --silent db:seed
echo "==> Building the app"
npx next build
echo "==> Starting Lumen on http://localhost:${PORT:-3000}"
exec npx next start --port "${PORT:-3000}"
