import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionFor } from '../helpers/session';

const OTHER = path.join(__dirname, '..', 'fixtures', 'corpora', 'other-romanizations');

/**
 * The clustering rules are general: on a corpus with other names than the
 * bundled one, the same rules find the same kinds of groups.
 */
describe('entity registry on a corpus of other names', () => {
  it('groups transliteration variants and prefers the house style form', async () => {
    const { index } = await sessionFor(OTHER);
    const r = index.registry;
    expect(r.variant('Odessa')?.preferred).toBe('Odesa');
    expect(r.variant('Kharkov')?.preferred).toBe('Kharkiv');
    expect(r.variant('Odesa')).toBeUndefined();
    expect(r.variant('Kharkiv')).toBeUndefined();
  });
  it('uses the spelling most used in the corpus where the style is silent', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    const kuleba = r.lookup('dmytro kuleba')!.entity;
    expect(r.lookup('dmitry kuleba')?.entity).toBe(kuleba);
    expect(kuleba.type).toBe('person');
  });
  it('applies the North Korean names rule only to people tied to North Korea', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    expect(r.variant('Ri Son-gwon')?.preferred).toBe('Ri Son Gwon');
    // Not spaced title case: the rule for North Korean names does not reach a Syrian name.
    expect(r.variant('Bashar al-Assad')?.preferred ?? 'Bashar al-Assad').not.toMatch(/Al Assad|Al-Assad/);
  });
  it('joins abbreviations to their full names as aliases, not variants', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    const osce = r.lookup('osce')!;
    expect(osce.role).toBe('alias');
    expect(osce.entity.spellings).toContain('organization for security and co operation in europe');
    expect(r.variant('OSCE')).toBeUndefined();
  });
  it("joins a name written in the plural from a shared list ('the Vesta and Ostra People's Republics') to the name in the singular", async () => {
    const r = (await sessionFor(path.join(__dirname, '..', 'fixtures', 'corpora', 'paraphrases'))).index.registry;
    const ostra = r.lookup("ostra people's republic")!.entity;
    expect(r.lookup("ostra people's republics")?.entity).toBe(ostra);
  });
  it('joins a surname to the full name as a short form', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    expect(r.lookup('kuleba')).toMatchObject({ role: 'short' });
  });
  it('suggests near misses of corpus names only', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    expect(r.nearMiss('Kulebba')?.entity.preferred).toMatch(/Kuleba/);
    expect(r.nearMiss('Kitchen')).toBeUndefined();
  });
  it('joins a name written with and without a particle, and a first word cut to its initial', async () => {
    const r = (await sessionFor(OTHER)).index.registry;
    const assad = r.lookup('bashar al assad')!.entity;
    expect(r.lookup('bashar assad')?.entity).toBe(assad);
    expect(r.lookup('s sudan')?.entity).toBe(r.lookup('south sudan')!.entity);
  });
});
