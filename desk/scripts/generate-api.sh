#!/usr/bin/env bash
# Regenerates src/api/schema.d.ts from the service's own OpenAPI document: a file, or a URL of a running service
# (default: the development service's http://localhost:5080/swagger/v1/swagger.json). Then `npm run check`: an API
# change that breaks third parties breaks the desk's type check.
set -euo pipefail
cd "$(dirname "$0")/.."
source="${1:-http://localhost:5080/swagger/v1/swagger.json}"
npx --no-install openapi-typescript "$source" --output src/api/schema.d.ts
