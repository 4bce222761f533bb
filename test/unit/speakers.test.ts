/**
 * Who says a quotation in an article, as a writer would read it: "which it calls ..." gives the
 * words to the body named before, and "the X" is a body, not a person. The corpus is a small one
 * written for the tests.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/core/analysis/draftAnalyzer';
import { sessionFor } from '../helpers/session';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpora', 'paraphrases');

describe('speakers of quotations in articles', () => {
  it('gives "which it calls ..." to the body named before and flags a draft that gives the words to a person', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('Kari Lund calls the levy a "fair share for the coast".\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
    expect(quote?.message).toContain('Storting');
  });

  it('reads an inflected verb of speech after "the" and a known name as that name\'s ("The NPF vowed a \'...\'")', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('The NPF vowed a "fair share for the coast".\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
    expect(quote?.message).toContain('not NPF');
  });

  it('takes the subject as the speaker of a draft quotation when an aside stands between them', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('Kari Lund, for her part, pledged a "fair share for the coast".\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
  });

  it('prefers a person to another name before a quotation with no verb of speech', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('At the Harbour Day fair, Kari Lund defended the levy as a "fair share for the coast".\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
  });

  it('gives words with no verb of speech to the subject, not to a name after a verb or preposition, even when the subject is a description', async () => {
    const session = await sessionFor(CORPUS);
    const wrong = session.analyzer.analyze('Piotr Nowak, in turn, praised Ilse Brandt for her "steady hand on the harbour".\n', DEFAULT_SETTINGS);
    expect(wrong.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-misattributed');
    const right = session.analyzer.analyze('Ilse Brandt praised Piotr Nowak for his "steady hand on the harbour".\n', DEFAULT_SETTINGS);
    expect(right.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-verbatim');
  });

  it('flags words given to another person who serves the same state ("X envoy Y" for what "X leader Z" said)', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('VPR envoy Irina Sokol said she expected “fruitful trade” with Liechtenstein.\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
    expect(quote?.message).toContain('Anton Volk');
  });

  it('reads two quoted words a body judges ("X\'s ministry praised it as a \'...\'") as words given to it, but not a label before a noun', async () => {
    const session = await sessionFor(CORPUS);
    const given = session.analyzer.analyze('Chile’s foreign ministry praised the levy as a “fair share”.\n', DEFAULT_SETTINGS);
    expect(given.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-misattributed');
    const label = session.analyzer.analyze('Chile’s foreign ministry condemned the “fair share” levy.\n', DEFAULT_SETTINGS);
    expect(label.findings.find((f) => f.kind === 'quote')?.code).not.toBe('quote-misattributed');
  });

  it('checks who used one quoted word when the draft says a person used it, and only against an article that quotes it too', async () => {
    const session = await sessionFor(CORPUS);
    const wrong = session.analyzer.analyze('Kari Lund repeated that the coast had to be protected from "overfishing".\n', DEFAULT_SETTINGS);
    expect(wrong.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-misattributed');
    const label = session.analyzer.analyze('The levy was meant to protect the coast from "overfishing".\n', DEFAULT_SETTINGS);
    expect(label.findings.find((f) => f.kind === 'quote')?.code).not.toBe('quote-misattributed');
  });

  it('lets a capital speak for a body named for its state ("Santiago\'s fisheries ministry" for "the Ministry of Fisheries of Chile")', async () => {
    const session = await sessionFor(CORPUS);
    const right = session.analyzer.analyze('According to Santiago\'s fisheries ministry, "We will not pay the levy twice."\n', DEFAULT_SETTINGS);
    expect(right.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-verbatim');
    const wrong = session.analyzer.analyze('According to Oslo\'s fisheries ministry, "We will not pay the levy twice."\n', DEFAULT_SETTINGS);
    expect(wrong.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-misattributed');
  });

  it('gives "…,” he said to the person named before, not to the body the sentence before was about', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('Piotr Nowak said: "This is another harbour victory for us."\n', DEFAULT_SETTINGS);
    const quote = analysis.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
    expect(quote?.message).toContain('Jens Dahl');
  });

  it('takes a person before an aside as the speaker, not a name inside the aside ("X, in Y\'s translation, called it ...")', async () => {
    const session = await sessionFor(CORPUS);
    const analysis = session.analyzer.analyze('Jens Dahl, in the Pacific Wire\'s translation, called the deal "another harbour victory for us."\n', DEFAULT_SETTINGS);
    expect(analysis.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-verbatim');
  });

  it('gives "the statement said" to the body whose message the article told of, and goes on with it in the next sentence', async () => {
    const session = await sessionFor(CORPUS);
    const wrong = session.analyzer.analyze('Oslo retorted that Chile\'s position "has no binding force".\n', DEFAULT_SETTINGS);
    const quote = wrong.findings.find((f) => f.kind === 'quote');
    expect(quote?.code).toBe('quote-misattributed');
    expect(quote?.message).toContain('Ministry of Fisheries of Chile');
    const right = session.analyzer.analyze('Santiago said that Norway\'s view "has no binding force".\n', DEFAULT_SETTINGS);
    expect(right.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-verbatim');
  });

  it('reads a one-word name after "the" as a body', async () => {
    const session = await sessionFor(CORPUS);
    const entity = session.index.registry.resolve('storting');
    expect(entity?.type).toBe('organization');
  });

  it('gives "he stated" to the office named just before, for its state, not to a name in a photo credit', async () => {
    const session = await sessionFor(CORPUS);
    const wrong = session.analyzer.analyze('Jens Dahl said Peru "will keep its ports closed to Norwegian trawlers".\n', DEFAULT_SETTINGS);
    expect(wrong.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-misattributed');
    const right = session.analyzer.analyze('Peru said it "will keep its ports closed to Norwegian trawlers".\n', DEFAULT_SETTINGS);
    expect(right.findings.find((f) => f.kind === 'quote')?.code).toBe('quote-verbatim');
  });
});
