/**
 * House style: which spelling of a name a publication uses, and why.
 *
 * A style is data (YAML). Layers stack: the default that ships with the
 * extension, the workspace style file, then editor settings. A layer can
 * - add or override rules (by id), or switch one off (`enabled: false`);
 * - name the preferred form of one entity (`entities`), which outranks rules;
 * - accept spellings that are never flagged (`accept`).
 *
 * A rule prefers spellings by letter alternations (`prefer: [{variant: g,
 * preferred: h}]`, read as "write h where others write g") or by writing
 * hyphenated names as separate capitalized words (`spaced-title-case`), for
 * entities of a type and/or associated in the corpus with a place.
 */
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { EntityType } from '../entities/mentions';

export interface StyleExample {
  text: string;
  becomes: string;
}

export interface StyleRule {
  id: string;
  reason: string;
  enabled: boolean;
  when: {
    associatedWith?: string[];
    type?: EntityType;
  };
  prefer: { variant: string; preferred: string }[];
  spacedTitleCase: boolean;
  examples: StyleExample[];
  /** Where the rule was defined, for messages. */
  origin: string;
}

export interface StyleEntity {
  preferred: string;
  variants: string[];
  reason: string;
  examples: StyleExample[];
  origin: string;
}

export interface StyleProblem {
  origin: string;
  /** 0-based line in the style file, when known. */
  line: number;
  message: string;
}

export interface HouseStyle {
  rules: StyleRule[];
  entities: StyleEntity[];
  /** Folded keys of spellings never flagged. */
  accepted: Set<string>;
  /** Accepted spellings as written, for display. */
  acceptedSpellings: string[];
  problems: StyleProblem[];
}

export function emptyStyle(): HouseStyle {
  return { rules: [], entities: [], accepted: new Set(), acceptedSpellings: [], problems: [] };
}

function foldSpelling(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').trim();
}

const ENTITY_TYPES = new Set(['person', 'place', 'organization', 'other']);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function examples(value: unknown): StyleExample[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ text: String(e.text ?? ''), becomes: String(e.becomes ?? '') }))
    .filter((e) => e.text && e.becomes);
}

/**
 * Parses one style layer and stacks it on `base` (which is not modified).
 * Problems are collected, never thrown: a broken style file leaves the
 * layers below it in force.
 */
export function addStyleLayer(base: HouseStyle, yamlText: string, origin: string): HouseStyle {
  const style: HouseStyle = {
    rules: base.rules.map((r) => ({ ...r })),
    entities: [...base.entities],
    accepted: new Set(base.accepted),
    acceptedSpellings: [...base.acceptedSpellings],
    problems: [...base.problems],
  };
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    style.problems.push({ origin, line: Math.max(0, (err.linePos?.[0]?.line ?? 1) - 1), message: `Style file is not valid YAML: ${err.message.split('\n')[0]}` });
    return style;
  }
  const lineOf = (path: (string | number)[]): number => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 0 : yamlText.slice(0, offset).split('\n').length - 1;
  };
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return style;
  if (typeof data !== 'object' || Array.isArray(data)) {
    style.problems.push({ origin, line: 0, message: 'Style file must be a map with keys such as rules, entities and accept.' });
    return style;
  }
  const root = data as Record<string, unknown>;
  const rules = root.rules ?? [];
  if (!Array.isArray(rules)) style.problems.push({ origin, line: lineOf(['rules']), message: "'rules' must be a list." });
  else {
    rules.forEach((raw, i) => {
      if (typeof raw !== 'object' || raw === null) {
        style.problems.push({ origin, line: lineOf(['rules', i]), message: 'Each rule must be a map with an id.' });
        return;
      }
      const r = raw as Record<string, unknown>;
      const id = typeof r.id === 'string' ? r.id : '';
      if (!id) {
        style.problems.push({ origin, line: lineOf(['rules', i]), message: 'A rule needs an id.' });
        return;
      }
      const existing = style.rules.findIndex((x) => x.id === id);
      const previous = existing >= 0 ? style.rules[existing] : undefined;
      const when = (typeof r.when === 'object' && r.when !== null ? r.when : {}) as Record<string, unknown>;
      const type = typeof when.type === 'string' ? when.type : undefined;
      if (type && !ENTITY_TYPES.has(type)) style.problems.push({ origin, line: lineOf(['rules', i, 'when', 'type']), message: `Unknown entity type '${type}' (use person, place, organization or other).` });
      const prefer = Array.isArray(r.prefer)
        ? r.prefer
            .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
            .map((p) => ({ variant: foldSpelling(String(p.variant ?? '')), preferred: foldSpelling(String(p.preferred ?? '')) }))
            .filter((p) => p.variant && p.preferred !== undefined)
        : undefined;
      const rule: StyleRule = {
        id,
        reason: typeof r.reason === 'string' ? r.reason : (previous?.reason ?? id),
        enabled: r.enabled === undefined ? (previous?.enabled ?? true) : r.enabled !== false,
        when: r.when === undefined && previous ? previous.when : { ...(strings(when['associated-with']).length ? { associatedWith: strings(when['associated-with']) } : {}), ...(type && ENTITY_TYPES.has(type) ? { type: type as EntityType } : {}) },
        prefer: prefer ?? previous?.prefer ?? [],
        spacedTitleCase: r['spaced-title-case'] === undefined ? (previous?.spacedTitleCase ?? false) : r['spaced-title-case'] === true,
        examples: r.examples === undefined ? (previous?.examples ?? []) : examples(r.examples),
        origin,
      };
      if (previous) style.rules[existing] = rule;
      else style.rules.push(rule);
    });
  }
  const entities = root.entities ?? [];
  if (!Array.isArray(entities)) style.problems.push({ origin, line: lineOf(['entities']), message: "'entities' must be a list." });
  else {
    entities.forEach((raw, i) => {
      const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (typeof e.preferred !== 'string' || !e.preferred.trim()) {
        style.problems.push({ origin, line: lineOf(['entities', i]), message: "Each entity entry needs 'preferred: <spelling>'." });
        return;
      }
      const entry: StyleEntity = {
        preferred: e.preferred.trim(),
        variants: strings(e.variants).map((v) => v.trim()).filter(Boolean),
        reason: typeof e.reason === 'string' ? e.reason : 'house style',
        examples: examples(e.examples),
        origin,
      };
      // A later layer's entry for the same name replaces the earlier one.
      const key = foldSpelling(entry.preferred);
      style.entities = style.entities.filter((x) => foldSpelling(x.preferred) !== key && !x.variants.some((v) => foldSpelling(v) === key));
      style.entities.push(entry);
    });
  }
  for (const spelling of strings(root.accept)) {
    style.accepted.add(foldSpelling(spelling));
    style.acceptedSpellings.push(spelling);
  }
  for (const key of Object.keys(root)) {
    if (!['version', 'rules', 'entities', 'accept'].includes(key)) {
      style.problems.push({ origin, line: lineOf([key]), message: `Unknown key '${key}' in style file (ignored).` });
    }
  }
  return style;
}

/** Editor settings on top of the style files: rules switched on or off, extra accepted spellings, preferred forms. */
export function addSettingsLayer(base: HouseStyle, settings: { rules?: Record<string, boolean>; accept?: string[]; prefer?: Record<string, string> }): HouseStyle {
  const style: HouseStyle = { ...base, rules: base.rules.map((r) => ({ ...r })), accepted: new Set(base.accepted), acceptedSpellings: [...base.acceptedSpellings], entities: [...base.entities] };
  for (const [id, enabled] of Object.entries(settings.rules ?? {})) {
    const rule = style.rules.find((r) => r.id === id);
    if (rule) rule.enabled = enabled;
  }
  for (const spelling of settings.accept ?? []) {
    style.accepted.add(foldSpelling(spelling));
    style.acceptedSpellings.push(spelling);
  }
  for (const [variant, preferred] of Object.entries(settings.prefer ?? {})) {
    style.entities.push({ preferred, variants: [variant], reason: 'house style (settings)', examples: [], origin: 'settings' });
  }
  return style;
}

export function isAccepted(style: HouseStyle, spelling: string): boolean {
  return style.accepted.has(foldSpelling(spelling));
}

/**
 * Returns the style file text with `spelling` added to its accept list,
 * keeping the user's comments and layout. Creates a minimal file from ''.
 */
export function withAcceptedSpelling(styleText: string, spelling: string): string {
  const doc: Document = styleText.trim()
    ? parseDocument(styleText)
    : parseDocument('# Corroborate house style for this workspace.\n# See the README for rules, entities and accept.\naccept: []\n');
  if (doc.errors.length > 0) throw new Error(`The style file is not valid YAML; fix it before adding '${spelling}'.`);
  if (!isMap(doc.contents)) doc.contents = new YAMLMap() as never;
  const map = doc.contents as unknown as YAMLMap;
  const existing: unknown = map.get('accept', true);
  let seq: YAMLSeq;
  if (isSeq(existing)) seq = existing as YAMLSeq;
  else {
    seq = new YAMLSeq();
    map.set('accept', seq);
  }
  if (!seq.items.some((item) => String((item as { value?: unknown }).value ?? item) === spelling)) {
    seq.flow = false;
    seq.add(doc.createNode(spelling));
  }
  return doc.toString();
}
