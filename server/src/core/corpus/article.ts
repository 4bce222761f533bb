/**
 * One corpus article: its metadata from YAML front matter (or its first line),
 * and which lines are article text. Parsing never throws: a broken article
 * comes back with `error` set, to be reported and skipped.
 */
import { parseDocument } from 'yaml';
import { scanMarkdown, type ScannedMarkdown } from '../text/markdown';
import { findFurniture, type FurnitureRules } from './furniture';

export interface ArticleMeta {
  id: string;
  /** Path as given by the loader (absolute on disk). */
  path: string;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  dateEstimated?: boolean;
  url?: string;
}

export interface ArticleProblem {
  /** 0-based line in the file. */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedArticle {
  meta: ArticleMeta;
  text: string;
  scanned: ScannedMarkdown;
  /** 0-based file lines that are page furniture, not article content. */
  furnitureLines: Set<number>;
  problems: ArticleProblem[];
  /** Set when the article cannot be used; it is then skipped. */
  error?: ArticleProblem;
}

function stem(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.(md|markdown|txt)$/i, '');
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed.toISOString().slice(0, 10);
  }
  return undefined;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function parseArticle(path: string, text: string, furnitureRules: FurnitureRules): ParsedArticle {
  const problems: ArticleProblem[] = [];
  const scanned = scanMarkdown(text, { frontMatter: true, linePerParagraph: true });
  const meta: ArticleMeta = { id: stem(path), path, title: '', outlet: 'unknown' };
  const fail = (line: number, message: string): ParsedArticle => {
    const error: ArticleProblem = { line, message, severity: 'error' };
    return { meta, text, scanned, furnitureLines: new Set(), problems: [...problems, error], error };
  };

  const fm = scanned.frontMatter;
  if (fm) {
    if (!fm.closed) return fail(0, 'Front matter starts with --- but is never closed with a --- line; the article is skipped.');
    const doc = parseDocument(fm.raw, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const line = 1 + (err.linePos?.[0]?.line ?? 1) - 1;
      return fail(line, `Front matter is not valid YAML (${err.message.split('\n')[0]}); the article is skipped.`);
    }
    const data: unknown = doc.toJS();
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      return fail(1, 'Front matter must be a set of key: value pairs; the article is skipped.');
    }
    const fields = (data ?? {}) as Record<string, unknown>;
    const id = asText(fields.id);
    if (id) meta.id = id;
    const title = asText(fields.title);
    if (title) meta.title = title;
    const outlet = asText(fields.outlet) ?? asText(fields.source) ?? asText(fields.publisher);
    if (outlet) meta.outlet = outlet;
    if (fields.date !== undefined) {
      const date = isoDate(fields.date);
      if (date) meta.date = date;
      else problems.push({ line: 1, message: `The date '${String(fields.date)}' is not a date; it is ignored.`, severity: 'warning' });
    }
    if (fields.date_estimated === true || fields.dateEstimated === true) meta.dateEstimated = true;
    const url = asText(fields.url);
    if (url) meta.url = url;
  }

  const lines = text.split(/\r\n|\r|\n/);
  const bodyLine = fm ? fm.bodyLine : 0;
  if (!meta.title) {
    const first = lines.slice(bodyLine).find((l) => l.trim().length > 0);
    meta.title = first ? first.trim().replace(/^#+\s*/, '') : meta.id;
  }
  if (!lines.slice(bodyLine).some((l) => /\p{L}/u.test(l))) return fail(bodyLine, 'The article has no text; it is skipped.');

  const furnitureLines = new Set<number>();
  for (const i of findFurniture(lines.slice(bodyLine), furnitureRules)) furnitureLines.add(i + bodyLine);
  const body = furnitureLines.size ? scanMarkdown(text, { frontMatter: true, linePerParagraph: true, skipLines: furnitureLines }) : scanned;
  return { meta, text, scanned: body, furnitureLines, problems };
}
