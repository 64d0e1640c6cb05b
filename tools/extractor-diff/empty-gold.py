"""Writes every page of a corpus .jsonl as pNNNN.txt with an empty gold file beside it (pNNNN.gold.json, its
publication date and no statistics), so that `contentapi evaluate --verbose` reads each page in one process and lists
every figure it finds as a false positive, with its metric.
usage: empty-gold.py CORPUS.jsonl FOLDER
"""
import json
import os
import sys

corpus, folder = sys.argv[1], sys.argv[2]
os.makedirs(folder, exist_ok=True)
for index, line in enumerate(open(corpus, encoding='utf-8')):
    page = json.loads(line)
    name = f'{folder}/p{index:04d}'
    with open(name + '.txt', 'w', encoding='utf-8') as text:
        text.write(page['text'])
    with open(name + '.gold.json', 'w', encoding='utf-8') as gold:
        json.dump({'document': f'p{index:04d}.txt', 'publishedOn': page.get('publishedOn'), 'statistics': []}, gold)
