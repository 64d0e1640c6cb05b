#!/usr/bin/env bash
# Reads every page of the corpus's news-1712.jsonl with two builds of the extractor, each in one process, and prints,
# page by page, every figure (its text, value, unit, metric and category) that one build reads and the other does not:
# the census of a rule change over the whole corpus, where extractor-diff.sh reads a drawn sample by hand.
# A figure whose metric or category changed shows as one line of each build.
# usage: tools/extractor-diff/whole-corpus.sh BASE_REF   (needs python3)
#   e.g. tools/extractor-diff/whole-corpus.sh main~1
set -euo pipefail
cd "$(dirname "$0")/../.."
base_ref=${1:?usage: whole-corpus.sh BASE_REF}
corpus=${CORPUS:-../shared/corpus/real/news-1712.jsonl}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach --quiet "$work/base" "$base_ref"
python3 tools/extractor-diff/empty-gold.py "$corpus" "$work/pages"
for tree in "$work/base" .; do
  dotnet build -c Release "$tree/src/ContentApi.Cli" -v quiet -nologo >/dev/null
done
# evaluate lists each figure of a page with no gold statistics as a false positive, under the page's own line; its
# JSON gives each one's category too (builds before 2.9.0 leave it out, and then it is compared by neither).
dotnet "$work/base/src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll" evaluate "$work/pages" --json > "$work/base.json"
dotnet src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll evaluate "$work/pages" --json > "$work/new.json"
python3 - "$work/base.json" "$work/new.json" <<'PY'
import collections, json, sys

def figures(path):
    pages = json.load(open(path, encoding='utf-8'))['pages']
    return {page['name']: page['score']['falsePositives'] for page in pages}

base, new = figures(sys.argv[1]), figures(sys.argv[2])
with_category = all('category' in figure for figures in list(base.values()) + list(new.values()) for figure in figures)

def line(figure):
    category = f" {figure['category']}" if with_category else ''
    return f"{figure['text']} -> {figure['value']} {figure['unit']} metric='{figure['metric']}'{category}"

only_base = only_new = 0
for page in sorted(set(base) | set(new)):
    gone = collections.Counter(map(line, base.get(page, []))) - collections.Counter(map(line, new.get(page, [])))
    came = collections.Counter(map(line, new.get(page, []))) - collections.Counter(map(line, base.get(page, [])))
    for figure in gone.elements():
        print(f'{page} - {figure}')
    for figure in came.elements():
        print(f'{page} + {figure}')
    only_base, only_new = only_base + sum(gone.values()), only_new + sum(came.values())
print(f'{len(set(base) | set(new))} pages; {only_base} figure readings only in the base build, {only_new} only in this one')
PY
