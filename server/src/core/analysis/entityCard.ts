/**
 * What a writer sees when hovering a name: the entity's preferred spelling and
 * type, the spellings and aliases the corpus uses, its roles, and its first
 * mention in each article, as plain data.
 */
import type { Entity } from '../entities/registry';
import type { CorpusIndex } from '../index/corpusIndex';
import { LineMap } from '../text/lineMap';
import type { Evidence } from './findings';

export interface EntityCard {
  preferred: string;
  type: string;
  preferredReason: string;
  spellings: { surface: string; count: number }[];
  aliases: string[];
  roles: string[];
  mentionCount: number;
  articleCount: number;
  corpusArticles: number;
  firstMentions: Evidence[];
}

export function entityCard(entity: Entity, index: CorpusIndex, maxArticles = 8): EntityCard {
  const registry = index.registry;
  const firstMentions: Evidence[] = [];
  for (const [slot, sentence] of entity.firstMentions) {
    const s = index.sentence({ article: slot, sentence });
    if (!s) continue;
    const text = index.textOf(slot) ?? '';
    const lines = new LineMap(text);
    const pos = lines.positionAt(s.span.start);
    const meta = s.meta;
    firstMentions.push({
      articleId: meta.id,
      path: meta.path,
      line: pos.line,
      character: pos.character,
      quote: s.text,
      stance: 'mentions',
      title: meta.title,
      outlet: meta.outlet,
      ...(meta.date ? { date: meta.date } : {}),
      matched: [...entity.surfaces.keys(), ...entity.otherSurfaces.keys()].flatMap((x) => x.split(/\s+/)),
    });
  }
  firstMentions.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.articleId.localeCompare(b.articleId));
  const name = (key: string): string => {
    const e = registry.lookup(key)?.entity;
    return e ? e.preferred : key;
  };
  const roles = [...entity.roles.entries()]
    .sort((a, b) => b[1].count - a[1].count)
    .slice(0, 3)
    .map(([role, info]) => {
      const top = [...info.affiliations.entries()].sort((a, b) => b[1] - a[1])[0];
      return top ? `${role} (${name(top[0])})` : role;
    });
  return {
    preferred: entity.preferred,
    type: entity.type,
    preferredReason: entity.preferredReason,
    spellings: [...entity.surfaces.entries()].sort((a, b) => b[1] - a[1]).map(([surface, count]) => ({ surface, count })),
    aliases: [...entity.otherSurfaces.keys()],
    roles,
    mentionCount: entity.mentionCount,
    articleCount: entity.firstMentions.size,
    corpusArticles: index.articleCount,
    firstMentions: firstMentions.slice(0, maxArticles),
  };
}
