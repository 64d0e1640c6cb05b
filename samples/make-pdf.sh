#!/usr/bin/env bash
# Regenerates samples/000_a5e3d1870f42e52b.pdf: the sample page's own text set as a newspaper prints it (each
# article's headline across the page, its body in four columns, paragraphs indented two characters, the footer
# at the bottom), printed to PDF by headless Chromium with a CJK font from Debian's packages. The tests read the
# committed PDF; only this script needs Chromium:
#   apt-get install -y chromium fonts-noto-cjk && bash samples/make-pdf.sh
set -euo pipefail
cd "$(dirname "$0")"
page=000_a5e3d1870f42e52b
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$page.txt" > "$work/page.html" <<'PY'
import html, sys

lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]

# A heading is a short line without closing punctuation; a run of headings that holds a byline (■) opens an
# article, a lone heading inside an article is a section head, and the page's last line is its footer.
def is_heading(line):
    return len(line) < 40 and not line.endswith(("。", "”", "！", "？", "!", "?"))

out = ['<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>',
       '@page { size: A3; margin: 18mm 16mm; }',
       'body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; line-height: 1.55; margin: 0; }',
       'article { margin-bottom: 8mm; }',
       'header { text-align: center; margin-bottom: 5mm; border-bottom: 1.5pt solid #000; padding-bottom: 3mm; }',
       'h1 { font-size: 26pt; margin: 0 0 2mm; } .subtitle { font-size: 14pt; margin: 0 0 2mm; } .byline { font-size: 11pt; margin: 0; }',
       '.body { column-count: 4; column-gap: 7mm; column-fill: auto; }',
       '.body p { margin: 0; text-indent: 2em; text-align: justify; }',
       '.body h3 { font-size: 12.5pt; margin: 2.5mm 0; text-align: center; break-after: avoid; }',
       'footer { font-size: 9pt; text-align: center; border-top: 0.75pt solid #000; padding-top: 2mm; }',
       '</style></head><body>']
i, in_article = 0, False
while i < len(lines):
    if i == len(lines) - 1 and is_heading(lines[i]):
        out.append(f'{"</div></article>" if in_article else ""}<footer>{html.escape(lines[i])}</footer>')
        in_article = False
        break
    j = i
    while j < len(lines) and is_heading(lines[j]):
        j += 1
    run = lines[i:j]
    if any(l.startswith("■") for l in run):
        out.append(("</div></article>" if in_article else "") + "<article><header>")
        out.append(f"<h1>{html.escape(run[0])}</h1>")
        for line in run[1:]:
            css = "byline" if line.startswith("■") else "subtitle"
            out.append(f'<p class="{css}">{html.escape(line)}</p>')
        out.append('</header><div class="body">')
        in_article = True
    else:
        out.extend(f"<h3>{html.escape(line)}</h3>" for line in run)
    if j < len(lines) and not is_heading(lines[j]):
        out.append(f"<p>{html.escape(lines[j])}</p>")
        j += 1
    i = j
if in_article:
    out.append("</div></article>")
out.append("</body></html>")
print("\n".join(out))
PY

chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$work/profile" --no-pdf-header-footer --print-to-pdf="$work/$page.pdf" "file://$work/page.html" 2>/dev/null
mv "$work/$page.pdf" "$page.pdf"
echo "wrote samples/$page.pdf"
