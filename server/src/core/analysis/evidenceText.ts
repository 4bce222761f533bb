/**
 * Editor-neutral helpers for showing corpus text: cutting a long passage
 * down around the words that matter.
 */

/** Shortens `text` to about `max` characters, keeping the part around `focus` (an offset range in text). */
export function excerpt(text: string, max = 280, focus?: { start: number; end: number }): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  if (!focus) return clean.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
  const mid = Math.floor((focus.start + focus.end) / 2);
  let start = Math.max(0, mid - Math.floor(max / 2));
  const end = Math.min(clean.length, start + max);
  start = Math.max(0, end - max);
  let out = clean.slice(start, end);
  if (start > 0) out = '…' + out.replace(/^\S*\s/, '');
  if (end < clean.length) out = out.replace(/\s\S*$/, '') + '…';
  return out;
}
