/**
 * CLI presentations of findings: compiler-style text, JSON (schema in the
 * README) and SARIF 2.1.0.
 */
import type { Evidence, Finding, Severity } from '../core/analysis/findings';
import { LineMap } from '../core/text/lineMap';

export interface CheckedFile {
  path: string;
  text: string;
  findings: Finding[];
}

export interface JsonEvidence {
  id: string;
  path: string;
  line: number;
  character: number;
  quote: string;
  stance: Evidence['stance'];
  outlet: string;
  date?: string;
  title: string;
  speaker?: string;
}

export interface JsonFinding {
  kind: Finding['kind'];
  code: string;
  verdict?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  severity: Severity;
  message: string;
  evidence: JsonEvidence[];
  fix?: { title: string; newText: string; range?: JsonFinding['range'] };
}

export function toJsonFinding(f: Finding, lines: LineMap): JsonFinding {
  const range = { start: lines.positionAt(f.start), end: lines.positionAt(f.end) };
  const out: JsonFinding = {
    kind: f.kind,
    code: f.code,
    ...(f.verdict ? { verdict: f.verdict } : {}),
    range,
    text: f.text,
    severity: f.severity,
    message: f.message,
    evidence: f.evidence.map((e) => ({
      id: e.articleId,
      path: e.path,
      line: e.line,
      character: e.character,
      quote: e.quote,
      stance: e.stance,
      outlet: e.outlet,
      ...(e.date ? { date: e.date } : {}),
      title: e.title,
      ...(e.speaker ? { speaker: e.speaker } : {}),
    })),
  };
  if (f.fix) {
    out.fix = { title: f.fix.title, newText: f.fix.newText };
    if (f.fix.start !== undefined && f.fix.end !== undefined && (f.fix.start !== f.start || f.fix.end !== f.end)) {
      out.fix.range = { start: lines.positionAt(f.fix.start), end: lines.positionAt(f.fix.end) };
    }
  }
  return out;
}

/** A path as the user would type it from here: relative when under the working folder. */
function shown(p: string): string {
  const cwd = process.cwd();
  return p.startsWith(cwd + '/') ? p.slice(cwd.length + 1) : p;
}

export function formatText(files: CheckedFile[]): string {
  const out: string[] = [];
  for (const file of files) {
    const lines = new LineMap(file.text);
    for (const f of file.findings) {
      const p = lines.positionAt(f.start);
      out.push(`${file.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.message} [${f.code}]`);
      for (const e of f.evidence.slice(0, 3)) {
        out.push(`    ${e.stance}: ${shown(e.path)}:${e.line + 1} (${e.outlet}${e.date ? `, ${e.date}` : ''}) "${e.quote.length > 160 ? e.quote.slice(0, 157) + '...' : e.quote}"`);
      }
    }
  }
  return out.join('\n');
}

export function formatJson(files: CheckedFile[], corpus: { folders: string[]; articles: number }): string {
  return JSON.stringify(
    {
      version: 1,
      corpus,
      files: files.map((file) => {
        const lines = new LineMap(file.text);
        return { path: file.path, findings: file.findings.map((f) => toJsonFinding(f, lines)) };
      }),
    },
    null,
    2,
  );
}
