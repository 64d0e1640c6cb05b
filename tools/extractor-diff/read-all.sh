#!/usr/bin/env bash
# Reads every page of the corpus's news-1712.jsonl with this build's extractor, in one process, and fails when any page
# makes it throw: the fuzz test's alphabet cannot hold every shape real pages have (a thousands comma that ends a clause
# inside a figure, 40,000元, threw in a first build of extractor 2.4.0 and no unit test did). Each page is given an
# empty gold file, so `contentapi evaluate` only reads it; its count of statistics found is printed.
# usage: tools/extractor-diff/read-all.sh   (needs python3; CORPUS overrides the corpus file)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${CORPUS:-../shared/corpus/real/news-1712.jsonl}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 tools/extractor-diff/empty-gold.py "$corpus" "$work"
dotnet build -c Release src/ContentApi.Cli -v quiet -nologo >/dev/null
# evaluate exits 2 with the exception's message when a page throws.
dotnet src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll evaluate "$work" > "$work/out.txt"
pages=$(grep -c '^p[0-9]' "$work/out.txt")
found=$(sed -n 's/.* \([0-9]*\) false).*/\1/p' "$work/out.txt" | tail -1)
echo "read $pages pages without an exception; $found statistics found"
