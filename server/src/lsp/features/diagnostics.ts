/**
 * Findings to LSP diagnostics, with the article passages as related
 * information so the Problems panel links to the evidence.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { excerpt } from '../../core/analysis/evidenceText';
import type { Finding, Severity } from '../../core/analysis/findings';

export const SOURCE = 'corroborate';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, doc: TextDocument): Diagnostic {
  const d: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity: SEVERITY[f.severity],
    code: f.code,
    source: SOURCE,
    message: f.message,
  };
  if (f.evidence.length) {
    d.relatedInformation = f.evidence.slice(0, 8).map((e) => ({
      location: { uri: URI.file(e.path).toString(), range: { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character + Math.min(e.quote.length, 200) } } },
      message: `${e.stance} (${e.outlet}${e.date ? `, ${e.date}` : ''}): ${excerpt(e.quote, 160)}`,
    }));
  }
  return d;
}

export function toProblemDiagnostic(line: number, message: string, severity: 'error' | 'warning'): Diagnostic {
  return {
    range: { start: { line, character: 0 }, end: { line, character: 1000 } },
    severity: severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    message,
  };
}
