/** Sessions over the bundled corpus (or another folder), shared by unit tests. */
import { DEFAULT_SETTINGS, type AnalysisSettings, type DraftAnalysis } from '../../server/src/core/analysis/draftAnalyzer';
import type { Finding } from '../../server/src/core/analysis/findings';
import { CorroborateSession, type SessionOptions } from '../../server/src/session/session';
import { CORPUS } from './workspace';

const sessions = new Map<string, Promise<CorroborateSession>>();

export function sessionFor(folder = CORPUS, options: SessionOptions = {}): Promise<CorroborateSession> {
  const key = `${folder}|${JSON.stringify(options)}`;
  let s = sessions.get(key);
  if (!s) {
    s = (async () => {
      const session = new CorroborateSession(options);
      await session.loadCorpus([folder]);
      return session;
    })();
    sessions.set(key, s);
  }
  return s;
}

export function namesOnly(): AnalysisSettings {
  return { ...DEFAULT_SETTINGS, checks: { variants: true, nearMisses: true, claims: false, quotes: false } };
}

/** Applies the fixes of the given findings (non-overlapping, any order). */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits = findings
    .filter((f) => f.fix)
    .map((f) => ({ start: f.fix!.start ?? f.start, end: f.fix!.end ?? f.end, text: f.fix!.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Infinity;
  for (const e of edits) {
    if (e.end > lastStart) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
  }
  return out;
}

export function codes(analysis: DraftAnalysis): string[] {
  return analysis.findings.map((f) => f.code);
}
