/**
 * Safe markdown for hovers. Corpus text is untrusted: every ASCII punctuation
 * character in it is backslash-escaped, so it can never form a link, an image,
 * HTML, a command URI or emphasis; control characters are dropped. Links in
 * hovers are only the ones Corroborate builds itself, to files on disk.
 */
import { URI } from 'vscode-uri';

/** Escapes untrusted text for a markdown hover (one line). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~:"'=&@$%^;,/?]/g, (c) => `\\${c}`);
}

/** Escapes untrusted text and emphasizes the given words in it. */
export function escapeWithEmphasis(text: string, words: readonly string[]): string {
  if (words.length === 0) return escapeMarkdown(text);
  const wanted = new Set(words.map((w) => w.toLowerCase()));
  return text
    .split(/([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u)
    .map((part, i) => (i % 2 === 1 && wanted.has(part.toLowerCase()) ? `**${escapeMarkdown(part)}**` : escapeMarkdown(part)))
    .join('');
}

/** A link that opens a file at a 0-based line and character. */
export function fileLink(label: string, filePath: string, line: number, character = 0): string {
  const target = `${URI.file(filePath).toString()}#L${line + 1},${character + 1}`;
  return `[${escapeMarkdown(label)}](${target.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
