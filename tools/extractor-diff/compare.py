"""Prints each figure whose unit, metric or category differs between NAME.base.json and NAME.new.json in DIR, or that
only one of them has (matched by where it starts in the text), then how many pages and changes there were.
usage: compare.py DIR
"""
import glob
import json
import sys


def figures(path):
    found = {}
    for article in json.load(open(path, encoding='utf-8'))['articles']:
        for figure in article.get('statistics') or []:
            found[figure['start']] = (figure['text'], figure['unit'], figure['metric'], figure['category'])
    return found


pages = changes = 0
for base_path in sorted(glob.glob(f'{sys.argv[1]}/*.base.json')):
    name = base_path.split('/')[-1].removesuffix('.base.json')
    base, new = figures(base_path), figures(base_path.replace('.base.json', '.new.json'))
    pages += 1
    for start in sorted(base.keys() | new.keys()):
        if base.get(start) != new.get(start):
            changes += 1
            print(name, base.get(start), '->', new.get(start))
print(f'{pages} pages, {changes} figures changed')
