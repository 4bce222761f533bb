/**
 * The `corroborate.*` settings as the server reads them, with defaults, and
 * their translation into analysis settings. Anything malformed falls back to
 * the default rather than failing.
 */
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../core/analysis/draftAnalyzer';
import { FINDING_CODES, type FindingCode, type SeveritySetting } from '../core/analysis/findings';

export interface CorroborateSettings {
  corpus: { paths: string[]; useBundled: 'auto' | 'always' | 'never' };
  style: { file: string; rules: Record<string, boolean>; accept: string[]; prefer: Record<string, string> };
  checks: AnalysisSettings['checks'];
  severity: Partial<Record<FindingCode, SeveritySetting>>;
  codeLens: { enabled: boolean };
  maxFindings: number;
  /** Milliseconds to wait after a keystroke before checking. */
  debounce: number;
}

export const DEFAULT_CORROBORATE_SETTINGS: CorroborateSettings = {
  corpus: { paths: ['corpus'], useBundled: 'auto' },
  style: { file: '.corroborate/style.yaml', rules: {}, accept: [], prefer: {} },
  checks: { ...DEFAULT_SETTINGS.checks },
  severity: {},
  codeLens: { enabled: true },
  maxFindings: DEFAULT_SETTINGS.maxFindings,
  debounce: 80,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function strList(v: unknown, fallback: string[]): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
}
function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

export function readSettings(raw: unknown): CorroborateSettings {
  const d = DEFAULT_CORROBORATE_SETTINGS;
  const r = obj(raw);
  const corpus = obj(r.corpus);
  const style = obj(r.style);
  const checks = obj(r.checks);
  const severity = obj(r.severity);
  const useBundled = corpus.useBundled;
  const parsedSeverity: Partial<Record<FindingCode, SeveritySetting>> = {};
  for (const code of FINDING_CODES) {
    const v = severity[code];
    if (typeof v === 'string' && SEVERITIES.has(v)) parsedSeverity[code] = v as SeveritySetting;
  }
  const rules: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(obj(style.rules))) if (typeof v === 'boolean') rules[k] = v;
  const prefer: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(style.prefer))) if (typeof v === 'string') prefer[k] = v;
  return {
    corpus: {
      paths: strList(corpus.paths, d.corpus.paths),
      useBundled: useBundled === 'always' || useBundled === 'never' || useBundled === 'auto' ? useBundled : d.corpus.useBundled,
    },
    style: { file: typeof style.file === 'string' && style.file ? style.file : d.style.file, rules, accept: strList(style.accept, []), prefer },
    checks: {
      variants: bool(checks.variants, d.checks.variants),
      nearMisses: bool(checks.nearMisses, d.checks.nearMisses),
      claims: bool(checks.claims, d.checks.claims),
      quotes: bool(checks.quotes, d.checks.quotes),
    },
    severity: parsedSeverity,
    codeLens: { enabled: bool(obj(r.codeLens).enabled, d.codeLens.enabled) },
    maxFindings: typeof r.maxFindings === 'number' && r.maxFindings > 0 ? Math.floor(r.maxFindings) : d.maxFindings,
    debounce: typeof r.debounce === 'number' && r.debounce >= 0 ? r.debounce : d.debounce,
  };
}

export function analysisSettings(s: CorroborateSettings): AnalysisSettings {
  return { checks: s.checks, severity: s.severity, maxFindings: s.maxFindings };
}
