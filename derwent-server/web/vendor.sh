#!/usr/bin/env bash
# Refreshes the browser assets committed into derwent-server from the npm registry (exact versions in
# package-lock.json). The build itself never runs npm: the copies below are committed with their licences.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
pub=../src/main/resources/public
vendor=$pub/vendor
mkdir -p "$vendor" "$pub/assets/images" ../src/test/resources/vendor
nhs=node_modules/nhsuk-frontend/dist/nhsuk
# The NHS.UK stylesheet loads the Frutiger web font from an NHS CDN; Derwent fetches nothing at run time,
# so the @font-face rules are removed and the stylesheet's Arial fallback is used.
sed -E 's/@font-face\{[^}]*\}//g' "$nhs/nhsuk-frontend.min.css" > "$vendor/nhsuk-frontend.min.css"
sed -E 's#//\# sourceMappingURL=.*$##' "$nhs/nhsuk-frontend.min.js" > "$vendor/nhsuk-frontend.min.js"
cp "$nhs"/assets/images/*.svg "$nhs/assets/images/favicon.ico" "$pub/assets/images/"
cp node_modules/nhsuk-frontend/README.md "$vendor/nhsuk-frontend.README.md"
cp node_modules/echarts/dist/echarts.min.js "$vendor/echarts.min.js"
cp node_modules/echarts/LICENSE "$vendor/echarts.LICENSE"
cp node_modules/axe-core/axe.min.js ../src/test/resources/vendor/axe.min.js
cp node_modules/axe-core/LICENSE ../src/test/resources/vendor/axe-core.LICENSE
echo "vendored: nhsuk-frontend $(node -p "require('nhsuk-frontend/package.json').version"), echarts $(node -p "require('echarts/package.json').version"), axe-core $(node -p "require('axe-core/package.json').version")"
