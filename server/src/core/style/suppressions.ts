/**
 * In-document switches, written as HTML comments so they stay invisible in
 * rendered markdown:
 *   <!-- corroborate-disable -->              everything below, until enabled
 *   <!-- corroborate-disable variant claim --> only those kinds or codes
 *   <!-- corroborate-enable -->               switches back on
 *   <!-- corroborate-disable-line -->         this line only
 *   <!-- corroborate-disable-next-line quote --> the next line only
 * Kinds are variant, near-miss, claim and quote; codes are the finding codes
 * (claim-unsupported, quote-misquoted, ...).
 */
import { LineMap } from '../text/lineMap';

interface Span {
  start: number;
  end: number;
  /** Empty: everything. */
  codes: Set<string>;
}

const COMMENT = /<!--\s*corroborate-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export class Suppressions {
  private constructor(private readonly spans: Span[]) {}

  static parse(text: string): Suppressions {
    const spans: Span[] = [];
    if (!text.includes('corroborate-')) return new Suppressions(spans);
    const lines = new LineMap(text);
    const open = new Map<string, number>();
    for (const m of text.matchAll(COMMENT)) {
      const directive = m[1]!;
      const codes = (m[2] ?? '').split(/[\s,]+/).map((c) => c.trim().toLowerCase()).filter(Boolean);
      const at = m.index!;
      const line = lines.lineAt(at);
      if (directive === 'disable-line' || directive === 'disable-next-line') {
        const target = directive === 'disable-line' ? line : line + 1;
        if (target >= lines.lineCount) continue;
        const start = lines.lineStarts[target]!;
        const end = target + 1 < lines.lineCount ? lines.lineStarts[target + 1]! : text.length;
        spans.push({ start, end, codes: new Set(codes) });
      } else if (directive === 'disable') {
        for (const c of codes.length ? codes : ['*']) if (!open.has(c)) open.set(c, at);
      } else {
        const closing = codes.length ? codes : [...open.keys()];
        for (const c of closing) {
          const start = open.get(c);
          if (start === undefined) continue;
          spans.push({ start, end: at, codes: new Set(c === '*' ? [] : [c]) });
          open.delete(c);
        }
      }
    }
    for (const [c, start] of open) spans.push({ start, end: text.length, codes: new Set(c === '*' ? [] : [c]) });
    return new Suppressions(spans);
  }

  /** True if a finding of `kind`/`code` starting at `offset` is switched off. */
  covers(offset: number, kind: string, code: string): boolean {
    for (const s of this.spans) {
      if (offset < s.start || offset >= s.end) continue;
      if (s.codes.size === 0 || s.codes.has(kind) || s.codes.has(code)) return true;
    }
    return false;
  }
}
