/**
 * Word knowledge a writer relies on when the draft words a fact differently from the article:
 * phrasal verbs, a relation word whose object is a pronoun in the article, and prefixes that
 * make opposites only on adjectives. The corpus is a small one written for this test.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/core/analysis/draftAnalyzer';
import { sessionFor } from '../helpers/session';
import { loadLexicon } from '../../server/src/io/resources';
import { findValues } from '../../server/src/core/language/values';
import { tokenize } from '../../server/src/core/text/tokens';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpora', 'paraphrases');

async function verdictOf(sentence: string): Promise<string | undefined> {
  const session = await sessionFor(CORPUS);
  const analysis = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS);
  return analysis.claims[0]?.verdict;
}

describe('word knowledge in claim checking', () => {
  it('reads a phrasal verb as one verb: "was looking forward to" is "expected"', async () => {
    expect(await verdictOf('Bergen mayor Marit Olsen was looking forward to closer cooperation with the harbour authority.')).toBe('supported');
  });

  it('matches "after X also recognised" with "after it also recognized" (the object as a pronoun)', async () => {
    expect(await verdictOf('Norway cut diplomatic ties with Chile in late May after Santiago also recognised the disputed border.')).toBe('supported');
  });

  it('does not read "imprisoned" as the opposite of "prison"', async () => {
    expect(await verdictOf('Hundreds of dock workers were held in prison camps during the war.')).not.toBe('contradicted');
  });

  it('still reads an un- adjective as the opposite of its root', async () => {
    expect(await verdictOf("Chile's foreign minister made an unofficial visit to Oslo in April.")).toBe('contradicted');
  });

  it('reads "head of X" as the office the article calls "leader of Y" and contradicts the other body, whatever the verb', async () => {
    expect(await verdictOf('Ola Berg, head of the Coastal Union, welcomed the talks.')).toBe('contradicted');
    expect(await verdictOf('Ola Berg, head of the Northern Alliance, welcomed the talks.')).not.toBe('contradicted');
    // (an aside with a verb of leading gives the office too)
    expect(await verdictOf('Ola Berg, who leads the Coastal Union, welcomed the talks.')).toBe('contradicted');
    expect(await verdictOf('Ola Berg, who heads the Northern Alliance, said the talks would resume in autumn.')).toBe('supported');
  });

  it('counts: "only two countries" against "the third country" for the same act', async () => {
    expect(await verdictOf('Only two countries, Norway and Chile, recognise the border deal.')).toBe('contradicted');
  });

  it('does not take a name from another clause for the place the passage gives another name', async () => {
    expect(await verdictOf('In March, Sweden closed its embassy in Chile.')).not.toBe('supported');
    expect(await verdictOf('In March, Sweden closed its embassy in Peru.')).toBe('supported');
  });

  it('compares measures across units: miles against kilometres, within the bound the article gives', async () => {
    expect(await verdictOf('The ferry route from Bergen to Tromso runs for about 800 miles along the coast.')).toBe('supported');
    expect(await verdictOf('The ferry route from Bergen to Tromso runs for about 300 miles along the coast.')).toBe('contradicted');
  });

  it('takes the date of "the same month" from the sentence before, and a capital named by its country', async () => {
    expect(await verdictOf('In April, Kari Lund met representatives of the Chilean fishing council in Santiago.')).toBe('supported');
    expect(await verdictOf('In April, Kari Lund met representatives of the Chilean fishing council in Oslo.')).toBe('contradicted');
  });

  it('does not confirm a means the articles do not give ("by video")', async () => {
    expect(await verdictOf('The harbour deal was signed on Tuesday.')).toBe('supported');
    expect(await verdictOf('The harbour deal was signed by video on Tuesday.')).not.toBe('supported');
  });

  it('dates an act by the light verb\'s subject and a relative time by the date beside it, so articles that disagree make a dispute', async () => {
    expect(await verdictOf("Bergen's approval of the fishing plan for the northern fleet came one day before the strike.")).toBe('disputed');
  });

  it("dates a claim's only act however far the date is from it, so another month contradicts", async () => {
    expect(await verdictOf('Kari Lund presented her credentials as ambassador to the authorities of the Chilean capital in June.')).toBe('contradicted');
    expect(await verdictOf('Kari Lund presented her credentials as ambassador to the authorities of the Chilean capital in April.')).toBe('supported');
  });

  it('takes the objects an act names together for one another ("cut ties" for "severed relations")', async () => {
    expect(await verdictOf('Peru severed diplomatic relations with Estonia on Friday.')).toBe('supported');
  });

  it('contradicts a measure whatever verb the claim uses for it', async () => {
    expect(await verdictOf('The new ferry route from Bergen to Tromso stretches for about 500 km along the coast.')).toBe('contradicted');
  });

  it('sees another actor on another date as another event, not a dispute, but another place and date for the same actor as a contradiction', async () => {
    expect(await verdictOf('- Friday 7 June: Peru severs diplomatic relations with Estonia.')).toBe('supported');
    expect(await verdictOf("Chile's foreign minister made an official visit to Bergen in May.")).toBe('contradicted');
  });

  it('reads an adverb made from a modifier with an opposite as that modifier ("officially" against "unofficial")', async () => {
    expect(await verdictOf("Estonia's parliament held an officially sanctioned vote on the deal in May.")).toBe('contradicted');
  });

  it('reads "did not ... until June" as done in June, not as a denial', async () => {
    expect(await verdictOf('Estonia ratified the border deal in June.')).toBe('supported');
  });

  it('does not read "only" before a time as a count ("only days before")', async () => {
    expect(await verdictOf('Bergen approved the fishing plan only days before the strike.')).toBe('supported');
  });

  it('contradicts the body a person is said to lead, whatever else the claim says ("chief" is an office)', async () => {
    expect(await verdictOf('Coastal Union chief Ola Berg welcomed the talks in Oslo on Monday.')).toBe('contradicted');
    expect(await verdictOf('Northern Alliance chief Ola Berg said talks would resume in autumn.')).toBe('supported');
  });

  it('reads "N days ahead of" as "N days before"', async () => {
    expect(await verdictOf('Bergen approved the fishing plan for the northern fleet three days ahead of the strike.')).toBe('contradicted');
  });

  it('finds the passage that gives another day of the month for the act, naming the parties a few sentences before', async () => {
    expect(await verdictOf('Peru recognised the border treaty of Estonia and Latvia on 9 June.')).toBe('disputed');
  });

  it('reads "the South" as the one "South X" of the corpus, and not a name the corpus lacks', async () => {
    expect(await verdictOf('Peru opened an embassy in the South in March.')).toBe('supported');
    expect(await verdictOf('Peru opened an embassy in the North in March.')).not.toBe('supported');
  });

  it('takes "lost its ties with" as the other side of "severed relations with", and names the real actor of a swapped act', async () => {
    expect(await verdictOf('Chile lost its ties with Ukraine over the disputed border.')).toBe('supported');
    expect(await verdictOf('Chile severed relations with Ukraine over the border.')).toBe('contradicted');
    const session = await sessionFor(CORPUS);
    const swapped = session.analyzer.analyze('Chile severed relations with Ukraine over the border.\n', DEFAULT_SETTINGS).claims[0];
    expect(swapped?.reason).toContain("says 'Ukraine'");
  });

  it('sees who acts in a passive sentence ("was presented by X to Y") and that presenting is handing', async () => {
    expect(await verdictOf("A letter of protest was presented by Estonia's ambassador, Mart Kask, to Peru's envoy, Ana Rojas.")).toBe('contradicted');
    expect(await verdictOf("A letter of protest was presented by Peru's envoy, Ana Rojas, to Estonia's ambassador, Mart Kask.")).toBe('supported');
  });

  it('disputes a cause when articles give the same act another cause, quoting both as written', async () => {
    expect(await verdictOf("Latvia expelled Peru's ambassador over a spying row.")).toBe('disputed');
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Latvia expelled Peru's ambassador over a spying row.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.reason).toContain("'spying row' as the draft does");
    expect(claim?.reason).toContain('recognition of the treaty');
  });

  it('finds a cause after "because", after "a direct response to", before "set off", and past a word set off by commas (", too,")', async () => {
    const session = await sessionFor(CORPUS);
    const cases: [string, string][] = [
      ["Latvia expelled Peru's ambassador because Lima had recognised the treaty.", 'spying row'],
      ["Latvia expelled Peru's ambassador because Lima, too, had recognised the treaty.", 'spying row'],
      ["Latvia's expulsion of Peru's ambassador was a direct response to a spying row.", 'recognition of the treaty'],
      ["What set off Latvia's expulsion of Peru's ambassador was a spying row.", 'recognition of the treaty'],
    ];
    for (const [sentence, other] of cases) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict, sentence).toBe('disputed');
      expect(claim?.reason, sentence).toContain(other);
    }
  });

  it('finds a cause as the subject of "prompted" or after "What triggered ... was", and sets aside a contrast after ", not"', async () => {
    expect(await verdictOf("A spying row prompted Latvia to expel Peru's ambassador.")).toBe('disputed');
    expect(await verdictOf("It was a spying row that prompted Latvia to expel Peru's ambassador.")).toBe('disputed');
    expect(await verdictOf("What triggered Latvia's expulsion of Peru's ambassador was a spying row in Riga.")).toBe('disputed');
    expect(await verdictOf("Latvia expelled Peru's ambassador over a spying row, not over Peru's recognition of the treaty.")).toBe('disputed');
    expect(await verdictOf("Latvia's expulsion of Peru's ambassador was a reaction to a spying row.")).toBe('disputed');
  });

  it('finds a cause after "What pushed ... to", "What made ... <verb>", "in reply to" and "a direct answer to", and no cause in a verb of moving', async () => {
    expect(await verdictOf("What pushed Latvia to expel Peru's ambassador was a spying row.")).toBe('disputed');
    expect(await verdictOf("What made Latvia expel Peru's ambassador was a spying row.")).toBe('disputed');
    expect(await verdictOf("Latvia expelled Peru's ambassador in reply to a spying row.")).toBe('disputed');
    expect(await verdictOf("Latvia's expulsion of Peru's ambassador was a direct answer to a spying row.")).toBe('disputed');
    expect(await verdictOf('Russia pushed into the Baltic in 2014.')).toBe('unsupported');
  });

  it('takes no other cause from a passage whose cause refers back ("in response to such a step")', async () => {
    expect(await verdictOf('Lima recalled its envoy from Riga in response to the expulsion.')).toBe('supported');
  });

  it('lets "the two states" after "Latvia and Peru" refer to the republic named after Latvia', async () => {
    expect(await verdictOf('The RL ratified the fishing pact on 9 May.')).toBe('contradicted');
  });

  it('contradicts a list that names another member, and reads "set foot in" as "visit"', async () => {
    expect(await verdictOf("Peru's foreign minister has visited Chile and Argentina this year.")).toBe('contradicted');
    expect(await verdictOf("Peru's foreign minister has set foot in Chile and Brazil this year.")).toBe('supported');
  });

  it('reads an office given after a name ("X, Norway\'s foreign minister") and contradicts another office', async () => {
    expect(await verdictOf("Kari Lund, Norway's foreign minister, presented her credentials in April.")).toBe('contradicted');
    expect(await verdictOf("Kari Lund, Norway's ambassador, presented her credentials in April.")).toBe('supported');
  });

  it('takes the agent after "by" as the one who acts, so "welcomed by X" meets "condemned by X"', async () => {
    expect(await verdictOf("Latvia's expulsion of the ambassador was welcomed by Lima and Santiago.")).toBe('contradicted');
  });

  it("lets an undated passage speak for the month its article was written in when it says the opposite act", async () => {
    expect(await verdictOf('In June, Peru restored its trade ties with Estonia.')).toBe('contradicted');
    expect(await verdictOf('In March, Peru restored its trade ties with Estonia.')).toBe('unsupported');
  });

  it('lets an article whose date is only estimated still speak for its month', async () => {
    expect(await verdictOf('In early August, Malta opened a consulate in Reykjavik.')).toBe('contradicted');
    expect(await verdictOf('In early March, Malta opened a consulate in Reykjavik.')).toBe('unsupported');
  });

  it('finds the passages that time the same act against the same other act, and disputes "the eve" against "three days before"', async () => {
    expect(await verdictOf('Andorra recognised the Canillo treaty on the eve of its blockade.')).toBe('disputed');
    expect(await verdictOf("Andorra's recognition of the Canillo treaty came on the eve of the 5 March blockade.")).toBe('disputed');
    expect(await verdictOf('Andorra recognised the Canillo treaty three days before its blockade.')).toBe('disputed');
  });

  it('dates the noun a clause tells of: "the words X addressed on Saturday" against "X\'s words on Sunday"', async () => {
    expect(await verdictOf('The warm words Ilse Brandt addressed to Gdansk on Saturday were the latest in a series of gestures.')).toBe('contradicted');
    expect(await verdictOf("Ilse Brandt's warm words for Gdansk, delivered on a Saturday, were the latest of her gestures.")).toBe('contradicted');
    expect(await verdictOf('The warm words Ilse Brandt addressed to Gdansk on Sunday were the latest in a series of gestures.')).toBe('supported');
  });

  it('reads "the day before its 5 March blockade" as 4 March, and "granted it recognition" as "recognised it"', async () => {
    expect(await verdictOf('Andorra granted the Canillo treaty recognition the day before its 5 March blockade.')).toBe('disputed');
  });

  it('reads "X, Y\'s envoy to Z" as Y\'s envoy posted in Z, and "sat down with" as "met"', async () => {
    expect(await verdictOf("Piotr Nowak, Gdansk's envoy to Rostock, sat down with the harbour council in June.")).toBe('supported');
    expect(await verdictOf("Piotr Nowak, Rostock's envoy to Gdansk, sat down with the harbour council in June.")).toBe('contradicted');
  });

  it('reads "stood behind" and "stood by" as "backed"', async () => {
    expect(await verdictOf('Peru stood behind the Baltic states.')).toBe('supported');
    expect(await verdictOf('Peru stood by the Baltic states.')).toBe('supported');
  });

  it('dates the making public of an act, and lets "the state news agency X" be found as "its state news agency"', async () => {
    expect(await verdictOf('Latvia made its recognition public on Thursday through the state news agency BNA.')).toBe('disputed');
    expect(await verdictOf('Latvia made its recognition public on Thursday through the BNA state news agency.')).toBe('disputed');
  });

  it('reads "became public", "became known" and "word of X emerged" as the report of X', async () => {
    expect(await verdictOf("Latvia's recognition of the Narva compact became public on Wednesday.")).toBe('disputed');
    expect(await verdictOf("Word of Latvia's recognition of the Narva compact emerged on Thursday.")).toBe('disputed');
    expect(await verdictOf("Latvia's recognition of the Narva compact became known on Thursday.")).toBe('disputed');
  });

  it('dates the act of the noun before "came" ("X\'s rupture with Y came on Friday"), not a verb further on', async () => {
    expect(await verdictOf("Peru's rupture with Estonia came on Friday, soon after word of the border deal emerged.")).toBe('supported');
    expect(await verdictOf("Peru's rupture with Estonia came on Monday, soon after word of the border deal emerged.")).toBe('contradicted');
  });

  it('reads "news agencies carried the report of X" as the report of X', async () => {
    expect(await verdictOf("Estonian news agencies carried the report of Latvia's recognition of the Narva compact on Wednesday.")).toBe('disputed');
  });

  it('reads "only X and Y" and "apart from X and Y, nobody" as a closed list that another actor of the same act contradicts', async () => {
    const session = await sessionFor(CORPUS);
    for (const sentence of ['Before Cyprus, only Iceland and Malta had recognised the Faroe charter.', 'Apart from Iceland and Malta, nobody had recognised the Faroe charter before Cyprus did.']) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict).toBe('contradicted');
      expect(claim?.reason).toContain("'Greenland'");
    }
    expect(await verdictOf('Iceland and Malta had recognised the Faroe charter before Cyprus.')).not.toBe('contradicted');
  });

  it('finds the other who did it when the closed list\'s object is a description ("the breakaway republics") or its count', async () => {
    const session = await sessionFor(CORPUS);
    for (const sentence of ['Before Liechtenstein, only Andorra and Monaco had recognised the breakaway republics.', 'Before Liechtenstein, only two countries, Andorra and Monaco, had recognised the Vesta and Ostra republics.']) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict, sentence).toBe('disputed');
      expect(claim?.reason, sentence).toContain("'Kelvania'");
    }
  });

  it('contradicts a closed list when the passage lists its names with another among them ("X, Z and Y are the only ones")', async () => {
    expect(await verdictOf('Only Andorra and Liechtenstein recognise the breakaway republics.')).toBe('contradicted');
    expect(await verdictOf('Andorra and Liechtenstein recognise the breakaway republics.')).toBe('supported');
  });

  it('reads "X hails another result" as "\'This is another result,\' she said", but not against a passage of the opposite act', async () => {
    expect(await verdictOf('## Ingrid Dahl hails another fine result for the port')).toBe('supported');
    expect(await verdictOf('The Bergen fishermen\'s guild welcomed the vote.')).toBe('contradicted');
    // (nor a speech that reports an act: "X announced that the board had approved it" is not X's praise)
    expect(await verdictOf('Ingrid Dahl welcomed the new ferry timetable.')).toBe('unsupported');
  });

  it('contradicts "the first result" where the article calls it "another result"', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Ingrid Dahl hailed the vote as the port's first fine result.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'another result'");
  });

  it('does not ask the passage for a point of the compass the claim adds to a place ("in western X")', async () => {
    expect(await verdictOf('In March, Sweden closed its embassy in western Peru.')).toBe('supported');
  });

  it('reads "according to X" as a source, not as an act the passage must tell of', async () => {
    expect(await verdictOf('Ingrid Dahl announced the result in a post on her blog, according to the Fjord Times.')).toBe('supported');
  });

  it('gives a year in an aside ("X, a region where Y patrolled the border in 2009, recognized Z") to the aside\'s act', async () => {
    expect(await verdictOf('Kelvania recognised Vesta and Ostra in 2024.')).not.toBe('contradicted');
    expect(await verdictOf('Kelvania recognised Vesta and Ostra in 2009.')).not.toBe('supported');
  });

  it('takes "the X People\'s Republics" and "X Oblasts" for one place under two designations, not two places', async () => {
    expect(await verdictOf("Moldova condemned the recognition of the Vesta and Ostra People's Republics.")).toBe('supported');
  });

  it('contradicts the place an aside gives a name ("X, a town in Y,") whatever the rest says', async () => {
    expect(await verdictOf('Tartu, a university town in Lithuania, hosted the Narva prize dinner.')).toBe('contradicted');
    expect(await verdictOf('Tartu, a university town in Estonia, hosted the Narva prize dinner.')).toBe('supported');
  });

  it('reads "May saw X do Y" as "X did Y in May" (a past verb never follows the modal "May")', async () => {
    expect(await verdictOf("May saw Estonia's parliament hold an unofficial vote on the deal.")).toBe('supported');
  });

  it('takes "the Narva leader" for the leader of the Narva People\'s Front (NPF), not of another body', async () => {
    expect(await verdictOf('The Narva leader said she hoped trade with Latvia would grow.')).toBe('supported');
    expect(await verdictOf('The Tartu leader said she hoped trade with Latvia would grow.')).toBe('contradicted');
  });

  it('contradicts another office given in an aside of two or three words ("X, Norway\'s deputy fisheries minister,")', async () => {
    expect(await verdictOf("Marit Olsen, Norway's deputy fisheries minister, was looking forward to closer cooperation with the harbour authority.")).toBe('contradicted');
    expect(await verdictOf('Marit Olsen, the mayor of Bergen, was looking forward to closer cooperation with the harbour authority.')).toBe('supported');
  });

  it('reads nouns of opposite acts as opposites for the same thing ("opposition to X" against "support for X")', async () => {
    expect(await verdictOf('Estonia joined the Narva compact in a show of opposition to the Tartu accord.')).toBe('contradicted');
    expect(await verdictOf('Estonia joined the Narva compact in a show of support for the Tartu accord.')).toBe('supported');
  });

  it('sets a day against the bound another article gives ("after Saturday\'s announcement"), whatever clause times the claim', async () => {
    expect(await verdictOf('Portugal cut its trade ties with Morocco on Friday, shortly after news of the fishing accord broke.')).toBe('disputed');
    // The clause is not asked of the passage that gives another day: its details do not hide the conflict.
    expect(await verdictOf('Portugal cut its trade ties with Morocco on Friday, shortly after news of the fishing accord signed by Rabat broke in Lisbon.')).toBe('contradicted');
  });

  it('does not join the actor of one sentence to the act of the next', async () => {
    expect(await verdictOf('Svalbard recognized the Faroe charter shortly after the vote in Torshavn.')).not.toBe('supported');
    expect(await verdictOf('Greenland recognized the Faroe charter shortly after the vote in Torshavn.')).toBe('supported');
  });

  it('contradicts the body of another state that acts ("X\'s foreign ministry" against "Y\'s foreign ministry"), even when X is named elsewhere', async () => {
    expect(await verdictOf("Estonia's foreign ministry leapt to Latvia's defence, saying Estonia had backed the Narva compact.")).toBe('contradicted');
    expect(await verdictOf("Latvia's foreign ministry leapt to the defence of the decision, saying Estonia had backed the Narva compact.")).toBe('supported');
  });

  it('contradicts another kinship between the same two people ("the father of Y" against "Y\'s grandfather")', async () => {
    expect(await verdictOf("Tallinn held a memorial dinner for Jaan Lepp, the town's founder and the father of Mari Lepp.")).toBe('contradicted');
    expect(await verdictOf("Tallinn held a memorial dinner for Jaan Lepp, the town's founder and the grandfather of Mari Lepp.")).toBe('supported');
  });

  it('reads "by way of" as a preposition, not a means the passage must give', async () => {
    expect(await verdictOf("Estonia's parliament voted on the deal in May by way of an official vote.")).toBe('contradicted');
  });

  it('contradicts a place the corpus never names where the passage places the same thing elsewhere', async () => {
    expect(await verdictOf('Peru opened an embassy in Kenya in March, its first in the region.')).toBe('contradicted');
    expect(await verdictOf('Peru opened an embassy in South Sudan in March, its first in the region.')).toBe('supported');
  });

  it('reads "Western governments" as "the West" when the corpus names the West', async () => {
    expect(await verdictOf('Tallinn and Western governments condemned the move as rushed.')).toBe('supported');
    expect(await verdictOf('Tallinn and Eastern governments condemned the move as rushed.')).not.toBe('supported');
  });

  it('disputes "the third state to do it" when the articles name more than two others who did it', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Cyprus became the third state to recognise the Faroe charter.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.reason).toContain('3 others');
  });

  it('reads "was welcomed in X and Y" as welcomed by them, so it meets "condemned by X and Y"', async () => {
    expect(await verdictOf("Latvia's expulsion of the ambassador was welcomed in Lima and Santiago.")).toBe('contradicted');
    expect(await verdictOf("Latvia's expulsion of the ambassador was condemned in Lima and Santiago.")).toBe('supported');
  });

  it('reads "upwards of" and "in excess of" before a number as "more than"', async () => {
    const { findValues } = await import('../../server/src/core/language/values');
    const { tokenize } = await import('../../server/src/core/text/tokens');
    const lexicon = loadLexicon();
    for (const text of ['lying upwards of 6,500 kilometres away', 'lying in excess of 6,500 kilometres away']) {
      const value = findValues(tokenize(text), lexicon).find((v) => v.kind === 'number');
      expect(value?.qualifier).toBe('more than');
    }
  });

  it('reads "Y received it from X" as "X handed it to Y", and contradicts the parties the other way round', async () => {
    expect(await verdictOf('Kalev Tamm received the Narva prize from Mari Lepp.')).toBe('supported');
    expect(await verdictOf('Mari Lepp received the Narva prize from Kalev Tamm.')).toBe('contradicted');
  });

  it('counts countries and governments as one kind of thing, and a floating "both" as no count', async () => {
    expect(await verdictOf('Estonia was the third government to recognise the border deal.')).toBe('supported');
    expect(await verdictOf('Norway and Chile have both recognised the border deal.')).toBe('supported');
  });

  it('reads "As <outlet> reminds readers," as where the claim comes from, not part of it', async () => {
    expect(await verdictOf('As Coastal Ledger reminds readers, the mayor of Bergen, Marit Olsen, expected closer cooperation with the harbour authority.')).toBe('supported');
  });

  it('reads an outlet of the corpus opening a heading ("Andes Daily: ...") as the source, which no other article contradicts', async () => {
    expect(await verdictOf('## Andes Daily: Chile recalls its envoy from La Paz')).toBe('supported');
    expect(await verdictOf('Coastal Ledger: Norway ended relations with Chile in late May.')).toBe('supported');
  });

  it('wants the body that acts in the passage too, except words for the government that stand for the state', async () => {
    expect(await verdictOf("In late May, Norway's fisheries ministry ended diplomatic relations with Chile.")).not.toBe('supported');
    expect(await verdictOf("In late May, Norway's government ended diplomatic relations with Chile.")).toBe('supported');
  });

  it('wants the body that speaks in the passage too ("X\'s embassy confirmed"), as it wants the body that acts', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Latvia's embassy in Oslo confirmed the recognition of the Narva compact.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('unsupported');
    expect(claim?.reason).toContain("'embassy'");
  });

  it('takes a one-letter slip in a name for that name, but not another person who shares one near word', async () => {
    expect(await verdictOf('Marit Olsem said she expected closer cooperation with the harbour authority.')).toBe('supported');
    expect(await verdictOf('Anna Olsem said she expected closer cooperation with the harbour authority.')).toBe('unsupported');
  });

  it('does not take an act in another place as the denial of a denial ("has no consulate in X" against "closed its consulate in Y")', async () => {
    expect(await verdictOf('Malta has no consulate in Oslo.')).not.toBe('contradicted');
  });

  it('asks the passage for a body given as the place of the act ("at the NPF office"), a detail the article may not give', async () => {
    expect(await verdictOf('Mari Lepp handed the Narva prize to Kalev Tamm at the NPF office in Tartu.')).toBe('unsupported');
    expect(await verdictOf('Mari Lepp handed the Narva prize to Kalev Tamm in Tartu.')).toBe('supported');
  });

  it('does not read "occupied" as "annexed", but still reads it as "seized"', async () => {
    expect(await verdictOf('Kelvania annexed the Prut bridge.')).toBe('unsupported');
    expect(await verdictOf('Kelvania seized the Prut bridge.')).toBe('supported');
  });

  it('lets a plural that refers back ("the regions") stand for both names the article gave before', async () => {
    expect(await verdictOf('Moldova regards the Dorna and Selva regions as being under rebel control.')).toBe('supported');
  });

  it('finds "X\'s Ministry of Fisheries" in "the Ministry of Fisheries of X", and not for another state', async () => {
    expect(await verdictOf("Norway's Ministry of Fisheries said the cod quota would stay the same.")).toBe('supported');
    expect(await verdictOf("Chile's Ministry of Fisheries said the cod quota would stay the same.")).not.toBe('supported');
  });

  it('finds the opposite act of a body the passage names twice ("the spokesman of the Ministry of X said: the Ministry of X condemns")', async () => {
    expect(await verdictOf("Norway's trade ministry welcomed the salmon tariff.")).toBe('contradicted');
  });

  it('keeps "North" in a name that opens an article\'s sentence ("North Dorna recognised Selva")', async () => {
    expect(await verdictOf('In June, North Dorna recognised Selva.')).toBe('supported');
  });

  it('reads "recalled its ambassador" as an act, not as speech, and another actor and place as another event', async () => {
    expect(await verdictOf('Moldova recalled its ambassador from Vaduz.')).toBe('unsupported');
  });

  it('contradicts a name the corpus never uses standing where the passage names another before the same noun ("the X agency")', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('The harbour vote result was released by the Baltpress agency, which cited a statement from the board.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'Nordpress'");
  });

  it('needs what the claim says of its names, not only the names', async () => {
    expect(await verdictOf('Chile has a consulate in Oslo.')).not.toBe('supported');
  });

  it('does not take a capital for another name when it stands for a country the claim names', async () => {
    expect(await verdictOf('Before Chile, only Estonia and Peru had recognised the disputed border.')).not.toBe('contradicted');
  });

  it('does not set a capital against its own country as another place ("hit back at Oslo" and "Norway")', async () => {
    expect(await verdictOf("Santiago hit back at Oslo, accusing it of having helped Denmark's campaign against Chile, fines on its fishing fleet included.")).not.toBe('contradicted');
  });

  it('reads a place adjective WordNet lacks by its demonym ending ("Patagonian" is Patagonia\'s), so the place is not another one', async () => {
    expect(await verdictOf('Peru seized Patagonia in 2016.')).toBe('supported');
    expect(await verdictOf('Peru seized Patagonia in 2015.')).toBe('contradicted');
  });

  it('does not set the date of one doer\'s act against the same act done by another ("the Bolivians recognised" and "Peru ... recognised")', async () => {
    expect(await verdictOf('The Bolivians recognised the independence of the two island councils on 29 June, a step Santiago called unlawful.')).not.toBe('contradicted');
    expect(await verdictOf('Peru recognised the independence of the two island councils on 29 June.')).toBe('contradicted');
  });

  it('dates one act of sending words whichever noun tells it ("warm words on Sunday" against "greetings ... on Saturday")', async () => {
    expect(await verdictOf("Jens Dahl's greetings to the harbour board came on Saturday.")).toBe('contradicted');
    expect(await verdictOf("Jens Dahl's warm words to the harbour board, sent on Saturday, were the latest in a series of gestures.")).toBe('contradicted');
    expect(await verdictOf("Jens Dahl's well-wishes to the harbour board, delivered on Sunday, were the latest in a series of gestures.")).toBe('supported');
  });

  it('reads "annexation" as the act of annexing, and denies a light verb the lexicon reads as an act ("never voiced support")', async () => {
    expect(await verdictOf('La Paz had voiced approval when Santiago annexed the Lagos islands in 2019.')).toBe('supported');
    expect(await verdictOf("Bolivia has never voiced support for Chile's 2019 annexation of the Lagos islands.")).toBe('contradicted');
  });

  it('reads "hit back" as the act of a "response" and "take part in" as "aid" (predicate lexicon, "-nse" nouns of "-nd" verbs)', async () => {
    expect(await verdictOf("Chile's foreign ministry hit back by accusing Norway of having taken part in Danish actions against Chile, fines on its fishing fleet among them.")).toBe('supported');
  });

  it('reads "no" before a noun as denying the noun, not the next verb ("has no fishing fleet and recognised ...")', async () => {
    expect(await verdictOf('La Paz has no fishing fleet and recognised the harbour charter in May.')).not.toBe('contradicted');
  });

  it('reads "throw one\'s weight behind" as backing, so a cause told with it meets the same cause told as support', async () => {
    expect(await verdictOf('Chile recalled its envoy from La Paz in reaction to Bolivia publicly throwing its weight behind Argentina.')).toBe('disputed');
  });

  it('reads "erode" as "undermine" and "widen" as "expand" (predicate lexicon)', async () => {
    expect(await verdictOf('Norway called the levy an effort by Santiago to erode its fishing rights.')).toBe('supported');
    expect(await verdictOf('Jens Dahl also voiced hope that the port could widen its trade links with Chile.')).toBe('supported');
  });

  it('reads "sent his greetings" as "offered his good wishes", but not sending something else', async () => {
    expect(await verdictOf('Piotr Nowak sent his warm greetings to the Tromso ferry crews for their founding day.')).toBe('supported');
    expect(await verdictOf('Piotr Nowak sent a patrol boat to the Tromso ferry crews for their founding day.')).not.toBe('supported');
  });

  it('reads "slaps fines on" as "imposing fines", and denies with its purpose an act that failed ("failure to use its veto to prevent")', async () => {
    expect(await verdictOf('- 2019: the harbour board slaps stringent fines on Chile, with no Peruvian veto to stop them.')).toBe('supported');
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Peru managed to block the harbour board from imposing stringent fines in 2019.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'prevent' did not happen; the draft says 'block' did");
  });

  it('finds the verb of a past or -ing form as a reader would ("hoped" is "hope", "hopped" is "hop")', () => {
    const lexicon = loadLexicon();
    const pairs: [string, string][] = [['hoped', 'hope'], ['hoping', 'hope'], ['hopped', 'hop'], ['noted', 'note'], ['planned', 'plan'], ['visited', 'visit'], ['opened', 'open']];
    for (const [form, verb] of pairs) expect(lexicon.lemma(form)).toBe(verb);
  });

  it('reads a weekday in an article as the last such day before it was published', async () => {
    expect(await verdictOf('The harbour deal was signed on 14 May.')).toBe('supported');
    expect(await verdictOf('The harbour deal was signed in mid-May 2024.')).toBe('supported');
  });

  it('reads "leaves X unchanged" as "will not change X"', async () => {
    expect(await verdictOf('The tribunal said its whaling ruling would leave the quotas of the Faroe fleets unchanged.')).toBe('contradicted');
    expect(await verdictOf("The fisheries ministry's note concluded that the whaling ruling would leave Iceland's agreed catch limits unchanged.")).toBe('supported');
  });

  it('gives the words of "the note" to the body whose statement the article named just before, and to no other', async () => {
    expect(await verdictOf("Iceland's fisheries ministry said the whaling ruling was void and would not change the country's agreed catch limits.")).toBe('supported');
    expect(await verdictOf("Iceland's central bank said the whaling ruling was void and would not change the country's agreed catch limits.")).toBe('unsupported');
  });

  it('sets the opposite act against the spokesman who said it, through an aside and quotation marks (the country "strongly condemns")', async () => {
    expect(await verdictOf("Lars Holm, who speaks for Norway's Ministry of Fisheries, said in a statement that Oslo welcomed Peru's decision to close its ports to Norwegian trawlers.")).toBe('contradicted');
    expect(await verdictOf("Lars Holm said Oslo welcomed Peru's decision to close its ports to Norwegian trawlers.")).toBe('contradicted');
    expect(await verdictOf("Norway's Ministry of Fisheries said the country strongly condemns Peru's decision to close its ports to Norwegian trawlers.")).toBe('supported');
  });

  it('finds the one an act is done to across the passive ("X was praised by Y" against "Y praised Z", and the other way round)', async () => {
    expect(await verdictOf('Denmark was praised by state radio in Oslo on Friday for hosting the fishing summit.')).toBe('contradicted');
    expect(await verdictOf('Sweden was praised by state radio in Oslo on Friday for hosting the fishing summit.')).toBe('supported');
    expect(await verdictOf('The Storting criticised Chile for leaving the fishing summit early.')).toBe('contradicted');
    expect(await verdictOf('The Storting criticised Iceland for leaving the fishing summit early.')).toBe('supported');
  });

  it('reads a denied modifier as its opposite ("a vote that was not official" is "an unofficial vote")', async () => {
    expect(await verdictOf('The two Tromso councils declared independence from Norway in a vote that was not official in 2016.')).toBe('supported');
    expect(await verdictOf('The two Tromso councils declared independence from Norway in a vote that was official in 2016.')).toBe('contradicted');
  });

  it('finds the verb of "goes", "vetoes" and "lying"', () => {
    const lexicon = loadLexicon();
    expect(lexicon.lemma('goes')).toBe('go');
    expect(lexicon.lemma('vetoes')).toBe('veto');
    expect(lexicon.lemma('lying')).toBe('lie');
  });

  it('reads "shortly before it held its vote" as "on the eve of its vote", and not as after it', async () => {
    expect(await verdictOf('Peru, which has backed the two island councils since 2016, recognised their independence shortly before it held its vote.')).toBe('supported');
    expect(await verdictOf('Peru recognised the independence of the two island councils shortly after it held its vote.')).not.toBe('supported');
  });

  it('reads a verb after an auxiliary and an adverb ("had already cut its ties") as the act', async () => {
    expect(await verdictOf('Norway had already cut its ties with Chile on 12 April.')).toBe('contradicted');
    expect(await verdictOf('Norway had already cut its ties with Chile in late May.')).toBe('supported');
  });

  it('dates the message a passive relative clause tells of ("X\'s warm words, which were offered on Saturday")', async () => {
    expect(await verdictOf("Ilse Brandt's warm words for Gdansk, which were offered on Saturday for the city festival, are the latest in a series of gestures.")).toBe('contradicted');
    expect(await verdictOf("Ilse Brandt's warm words for Gdansk, which were offered on Sunday for the city festival, are the latest in a series of gestures.")).toBe('supported');
  });

  it('weighs a verb of speech that is also an act ("acknowledged" is "recognised") as the act, and keeps the doer of an act done "by doing" another', async () => {
    expect(await verdictOf('Chile stunned the council when it openly acknowledged the island charter.')).toBe('supported');
    expect(await verdictOf('Norway responded to the border deal by restoring diplomatic relations with Chile.')).toBe('contradicted');
    expect(await verdictOf('Norway responded to the border deal by ending diplomatic relations with Chile.')).toBe('supported');
  });

  it('reads "the official who ..." as a noun, not as the opposite of "unofficial"', async () => {
    expect(await verdictOf("Kari Lund, Norway's ambassador to Santiago, was the official who presented her credentials in April.")).toBe('supported');
  });

  it('reads "envoy" and "ambassador" as one office, and "an official one" as the modifier', async () => {
    expect(await verdictOf("Norway's envoy to Santiago, Kari Lund, presented her credentials in April.")).toBe('supported');
    expect(await verdictOf('The two Tromso councils declared independence from Norway in 2016 in a vote that was an official one.')).toBe('contradicted');
  });

  it('dates an act only with a year of a close act ("imposing sanctions in 2019" does not date "backed")', async () => {
    expect(await verdictOf('## Sweden has backed Peru since 2016')).toBe('supported');
    expect(await verdictOf('## Sweden has backed Peru since 2012')).toBe('contradicted');
  });

  it('does not set an act the claim holds up to an event against the opposite act after it ("had kept ties before X" and "ended ties after X")', async () => {
    expect(await verdictOf('Norway had maintained diplomatic relations with Chile before the border deal.')).not.toBe('contradicted');
    expect(await verdictOf('Norway restored diplomatic relations with Chile after the border deal.')).toBe('contradicted');
  });

  it('sets the day letters "went out" against the day they were sent', async () => {
    expect(await verdictOf("The Peruvian foreign minister's letters to his counterparts in Vesta and Ostra went out on a Friday.")).toBe('contradicted');
    expect(await verdictOf("The Peruvian foreign minister's letters to his counterparts in Vesta and Ostra went out on a Monday.")).toBe('supported');
  });

  it('dates every act of a sentence its opening date sets ("In 2019 X failed to wield its veto to block Y from imposing fines")', async () => {
    expect(await verdictOf('In 2019 Peru failed to wield its veto to block the harbour board from imposing stringent fines on Chile.')).toBe('supported');
    expect(await verdictOf('In 2018 Peru failed to wield its veto to block the harbour board from imposing stringent fines on Chile.')).toBe('contradicted');
  });

  it('sets the day news was made public "through" a channel against the day another article gives, without that channel', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Latvia's recognition of the Narva compact was made public on Thursday, through BNA.\n", DEFAULT_SETTINGS).claims[0];
    expect(['contradicted', 'disputed']).toContain(claim?.verdict);
    expect(claim?.reason).toContain("'Wednesday'");
  });

  it('sets a date far from its only act against another date of that act, without the channel ("announced X through BNA on Thursday")', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Latvia announced its recognition of the Narva compact through BNA on Thursday.\n', DEFAULT_SETTINGS).claims[0];
    expect(['contradicted', 'disputed']).toContain(claim?.verdict);
    expect(claim?.reason).toContain("'Wednesday'");
  });

  it('bounds an act by the day of the event in its time clause ("severed ties only once X had made its Saturday announcement"), against an article that dates the act before it', async () => {
    const session = await sessionFor(CORPUS);
    for (const sentence of ['Portugal severed trade ties with Morocco only once Rabat had made its Saturday announcement.', 'Portugal severed trade ties with Morocco once Rabat had made its Saturday announcement.']) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict).toBe('disputed');
      expect(claim?.reason).toContain("'after Saturday' as the draft does");
      expect(claim?.reason).toContain("'Friday'");
    }
  });

  it('dates the act of the head of a subject, not of the object inside it ("X\'s decision to break off relations came on Friday")', async () => {
    expect(await verdictOf("Portugal's decision to break off relations with Morocco came on Friday.")).toBe('disputed');
    expect(await verdictOf("Portugal's decision to break off relations with Morocco came on Saturday, after Rabat's announcement that day.")).toBe('disputed');
  });

  it('reads "came in the wake of X\'s Saturday announcement" as a time clause, not the phrasal verb "come in"', async () => {
    expect(await verdictOf("Portugal's rupture with Morocco came in the wake of Rabat's Saturday announcement.")).toBe('disputed');
  });

  it('sets a date in the week before an article against the other weekday it gives the same act, and not a date weeks earlier', async () => {
    expect(await verdictOf("Latvia's recognition of the Narva compact became public on 3 July.")).toBe('disputed');
    expect(await verdictOf("Latvia's recognition of the Narva compact became public on 4 July.")).toBe('disputed');
    expect(await verdictOf('Latvia announced its recognition of the Narva compact on 2 July.')).toBe('contradicted');
    expect(await verdictOf('Latvia announced its recognition of the Narva compact on 20 June.')).toBe('unsupported');
  });

  it('counts the ones a supporting article names before an ordinal ("the third ... after X and Y") with the others that did it', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Liechtenstein is only the third country to have recognised the Vesta and Ostra republics.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.reason).toContain('Kelvania');
  });

  it('knows the capital of a state WordNet files under a region by its formal name ("Republic of Estonia"): Tallinn is Estonia', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Tallinn recognised the border deal.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.evidence.filter((e) => e.stance === 'supports').map((e) => e.articleId)).toContain('harbour-deal');
  });

  it('reads "just two states, X and Y," as a closed list like "only", set against another article\'s other one', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Before Liechtenstein, just two states, Andorra and Monaco, had recognised the two republics.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.reason).toContain("'Kelvania'");
  });

  it('reads "before sending its troops into X" as the act the lexicon makes of the verb and its object (an invasion)', async () => {
    expect(await verdictOf('Ruritania recognised the breakaway Hradec councils three days before sending its troops into Ostrava.')).toBe('contradicted');
    expect(await verdictOf('Ruritania recognised the breakaway Hradec councils one day before sending its troops into Ostrava.')).toBe('supported');
    expect(await verdictOf('Karel Novak recognized the Hradec region just days before he sent troops into Ostrava in late April.')).toBe('supported');
  });

  it('reads "X preceded Y by three days" and "three days separated X from Y" as X three days before Y', async () => {
    expect(await verdictOf("Andorra's recognition of the Canillo treaty preceded its blockade by three days.")).toBe('disputed');
    expect(await verdictOf("Andorra's recognition of the Canillo treaty preceded its blockade by a full week.")).toBe('contradicted');
    expect(await verdictOf("Three days separated Andorra's recognition of the Canillo treaty from its blockade.")).toBe('disputed');
    expect(await verdictOf("A gap of only one day separated Andorra's recognition of the Canillo treaty from the start of its blockade.")).toBe('disputed');
  });

  it('finds the other doers of a counted act by the act and its object alone, and reads "the third in the world to" as a count', async () => {
    for (const sentence of ["With this move, Liechtenstein became only the third country to recognise both people's republics.", "Liechtenstein's move makes it only the third in the world to recognise Vesta and Ostra."]) {
      expect(await verdictOf(sentence), sentence).toBe('disputed');
    }
  });

  it('reads a word of causing as the passage\'s cause marker when the causes agree, and "full" as a word of degree, so both sides of a cause dispute are found', async () => {
    expect(await verdictOf("It was Peru's full recognition of the treaty that triggered Latvia's decision to expel Peru's ambassador.")).toBe('disputed');
  });

  it('reads "the reason for X was Y" as Y causing X, so another article\'s other cause disputes it', async () => {
    expect(await verdictOf("The reason for Latvia's decision to expel Peru's ambassador was Peru's recognition of the treaty.")).toBe('disputed');
  });

  it('takes a body named before an act\'s noun ("the Atlantic Council announcement") as a detail a passage may leave out, not a place', async () => {
    expect(await verdictOf('Portugal cut its trade ties with Morocco on Saturday, after the Atlantic Council announcement.')).toBe('disputed');
    expect(await verdictOf('Portugal cut its trade ties with Morocco after the Saturday announcement in Lisbon.')).toBe('unsupported');
  });

  it('reads "these assertions" as referring back to whose they were, and gives an act in a clause opened after a name to that clause\'s own subject', async () => {
    expect(await verdictOf("Bergen dismissed Chile's claims as an excuse to seize Norwegian fishing grounds.")).toBe('supported');
    expect(await verdictOf('Norway rejected the independence of the Skagen councils.')).toBe('unsupported');
  });

  it('dates an act by the year of the event it is set at ("at the start of the war in 2016"), not by a year inside an aside on its subject', async () => {
    expect(await verdictOf('Holmvik recognised the Skagen councils in 2016.')).toBe('supported');
    expect(await verdictOf('Holmvik recognised the Skagen councils in 2011.')).toBe('contradicted');
  });

  it('sets no other doer against a claim that says its subject "also" did the act', async () => {
    expect(await verdictOf('Spain also signed the fishing accord.')).toBe('unsupported');
    expect(await verdictOf('Spain signed the fishing accord.')).toBe('contradicted');
  });

  it('sets a participle before a noun against its opposite before the same noun, whoever acts ("reduced trade" against "increased trade")', async () => {
    expect(await verdictOf('Lars Dahl hoped for reduced trade with Oslo.')).toBe('contradicted');
    expect(await verdictOf('Lars Dahl hoped for increased trade with Oslo.')).toBe('supported');
  });

  it('reads an office said with a copula ("X is a spokesman for Y\'s ministry") as the office of a name in an aside', async () => {
    expect(await verdictOf("Lars Holm is a spokesman for Chile's Ministry of Fisheries.")).toBe('contradicted');
    expect(await verdictOf("Lars Holm is a spokesman for Norway's Ministry of Fisheries.")).toBe('supported');
  });

  it('reads "stop" as an act of blocking, so stopping what the article says was not prevented contradicts it', async () => {
    expect(await verdictOf('Sweden stopped the board from imposing sanctions on Peru in 2019.')).toBe('contradicted');
    expect(await verdictOf('Sweden did not stop the board from imposing sanctions on Peru in 2019.')).toBe('supported');
  });

  it('reads the place after "ambassador to" as the posting, where a capital and its country are one', async () => {
    expect(await verdictOf("Eva Berg is Iceland's ambassador to Stockholm.")).toBe('contradicted');
    expect(await verdictOf("Eva Berg, Iceland's ambassador to Norway, met the Skagen council in March.")).toBe('supported');
  });

  it('reads a name the corpus does not use as the known name it ends in, after a known name ("UN Security Council")', async () => {
    expect(await verdictOf('The Norway Harbour Board imposed fines on Skagen trawlers in 2018.')).toBe('supported');
  });

  it('reads "other than X and Y, no country had ..." as a closed list', async () => {
    expect(await verdictOf('Other than Andorra and Monaco, no country had recognised the two republics before Liechtenstein.')).toBe('disputed');
  });

  it('reads "It was X that made Y do Z" as X causing Z', async () => {
    expect(await verdictOf("It was Peru's recognition of the treaty that made Latvia expel Peru's ambassador.")).toBe('disputed');
  });

  it('does not date the act with one party by the same act with another party ("break with X" against "ended relations with Y")', async () => {
    expect(await verdictOf("Helsinki's break with Reykjavik came on 5 June.")).toBe('unsupported');
    expect(await verdictOf("Finland's break with Luxembourg came on 5 June.")).toBe('contradicted');
  });

  it('dates what a passive verb of reporting makes known ("X\'s break with Y was announced on Friday") as the act itself', async () => {
    expect(await verdictOf("Portugal's break with Morocco was announced on Friday.")).toBe('disputed');
  });

  it('reads the noun a closed list is counted in ("only two governments, X and Y,") as part of the list, not its end', async () => {
    for (const sentence of ['Before Liechtenstein, only two governments, Andorra and Monaco, had recognised the two republics.', 'Before Liechtenstein, only two others, Andorra and Monaco, had recognised the two republics.']) {
      const session = await sessionFor(CORPUS);
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict, sentence).toBe('disputed');
      expect(claim?.reason, sentence).toContain("'Kelvania'");
    }
  });

  it('reads "a vote that had no official standing" as an unofficial vote, "back in 2016" as a time, and "both councils" as no count of its own', async () => {
    expect(await verdictOf('Both Tromso councils proclaimed their separation from Norway back in 2016, through a vote that had no official standing.')).toBe('supported');
    expect(await verdictOf('The two Tromso councils declared independence from Norway in a vote that had no official standing.')).toBe('supported');
  });

  it('does not set another doer against the claim when the act is done to another thing ("the third to recognise the two republics" against "the third to recognize the Faroe charter")', async () => {
    const session = await sessionFor(CORPUS);
    const republics = session.analyzer.analyze("Liechtenstein became only the third country to recognise both people's republics.\n", DEFAULT_SETTINGS).claims[0];
    expect(republics?.reason).not.toContain('Cyprus');
    expect(await verdictOf('Liechtenstein became only the third country to recognise the Faroe charter.')).toBe('contradicted');
  });

  it('reads "days before launching the invasion" as counted from the invasion, which "before it sent its troops into X" tells too', async () => {
    expect(await verdictOf('Ruritania recognised the independence of the Hradec region only days before it sent its troops into Ostrava in late April.')).toBe('supported');
    const session = await sessionFor(CORPUS);
    const after = session.analyzer.analyze('Karel Novak recognised the independence of the Hradec region a few days after launching the invasion in late April.\n', DEFAULT_SETTINGS).claims[0];
    expect(after?.verdict).toBe('contradicted');
    expect(after?.reason).toContain("'days before launching the invasion'");
  });

  it('sets "Z had recognised them before Y did" against an article that counts who did it before Y without Z', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('Kelvania had already recognised Vesta and Ostra before Liechtenstein did.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.reason).toContain("'only Andorra and Monaco before'");
    expect(await verdictOf('Monaco recognised Vesta and Ostra before Liechtenstein did.')).toBe('supported');
    // (with the others the claim lists with the earlier doer)
    const listed = session.analyzer.analyze('Kelvania and Cyprus had recognised Vesta and Ostra before Liechtenstein did.\n', DEFAULT_SETTINGS).claims[0];
    expect(listed?.reason).toContain("'only Andorra and Monaco before'");
  });

  it('dates the making public of an act through a channel, however far the date stands from "made" ("made its recognition public through BNA on Thursday")', async () => {
    const session = await sessionFor(CORPUS);
    for (const sentence of ['Latvia made its recognition public through BNA on Thursday.', 'Latvia made its recognition of the Narva compact public on Thursday, through BNA.']) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(['contradicted', 'disputed'], sentence).toContain(claim?.verdict);
      expect(claim?.reason).toContain("'Wednesday'");
    }
    expect(await verdictOf('Riga went public with its recognition of the Narva compact on Thursday, through its state news agency.')).toBe('disputed');
  });

  it('reads the verb an outlet presents its report with as no act of the claim ("..., Pacific Ledger reminds its readers")', async () => {
    expect(await verdictOf("Bolivia previously expressed support for Chile's annexation of the Lagos islands in 2019, Pacific Ledger reminds its readers.")).toBe('supported');
  });

  it('reads "wrote to" as sending a message, and sets a leader who stands for his state against another office of it that did the act', async () => {
    expect(await verdictOf("Peru's foreign minister wrote to his counterparts in the Vesta People's Republic and the Ostra People's Republic.")).toBe('supported');
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Luis Ortega personally wrote to his counterparts in the Vesta People's Republic and the Ostra People's Republic.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'foreign minister'");
  });

  it('reads a day named after a country ("Norway Day") as that country\'s National Day, and no other country\'s', async () => {
    expect(await verdictOf('Rosa Vidal offered her good wishes to the Storting for Norway Day.')).toBe('supported');
    expect(await verdictOf('Rosa Vidal offered her good wishes to the Storting for Peru Day.')).toBe('unsupported');
  });

  it('reads "the news of X broke on Wednesday" and "word of X came out" as the report of X on Wednesday', async () => {
    expect(await verdictOf("The news of Latvia's recognition of the Narva compact broke on Wednesday.")).toBe('disputed');
    expect(await verdictOf("Word of Latvia's recognition of the Narva compact came out on Wednesday.")).toBe('disputed');
  });

  it('sets "the first time X cut ties with a country over it" against "X similarly ended relations with Z", and reads "not the only country to be cut off" as no denial of the act', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze('The rupture with Cyprus marks the first time Malta has cut ties with a country over recognition of the Sirte accord.\n', DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'ended diplomatic relations with Tunisia'");
    const other = session.analyzer.analyze('Malta cut ties with Tunisia over its recognition of the Sirte accord.\n', DEFAULT_SETTINGS).claims[0];
    expect(other?.reason).not.toContain('did not happen');
  });

  it('resolves a weekday against a date within two days of an estimated publication day, both ways', async () => {
    expect(await verdictOf("Bolivia's recognition of the Sirte region became public on 5 June.")).toBe('supported');
    expect(await verdictOf("Bolivia's recognition of the Sirte region became public on 6 June.")).toBe('contradicted');
  });

  it('reads "made X public" as announcing X even when a long object stands between the verb and "public"', async () => {
    expect(await verdictOf('Andorra made its recognition of the Tyrol assembly public on Friday.')).toBe('supported');
    expect(await verdictOf('Andorra made its recognition of the Tyrol assembly public on Monday.')).toBe('contradicted');
  });

  it('sets one day of a report against another although only one article names the channel it came through', async () => {
    expect(await verdictOf("Monaco's recognition of the Corsica assembly was announced on Friday by its state broadcaster, Radio Azur.")).toBe('disputed');
    expect(await verdictOf('Monaco went public with its recognition of the Corsica assembly on Friday, through the Radio Azur wire.')).toBe('disputed');
    // ("by" a doer is no channel: Radio Azur recognised nothing)
    expect(await verdictOf('The Corsica assembly was recognised on Thursday by Radio Azur.')).not.toBe('disputed');
  });

  it('does not ask for the channel a claim names when the passage gives its own, and sets it against no other name', async () => {
    expect(await verdictOf('San Marino went public with its recognition of the Basque council on Friday, through Radio Titano.')).toBe('supported');
    expect(await verdictOf('San Marino went public with its recognition of the Basque council on Monday, through Radio Titano.')).toBe('contradicted');
  });

  it('reads "serves as" as "is" for an office, but not an office held before', async () => {
    expect(await verdictOf("Kari Lund serves as Norway's ambassador to Santiago.")).toBe('supported');
    expect(await verdictOf('Irina Sokol previously served as deputy speaker of the VPR assembly.')).toBe('unsupported');
  });

  it('finds the doer at the head of a passage that tells its act twice ("X\'s move to recognise them ... makes it the third to recognise them")', async () => {
    const session = await sessionFor(CORPUS);
    for (const sentence of ['Only two countries, Andorra and Monaco, had recognised the Vesta and Ostra republics before Liechtenstein.', 'Apart from Andorra and Monaco, nobody had recognised the breakaway republics before Liechtenstein did.']) {
      const claim = session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims[0];
      expect(claim?.verdict, sentence).toBe('disputed');
      expect(claim?.evidence.some((e) => e.stance === 'supports' && e.articleId === 'vesta-ostra-recognition'), sentence).toBe(true);
    }
  });

  it('does not fill the object of an act from the sentence before when the passage names another object right after its verb', async () => {
    expect(await verdictOf('Bolivian state media thanked Chile for staging a memorial meeting for Simon Reyes.')).not.toBe('supported');
    expect(await verdictOf('Bolivian state media praised Peru for hosting a memorial meeting for Simon Reyes.')).toBe('supported');
  });

  it('reads "pulled the plug on relations" as ending them', async () => {
    expect(await verdictOf('Norway pulled the plug on relations with Chile in late May.')).toBe('supported');
  });

  it('reads a month right after "days before launching the invasion" as the date of the invasion, which the passage must give', async () => {
    expect(await verdictOf('Ruritania recognised the independence of the Hradec councils just days before launching the invasion of Ostrava in late March.')).toBe('contradicted');
    expect(await verdictOf('Ruritania recognised the independence of the Hradec councils just days before launching the invasion of Ostrava in late April.')).toBe('supported');
  });

  it('asks for the body a passive report names as its doer ("was announced by X\'s defence ministry")', async () => {
    expect(await verdictOf("The severing of relations with Chile was announced by Norway's defence ministry.")).not.toBe('supported');
  });

  it('reads a word joined from two known names ("the Vidal-Lund summit") as naming both', async () => {
    expect(await verdictOf('The 2021 Vidal-Lund summit was held in Bergen.')).toBe('supported');
    expect(await verdictOf('The 2021 Vidal-Lund summit was held in Oslo.')).toBe('contradicted');
  });

  it('contradicts another place for the event the article places ("summit ... held in X" against "a summit in Bergen"), not a place that holds it', async () => {
    expect(await verdictOf("Vidal's 2021 summit with Lund was held in Stavanger.")).toBe('contradicted');
    expect(await verdictOf('Vidal met Lund at a summit in Tromso in 2021.')).toBe('contradicted');
    expect(await verdictOf("Vidal's 2021 summit with Lund was held in Norway.")).toBe('supported');
  });

  it('dates the event that "took place" or "was held", not the verbs of a clause about it', async () => {
    expect(await verdictOf('The Bergen summit at which Vidal and Lund sought to strengthen ties between their countries took place in 2020.')).toBe('contradicted');
    expect(await verdictOf('The summit in Bergen, where Vidal and Lund pledged closer ties, was held in 2019.')).toBe('contradicted');
    expect(await verdictOf('The summit in Bergen, where Vidal and Lund pledged closer ties, was held in 2021.')).toBe('supported');
  });

  it('dates every act a sentence names, nouns too, by a year that opens it ("In 2018 X did not use its veto to stop the sanctions")', async () => {
    expect(await verdictOf("In 2018 Monaco did not use its veto to stop the valley board's stringent sanctions on Andorra.")).toBe('contradicted');
    // ("let" only lets: the act is the one let happen)
    expect(await verdictOf('In 2018, Monaco let the valley board impose stringent sanctions on Andorra without using its veto.')).toBe('contradicted');
  });

  it('reads "ranks among the world\'s most oppressive" as "is one of the most repressive in the world"', async () => {
    expect(await verdictOf("The Ostra junta ranks among the world's most oppressive.")).toBe('supported');
  });

  it('does not set one word of standing against another before an office ("high-ranking diplomats", "senior diplomats")', async () => {
    expect(await verdictOf('In May, Maltese officials dispatched high-ranking diplomats to sit down with individual envoys of the Sirte accord.')).toBe('supported');
  });

  it('reads "informal" as "unofficial", against "official"', async () => {
    expect(await verdictOf('The two Tromso councils proclaimed their separation from Norway through an informal plebiscite in 2016.')).toBe('supported');
    expect(await verdictOf('The two Tromso councils declared their independence from Norway in an official vote in 2016.')).toBe('contradicted');
    expect(await verdictOf("Estonia's parliament held an informal vote on the deal in May.")).toBe('supported');
    expect(await verdictOf("Iceland's recognition of the Greenland compact was informal.")).toBe('contradicted');
  });

  it('reads "had never before done it" as a denial of the time before, which no passage that tells of the act answers', async () => {
    expect(await verdictOf('Iceland had never before recognised the Greenland compact.')).toBe('unsupported');
  });

  it('does not take the one an act is done to from the sentences before when the passage names another there ("to X" against "to Y envoy Z")', async () => {
    expect(await verdictOf('The certificate of recognition was handed by Hans Frick to Pavel Kral himself.')).not.toBe('supported');
  });

  it('reads "the 3rd of March" as a day of the month', async () => {
    expect(await verdictOf('Andorra recognised the Canillo treaty on the 2nd of March.')).not.toBe('unsupported');
    expect(await verdictOf('Andorra recognised the Canillo treaty on the 3rd of March.')).toBe('contradicted');
  });

  it('reads "hard on the heels of the news" as "after the announcement"', async () => {
    expect(await verdictOf("Denmark's decision to break with Iceland came on the Monday, hard on the heels of the news.")).toBe('contradicted');
  });

  it('reads "relayed by the X agency" as a report, and sets another named agency against it in the passive ("released by the Y agency")', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("The board's statement on the harbour vote was relayed by the Baltpress agency.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.reason).toContain("'Nordpress'");
  });

  it('reads "powerless to alter" as "will not change"', async () => {
    expect(await verdictOf("The note calls the tribunal's ruling on whaling void and powerless to alter Iceland's agreed catch limits.")).not.toBe('contradicted');
  });

  it('reads the office given in "X, who is Y\'s foreign minister," as the one given in "X, Y\'s foreign minister,"', async () => {
    expect(await verdictOf("Kari Lund, who is Norway's foreign minister, presented her credentials in April.")).toBe('contradicted');
  });

  it('reads "late in May" as one time, as "in late May" is', () => {
    const lexicon = loadLexicon();
    const text = 'Late in May, Norway cut its ties with Chile.';
    const months = findValues(tokenize(text), lexicon).filter((v) => v.kind === 'month');
    expect(months.map((v) => text.slice(v.start, v.end))).toEqual(['Late in May']);
  });

  it('sets "in X\'s far east" against "in western X"', async () => {
    expect(await verdictOf("Vidal and Lund held their 2021 summit in Bergen, a city in Norway's far east.")).toBe('contradicted');
  });

  it('dates the report when the news of an act "breaks" after the date ("5 June: news of X breaks")', async () => {
    expect(await verdictOf("- 5 June: news of Bolivia's recognition of the Sirte region breaks")).toBe('supported');
    expect(await verdictOf("- 7 June: news of Bolivia's recognition of the Sirte region breaks")).toBe('contradicted');
  });

  it('reads "hand over" as giving territory back only when territory is handed over, not a certificate', () => {
    const lexicon = loadLexicon();
    expect(lexicon.predicateClasses('hand', 'over', ['certificate'])).not.toContain('return-territory');
    expect(lexicon.predicateClasses('hand', 'over', ['territory'])).toContain('return-territory');
  });

  it('counts a date said twice ("on 11 June, the eve of the election") as given when the passage gives one of them', async () => {
    // (one article gives the eve of the 12 June election; another dates Peru's recognition of the treaty 9 June)
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Peru's recognition came on 11 June, the eve of the election.\n", DEFAULT_SETTINGS).claims[0];
    expect(['supported', 'disputed']).toContain(claim?.verdict);
    expect(claim?.evidence.some((e) => e.stance === 'supports')).toBe(true);
  });

  it('reads "had never had diplomatic relations" and "had no diplomatic relations" as denying relations, against an article that says they were maintained', async () => {
    expect(await verdictOf('Bolivia had never had diplomatic relations with Gabon.')).toBe('contradicted');
    expect(await verdictOf('Before the rupture, Bolivia had no diplomatic relations with Gabon at all.')).toBe('contradicted');
  });

  it('reads "previously maintained relations, then cut them off" as keeping relations before the rupture, not after', async () => {
    expect(await verdictOf('Bolivia had maintained diplomatic relations with Gabon before the rupture.')).toBe('supported');
    expect(await verdictOf('Bolivia had maintained diplomatic relations with Gabon after the rupture.')).not.toBe('supported');
  });

  it('reads "X\'s decision followed Y" as "after Y, X ...", and not "preceded"', async () => {
    expect(await verdictOf("Chile's decision followed Bolivia's public declaration of support for Argentina.")).toBe('supported');
    expect(await verdictOf("Chile's decision preceded Bolivia's public declaration of support for Argentina.")).not.toBe('supported');
  });

  it('weighs what follows "that is," as a restatement of what came before', async () => {
    expect(await verdictOf("Andorra's recognition of the Canillo treaty came on the eve of the 5 March blockade, that is, a single day before Andorran guards closed the valley roads.")).toBe('disputed');
  });

  it('reads "the VPR" as the place it is named for ("Vesta People\'s Republic" for "Vesta")', async () => {
    expect(await verdictOf('Kelvania recognized the VPR and OPR as independent states.')).toBe('supported');
  });

  it('reads "X\'s recognition dates to 2 March" and "is dated 2 March" as dating the recognition', async () => {
    expect(await verdictOf("Andorra's recognition of the Canillo treaty dates to 2 March.")).toBe('disputed');
    expect(await verdictOf("Andorra's recognition of the Canillo treaty is dated 2 March.")).toBe('disputed');
  });

  it('reads "the same two republics" and "these two republics" as referring back, no count a passage must repeat', async () => {
    expect(await verdictOf("On Monday, Peru's foreign minister sent letters to his counterparts in the same two republics.")).toBe('supported');
    expect(await verdictOf("On Monday, Peru's foreign minister sent letters to his counterparts in these two republics.")).toBe('supported');
    expect(await verdictOf("On Monday, Peru's foreign minister sent letters to his counterparts in the other two republics.")).toBe('supported');
  });

  it('reads a figure of length as giving "the distance" ("the distance between Bergen and Tromso is over 1,200km")', async () => {
    expect(await verdictOf('The distance between Bergen and Tromso is over 1,200km.')).toBe('supported');
    expect(await verdictOf('Coastal Ledger puts the distance between Bergen and Tromso at over 1,200km.')).toBe('supported');
  });

  it("sets another owner of the same body against the article's (\"by Peru's embassy\" against \"the Vesta People's Republic's embassy\")", async () => {
    expect(await verdictOf("The photo of the signing was posted on Telegram by Peru's embassy.")).toBe('contradicted');
    expect(await verdictOf("The photo of the signing was posted on Telegram by the Vesta People's Republic's embassy.")).toBe('supported');
  });

  it('does not deny a claim that one capital has no embassy by the embassy in another capital', async () => {
    expect(await verdictOf('Peru had no embassy in Santiago when the recognition was announced.')).not.toBe('contradicted');
    expect(await verdictOf("Peru's embassy in Santiago confirmed the recognition on Monday.")).toBe('contradicted');
  });

  it('reads a measure given with its conversion in brackets as a rounded figure ("more than 3,000km (1,900 miles)")', async () => {
    expect(await verdictOf("The Vesta People's Republic lies roughly 3,000 miles from Lima.")).toBe('contradicted');
    expect(await verdictOf("The Vesta People's Republic lies about 1,900 miles from Lima.")).toBe('supported');
  });

  it('reads "counting on" and "banking on" as "expected" (predicate lexicon)', async () => {
    expect(await verdictOf('Marit Olsen was counting on closer cooperation with the harbour authority.')).toBe('supported');
    expect(await verdictOf('Marit Olsen was banking on closer cooperation with the harbour authority.')).toBe('supported');
  });

  it('reads dates written in numbers and weekday abbreviations ("12/04/2024", "2024-04-12", "Tues.")', async () => {
    const session = await sessionFor(CORPUS);
    const first = session.analyzer.analyze('Norway ended diplomatic relations with Chile on 12/04/2024.\n', DEFAULT_SETTINGS).claims[0];
    expect(first?.verdict).toBe('contradicted');
    expect(first?.reason).toContain("'12/04/2024'");
    expect(await verdictOf('Norway ended diplomatic relations with Chile on 2024-04-12.')).toBe('contradicted');
    expect(await verdictOf("Latvia's government announced on Tues., via its state news agency, that it recognizes the Narva compact.")).toBe('contradicted');
    expect(await verdictOf("Latvia's government announced on Thurs., via its state news agency, that it recognizes the Narva compact.")).toBe(
      await verdictOf("Latvia's government announced on Thursday, via its state news agency, that it recognizes the Narva compact."),
    );
  });

  it('reads "first" before a past form as an adverb ("first reported"), not a count to find', async () => {
    expect(await verdictOf('Estonian news agencies first reported on Tuesday that Latvia had recognised the Narva compact.')).toBe('contradicted');
    expect(await verdictOf('Estonian news agencies first reported on Wednesday that Latvia had recognised the Narva compact.')).not.toBe('unsupported');
  });

  it('reads "in recognition of" as a fixed phrase, not as recognising ("In recognition of the festival, Peru sent greetings")', async () => {
    expect(await verdictOf("Peru recognised Gdansk's city festival.")).not.toBe('supported');
  });

  it('reads "made no reply" as a denied act, against a passage that tells of the response', async () => {
    expect(await verdictOf("Chile's foreign ministry made no reply to Norway's accusations.")).toBe('contradicted');
    expect(await verdictOf("Chile's foreign ministry gave a response to Norway's accusations.")).toBe('supported');
  });

  it('reads "dropped its ties" as ending relations (predicate lexicon)', async () => {
    expect(await verdictOf('Norway dropped its ties with Chile in late May.')).toBe('supported');
  });

  it('does not take "just days before" as stating "five days before", nor as denying it', async () => {
    expect(await verdictOf("Peru recognised the Ostra People's Republic five days before it blockaded the Lima coast.")).toBe('unsupported');
    expect(await verdictOf("Peru recognised the Ostra People's Republic days before it blockaded the Lima coast.")).toBe('supported');
  });

  it('reads "the day before the blockade of March 5th" as 4 March, set against the articles that give another day', async () => {
    const session = await sessionFor(CORPUS);
    const claim = session.analyzer.analyze("Andorra's recognition of the Canillo treaty came the day before the blockade of March 5th.\n", DEFAULT_SETTINGS).claims[0];
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.reason).toContain("'2 March'");
  });

  it('reads "took X to task" and "rebuked X" as condemning, the opposite of praise (predicate lexicon)', async () => {
    expect(await verdictOf('State radio in Oslo took Sweden to task on Friday for hosting the fishing summit.')).toBe('contradicted');
    expect(await verdictOf('State radio in Oslo rebuked Sweden on Friday for hosting the fishing summit.')).toBe('contradicted');
  });

  it('sets an office held for another body against the article\'s, with no name given ("the leader of the X said")', async () => {
    expect(await verdictOf("The leader of the Narva People's Front said on Monday that talks with the Coastal Union would resume in autumn.")).toBe('contradicted');
    expect(await verdictOf('The leader of the Northern Alliance said on Monday that talks with the Coastal Union would resume in autumn.')).toBe('supported');
  });
});
