/**
 * Finds page furniture in scraped articles: advertising slots, teaser lists
 * ("READ MORE", "Check Also"), share and comment prompts, bylines like
 * "3 Min Read", and the page footer after the article ends ("Source link").
 *
 * The rules are general shapes of news web pages, kept as data in
 * server/data/furniture.yaml; nothing here knows any particular site.
 * Furniture lines are reported by number so the article keeps its line
 * numbering: a citation still opens the right line of the file.
 */
export interface FurnitureRules {
  'line-patterns': string[];
  'teaser-openers': string[];
  'tail-openers': string[];
}

interface CompiledRules {
  line: RegExp[];
  teaser: RegExp[];
  tail: RegExp[];
}

const compiled = new WeakMap<FurnitureRules, CompiledRules>();

function compile(rules: FurnitureRules): CompiledRules {
  let c = compiled.get(rules);
  if (!c) {
    const re = (p: string): RegExp => new RegExp(p, 'iu');
    c = { line: rules['line-patterns'].map(re), teaser: rules['teaser-openers'].map(re), tail: rules['tail-openers'].map(re) };
    compiled.set(rules, c);
  }
  return c;
}

/** The line without bullets, dashes and surrounding space. */
function core(line: string): string {
  return line
    .replace(/\s+/gu, ' ')
    .replace(/^[\s•·*▪►▸–—-]+/u, '')
    .replace(/[\s•·]+$/u, '')
    .trim();
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** A paragraph of article prose: a full sentence, not a teaser headline or a truncated excerpt. */
function isProseParagraph(s: string): boolean {
  return wordCount(s) >= 12 && /[.!?]["”’')]*$/u.test(s) && !/(…|\.\.\.)["”’]?$/u.test(s);
}

/** A teaser-shaped line: a short headline with no closing punctuation, or a truncated excerpt. */
function isTeaserShaped(s: string): boolean {
  if (/(…|\.\.\.)["”’]?$/u.test(s)) return true;
  return wordCount(s) <= 25 && !/[.!?:]["”’')]*$/u.test(s);
}

/**
 * Returns the 0-based line numbers (relative to `lines`) that are furniture.
 */
export function findFurniture(lines: readonly string[], rules: FurnitureRules): Set<number> {
  const r = compile(rules);
  const furniture = new Set<number>();
  const cores = lines.map(core);
  const matches = (list: RegExp[], s: string): boolean => s.length > 0 && list.some((re) => re.test(s));

  // The footer: from a tail opener to the end, unless real prose follows it.
  let tailFrom = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (!matches(r.tail, cores[i]!)) continue;
    const proseAfter = cores.slice(i + 1).some((s) => isProseParagraph(s) && !matches(r.line, s));
    if (!proseAfter) {
      tailFrom = i;
      break;
    }
  }
  for (let i = tailFrom; i < lines.length; i++) furniture.add(i);

  let inTeaserList = false;
  for (let i = 0; i < tailFrom; i++) {
    const raw = lines[i]!;
    const s = cores[i]!;
    if (s.length === 0) continue;
    if (matches(r.line, s)) {
      furniture.add(i);
      inTeaserList = matches(r.teaser, s) || inTeaserList;
      continue;
    }
    if (matches(r.teaser, s)) {
      furniture.add(i);
      inTeaserList = true;
      continue;
    }
    const bulleted = /^\s*[•·▪►▸]/u.test(raw);
    if (inTeaserList) {
      if (isTeaserShaped(s) || (bulleted && !isProseParagraph(s))) {
        furniture.add(i);
        continue;
      }
      inTeaserList = false;
    }
    // A lone headline-shaped bullet in the middle of an article is a teaser
    // link left over from the page ("• Minister's ... plea").
    if (bulleted && isTeaserShaped(s)) furniture.add(i);
  }
  return furniture;
}
