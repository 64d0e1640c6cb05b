"""Draws pages from a JSON Lines corpus ({publishedOn, text} a line) into DIR as LINE.txt and LINE.date.

Only pages with six or more counts (a number, 万/亿, 余/多, then a common measure word) are drawn: the rest give
a rule little to change. usage: draw.py CORPUS SEED PAGES DIR
"""
import json
import os
import random
import re
import sys

COUNTS = re.compile(r'[0-9０-９]+(?:\.\d+)?(?:万|亿)?(?:余|多)?[人名个家场次项元亩吨户所条支件%]')

corpus, seed, wanted, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
os.makedirs(folder, exist_ok=True)
lines = open(corpus, encoding='utf-8').read().splitlines()
random.seed(seed)
drawn = 0
for index in random.sample(range(len(lines)), len(lines)):
    page = json.loads(lines[index])
    if len(COUNTS.findall(page['text'])) < 6:
        continue
    with open(f'{folder}/r{index:04d}.txt', 'w', encoding='utf-8') as text:
        text.write(page['text'])
    with open(f'{folder}/r{index:04d}.date', 'w', encoding='utf-8') as date:
        date.write(page['publishedOn'])
    drawn += 1
    if drawn == wanted:
        break
