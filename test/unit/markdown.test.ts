import { describe, expect, it } from 'vitest';
import { scanMarkdown } from '../../server/src/core/text/markdown';

/** The words analysis sees in a markdown text (its prose masks). */
function proseWords(md: string): string[] {
  return scanMarkdown(md)
    .blocks.flatMap((b) => b.prose.split(/[^\p{L}\p{N}']+/u))
    .filter(Boolean);
}

describe('markdown prose masks', () => {
  const cases: { name: string; md: string; seen: string[]; hidden: string[] }[] = [
    { name: 'front matter', md: '---\ntitle: Kiev\n---\nText about Lugansk.\n', seen: ['Lugansk'], hidden: ['Kiev', 'title'] },
    { name: 'fenced code', md: 'Before\n\n```\nKiev in code\n```\nAfter\n', seen: ['Before', 'After'], hidden: ['Kiev'] },
    { name: 'unclosed fence hides the rest', md: 'Before\n\n~~~\nKiev\n', seen: ['Before'], hidden: ['Kiev'] },
    { name: 'indented code', md: 'Para\n\n    Kiev code\n', seen: ['Para'], hidden: ['Kiev'] },
    { name: 'inline code', md: 'The `Kiev` spelling and ``Lugansk `x` `` too.', seen: ['The', 'spelling', 'too'], hidden: ['Kiev', 'Lugansk'] },
    { name: 'link target hidden, link text seen', md: 'See [Luhansk](https://x.org/Lugansk "Kiev") now.', seen: ['Luhansk', 'now'], hidden: ['Lugansk', 'Kiev', 'https'] },
    { name: 'image hidden', md: 'A ![Kiev photo](kiev.png) here.', seen: ['A', 'here'], hidden: ['Kiev', 'photo'] },
    { name: 'reference link', md: 'In [Kyiv][ref] today.\n\n[ref]: https://example.org/Kiev\n', seen: ['Kyiv', 'today'], hidden: ['Kiev', 'ref'] },
    { name: 'HTML block and inline HTML', md: '<div>\nKiev\n</div>\n\nText <span title="Kiev">Kyiv</span>.', seen: ['Text', 'Kyiv'], hidden: ['Kiev', 'span', 'div'] },
    { name: 'HTML comment', md: 'Kyiv <!-- Kiev --> here', seen: ['Kyiv', 'here'], hidden: ['Kiev'] },
    { name: 'bare URL', md: 'Read https://news.example/Kiev-story now.', seen: ['Read', 'now'], hidden: ['Kiev', 'story'] },
    { name: 'autolink', md: 'Mail <https://a.b/Kiev> or <x@Kiev.ua>.', seen: ['Mail', 'or'], hidden: ['Kiev'] },
    { name: 'emphasis markers masked, words kept', md: '**Kyiv** and _Luhansk_ and snake_case', seen: ['Kyiv', 'Luhansk', 'snake_case'.split('_')[0]!], hidden: [] },
    { name: 'headings, lists, quotes, tables', md: '# Kyiv\n\n- Luhansk item\n1. Donbas item\n\n> Quoted Odesa\n\n| a | b |\n|---|---|\n| Lviv | 2 |\n', seen: ['Kyiv', 'Luhansk', 'Donbas', 'Quoted', 'Odesa', 'Lviv'], hidden: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const words = proseWords(c.md);
      for (const w of c.seen) expect(words, `expected to see '${w}'`).toContain(w);
      for (const w of c.hidden) expect(words, `expected not to see '${w}'`).not.toContain(w);
    });
  }

  it('keeps every mask the length of its block, so offsets are document offsets', () => {
    const md = '# Title\n\nSome *text* with `code` and [a link](http://x).\n\n- item\n  more\n';
    for (const b of scanMarkdown(md).blocks) {
      if (!b.prose) continue;
      expect(b.prose.length).toBe(b.end - b.start);
      for (const m of b.prose.matchAll(/\p{L}+/gu)) expect(md.slice(b.start + m.index!, b.start + m.index! + m[0].length)).toBe(m[0]);
    }
  });

  it('reports unclosed front matter and still scans the body', () => {
    const s = scanMarkdown('---\ntitle: x\nBody text here.\n');
    expect(s.frontMatter?.closed).toBe(false);
    expect(s.blocks.some((b) => b.prose.includes('Body'))).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const md of ['', '\n\n', '```', '[', '<', '<!--', '|\n|-|', '\u0000\u0001', '#'.repeat(1000), '`'.repeat(5000), '['.repeat(3000) + ']'.repeat(3000)]) {
      expect(() => scanMarkdown(md)).not.toThrow();
    }
  });
});
