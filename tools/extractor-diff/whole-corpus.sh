#!/usr/bin/env bash
# Reads every page of the corpus's news-1712.jsonl with two builds of the extractor, each in one process, and prints,
# page by page, every figure (its text, value, unit and metric) that one build reads and the other does not: the
# census of a rule change over the whole corpus, where extractor-diff.sh reads a drawn sample with categories too.
# A figure whose metric changed shows as one line of each build.
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
# evaluate lists each figure of a page with no gold statistics as a false positive, under the page's own line.
dotnet "$work/base/src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll" evaluate "$work/pages" --verbose > "$work/base.txt"
dotnet src/ContentApi.Cli/bin/Release/net10.0/contentapi.dll evaluate "$work/pages" --verbose > "$work/new.txt"
python3 - "$work/base.txt" "$work/new.txt" <<'PY'
import collections, sys

def figures(path):
    pages, page = collections.defaultdict(list), None
    for line in open(path, encoding='utf-8'):
        if line.startswith('p') and ':' in line:
            page = line.split(':')[0]
        elif line.strip().startswith('false positive: '):
            pages[page].append(line.strip()[len('false positive: '):])
    return pages

base, new = figures(sys.argv[1]), figures(sys.argv[2])
only_base = only_new = 0
for page in sorted(set(base) | set(new)):
    gone = collections.Counter(base[page]) - collections.Counter(new[page])
    came = collections.Counter(new[page]) - collections.Counter(base[page])
    for figure in gone.elements():
        print(f'{page} - {figure}')
    for figure in came.elements():
        print(f'{page} + {figure}')
    only_base, only_new = only_base + sum(gone.values()), only_new + sum(came.values())
print(f'{len(set(base) | set(new))} pages with figures; {only_base} figure readings only in the base build, {only_new} only in this one')
PY
