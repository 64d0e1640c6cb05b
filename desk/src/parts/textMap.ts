/**
 * Offsets of statistics refer to the document's raw text; a paragraph's text is that span repaired (line breaks the
 * page layout put in a sentence removed). This aligns the two so that a figure lands on its characters in the
 * repaired text, and a selection in the repaired text maps back to raw offsets.
 */
export interface TextMap {
  /** For each raw index from 0 to raw.length: the display index it falls on. */
  toDisplay: number[];
  /** For each display index from 0 to display.length: the raw index it came from. */
  toRaw: number[];
}

const space = /\s/;

export function alignText(raw: string, display: string): TextMap {
  const toDisplay: number[] = [];
  const toRaw: number[] = [];
  let i = 0;
  let j = 0;
  while (i < raw.length || j < display.length) {
    if (i < raw.length && j < display.length && raw[i] === display[j]) {
      toDisplay[i] = j; toRaw[j] = i; i++; j++;
    } else if (i < raw.length && space.test(raw[i]!)) {
      toDisplay[i] = j; i++;
    } else if (j < display.length && space.test(display[j]!)) {
      toRaw[j] = i; j++;
    } else {
      // A character the repair changed: keep both sides moving together.
      if (i < raw.length) toDisplay[i] = Math.min(j, display.length);
      if (j < display.length) toRaw[j] = Math.min(i, raw.length);
      i = Math.min(i + 1, raw.length);
      j = Math.min(j + 1, display.length);
      if (i === raw.length && j === display.length) break;
    }
  }
  toDisplay[raw.length] = display.length;
  toRaw[display.length] = raw.length;
  return { toDisplay, toRaw };
}

export interface Piece<T> {
  text: string;
  /** Where the piece starts in the display text. */
  at: number;
  item?: T;
}

/** Cuts a display text into plain pieces and the pieces each item covers ([start, end) in display offsets). */
export function cut<T>(display: string, items: { start: number; end: number; item: T }[]): Piece<T>[] {
  const pieces: Piece<T>[] = [];
  let at = 0;
  for (const { start, end, item } of [...items].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start || end > display.length) continue;
    if (start > at) pieces.push({ text: display.slice(at, start), at });
    pieces.push({ text: display.slice(start, end), at: start, item });
    at = end;
  }
  if (at < display.length) pieces.push({ text: display.slice(at), at });
  return pieces;
}
