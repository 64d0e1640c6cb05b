#!/usr/bin/env bash
# Reads unannotated real pages with two builds of the extractor and prints every figure whose unit, metric or category
# differs, or that only one build finds: how a rule change is checked on pages nobody annotated, beside the dev set's
# scores (README, "Accuracy"). The pages are drawn at random from the corpus's news-1712.jsonl, among pages with six or
# more counts; the same seed draws the same pages.
# usage: tools/extractor-diff/extractor-diff.sh BASE_REF [SEED] [PAGES]   (default seed 7, 60 pages; needs python3)
#   e.g. tools/extractor-diff/extractor-diff.sh main~1 11 40
set -euo pipefail
cd "$(dirname "$0")/../.."
base_ref=${1:?usage: extractor-diff.sh BASE_REF [SEED] [PAGES]}
seed=${2:-7}
pages=${3:-60}
corpus=${CORPUS:-../shared/corpus/real/news-1712.jsonl}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach --quiet "$work/base" "$base_ref"
for tree in "$work/base" .; do
  dotnet build -c Release "$tree/src/ContentApi.Cli" -v quiet -nologo >/dev/null
done

python3 tools/extractor-diff/draw.py "$corpus" "$seed" "$pages" "$work/pages"
for page in "$work"/pages/*.txt; do
  published=$(cat "${page%.txt}.date")
  dotnet "$work/base/src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll" extract "$page" --published-on "$published" > "${page%.txt}.base.json"
  dotnet src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll extract "$page" --published-on "$published" > "${page%.txt}.new.json"
done
python3 tools/extractor-diff/compare.py "$work/pages"
