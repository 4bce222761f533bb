/**
 * Code actions: a quick fix per finding that has one, "fix all variant
 * spellings in this file" (also served as source.fixAll.corroborate for
 * editor.codeActionsOnSave), and "accept this spelling", which adds the
 * spelling to the workspace house style.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DraftAnalysis } from '../../core/analysis/draftAnalyzer';
import type { Finding } from '../../core/analysis/findings';
import { SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corroborate`;
export const ACCEPT_SPELLING_COMMAND = 'corroborate.acceptSpelling';

function editFor(f: Finding, doc: TextDocument): TextEdit {
  const start = f.fix?.start ?? f.start;
  const end = f.fix?.end ?? f.end;
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText: f.fix!.newText };
}

/** Edits that fix every variant spelling in the document (never overlapping). */
export function fixAllEdits(analysis: DraftAnalysis, doc: TextDocument): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const f of analysis.findings) {
    if (f.code !== 'variant' || !f.fix || f.start < lastEnd) continue;
    edits.push(editFor(f, doc));
    lastEnd = f.end;
  }
  return edits;
}

function matchingDiagnostic(f: Finding, doc: TextDocument, diagnostics: Diagnostic[]): Diagnostic[] {
  const start = doc.positionAt(f.start);
  return diagnostics.filter((d) => d.source === SOURCE && d.code === f.code && d.range.start.line === start.line && d.range.start.character === start.character);
}

export function codeActions(params: CodeActionParams, doc: TextDocument, analysis: DraftAnalysis): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  const uri = doc.uri;
  const fixAll = fixAllEdits(analysis, doc);

  if (only && !wants(CodeActionKind.QuickFix)) {
    if (wants(FIX_ALL_KIND) && fixAll.length) {
      actions.push({ title: 'Fix all variant spellings in this file', kind: FIX_ALL_KIND, edit: { changes: { [uri]: fixAll } } });
    }
    return actions;
  }

  const from = doc.offsetAt(params.range.start);
  const to = doc.offsetAt(params.range.end);
  const here = analysis.findings.filter((f) => f.start <= to && from <= f.end);
  const accepted = new Set<string>();
  for (const f of here) {
    const diagnostics = matchingDiagnostic(f, doc, params.context.diagnostics);
    if (f.fix) {
      actions.push({
        title: f.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: f.code === 'variant',
        edit: { changes: { [uri]: [editFor(f, doc)] } },
      });
    }
    if (f.acceptable && !accepted.has(f.acceptable)) {
      accepted.add(f.acceptable);
      actions.push({
        title: `Accept spelling '${f.acceptable}' (add to workspace style)`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        command: { title: 'Accept spelling', command: ACCEPT_SPELLING_COMMAND, arguments: [uri, f.acceptable] },
      });
    }
  }
  if (here.some((f) => f.code === 'variant') && fixAll.length > 0) {
    actions.push({ title: 'Fix all variant spellings in this file', kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: fixAll } } });
  }
  if (wants(FIX_ALL_KIND) && only && fixAll.length) {
    actions.push({ title: 'Fix all variant spellings in this file', kind: FIX_ALL_KIND, edit: { changes: { [uri]: fixAll } } });
  }
  return actions;
}
