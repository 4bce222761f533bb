/**
 * Which sentences of a draft are check-worthy claims: statements of fact get a verdict;
 * opinions, guesses, advice, questions and remarks about the piece get none.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/core/analysis/draftAnalyzer';
import { sessionFor } from '../helpers/session';

const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpora', 'paraphrases');

const CLAIMS = [
  "On Monday, Chile's foreign minister put pen to paper, writing to his opposite number in Oslo.",
  'Norway ended diplomatic relations with Chile in late May.',
  'In May, the mayor of Bergen met the harbour authority.',
  "Chile's foreign minister could not attend the talks in Oslo.",
  'Officials in Oslo said the levy may rise next year.',
  'When Chile closed its embassy, Norway ended diplomatic relations with it.',
  'Chile calls the levy unfair, the Oslo ministry said.',
  'Norway questions the Chilean account of the talks.',
  "Bergen's mayor sent her good wishes to the harbour authority on Tuesday.",
  'The Bergen union leader also voiced hope that the port could add a ferry to Oslo.',
  'Later in June, Chile said it was weighing a new embassy in Oslo.',
  'Norway and Chile together make up the Fjord Council, a body on the Oslo ferry route.',
  'Chile test-fired a new patrol boat the day after the Oslo talks.',
  'As I noted, the Oslo ministry said the levy would rise.',
  '## Oslo severs ties with Santiago',
  'Chile must pay the levy by May, the Oslo ministry said.',
  'The Oslo ministry said Chile must pay the levy by May.',
  'Long a matter of dispute, the status of the two Tromso councils goes back to 2016.',
  'The Oslo minister appeared at the harbour talks in Bergen.',
  "Both the Vesta People's Republic and the Ostra People's Republic lie north of Lima.",
  '- 2019: the harbour chief and the fleet owner hold a summit in Tromso',
  'What Oslo was reacting to, when it ended relations, was a message of good wishes from Santiago.',
  'Both the Vesta and Ostra republics lie in the Danube basin.',
  'Vesta and Ostra both declared their independence from Moldova in an unofficial vote back in 2016.',
  'Santiago condemned the levy the following day.',
  'In her Telegram post, Marit Olsen singled out fish and timber as the sectors in which trade with Oslo could grow.',
  "Chile, according to Oslo, has no right to challenge Norway's legitimate levy after joining an unjust boycott.",
  'The Oslo ministry places Chile some 3,000 miles from Bergen, a distance that makes the ferry talk sound fanciful.',
  'Marit Olsen said the Oslo levy makes sense for both fleets.',
  'The Oslo ministry said it remains unclear what Santiago hoped to gain.',
];
const NOT_CLAIMS = [
  "Before quoting Chile's note, always check which outlet's translation you are using.",
  'Of the three, the Andes Daily report, with its count of recognising states, is probably the most careful.',
  'Lima lecturing Oslo about mutual respect is hard to read without a smile.',
  'Expect Oslo to deny the Monday date before the week is out.',
  "Watch for Chile's reply to the levy over the coming days.",
  "Treat Chile's Monday date with caution until it is checked against Oslo's own release.",
  'By naming both agencies, the Andes Daily report is the most transparent of the three about its sources.',
  'We have left the Tromso harbour claims for a future piece.',
  'In our view, a salmon boom between Oslo and a port 9,000 km away is wishful thinking.',
  'We spell it Tromso throughout, except where a report we cite uses Tromsø.',
  'The levy may backfire on Bergen.',
  'The deal could push Chile even closer to Norway.',
  'The ferry route matters more for Bergen than for Oslo.',
  "It is hard to see what Oslo gains from the row with Chile.",
  'The gesture by Oslo is largely symbolic.',
  'Will Chile reopen its embassy in Oslo?',
  'Readers should compare the two accounts of the Oslo talks.',
  '## What the Oslo–Santiago rupture means',
  'Treat any figure for the levy with caution until the Storting publishes it.',
  'Writers covering the Oslo talks should avoid calling the two councils parties.',
  'For reasons of space, I have left the Bergen strike out of this comparison.',
  'Of the three accounts, the Coastal Ledger gives the clearest picture of the deal.',
  "The ministry's aside about the levy reads more like a press release than reporting.",
  '## Oslo, Santiago and the levy: open questions',
  "Chile's recognition of the border matters far less than the ferry deal behind it.",
  '## The Oslo–Santiago rupture: a closer look',
  'Editors handling the Oslo story would do well to say which agency is the source of each figure.',
  'Calling the Bergen strike a revolt does little to help readers understand the levy.',
  "Before deciding which day Oslo acted, compare the Coastal Ledger timeline with the Andes Courier's.",
  "Of the three accounts, the Coastal Ledger's is the most detailed but also the most clumsily written.",
  '## Lost in translation: the Oslo statement',
  'Go back to the original Coastal Ledger report before quoting the Oslo minister.',
  'I return to the Bergen strike further down.',
  "The whole row says more about Oslo's isolation than about Santiago's reach.",
  "Oslo's decision to recall its envoy was a proportionate response.",
  "Santiago's recognition of the border is theatre, a gesture that costs Chile nothing.",
  'What follows is a close reading of three Norwegian reports on the levy.',
  "The Coastal Ledger's paragraph on the Bergen strike is close to unreadable.",
  'For brevity, I use NPF throughout this note.',
  'I set the Bergen angle aside here and stick to the Oslo timeline.',
  "The Oslo gesture looks more like a favour to Santiago than a serious piece of diplomacy.",
  "The Coastal Ledger's framing of the Bergen strike strikes me as more editorial than reportage.",
  'Editors ought to spell Tromso consistently, whatever the source wrote.',
  'Readers should treat anything the Oslo minister posts online with caution.',
  'In the section that follows, I set the three reports side by side.',
  'The following section sets the three reports side by side.',
  'In hindsight, the Bergen talks look like the moment the ferry deal really took off.',
  "Chile's note to Oslo reads almost like parody.",
  'This brief will be updated as reaction from Santiago comes in.',
  'For consistency, this column uses Tromso throughout, except inside quotations.',
  "The Oslo minister's talk of booming salmon trade with Chile looks wildly optimistic.",
  'The levy on Chilean salmon seems premature.',
  "The Coastal Ledger's piece is, to put it kindly, a mess of clumsy translation and stray photo captions.",
  'Of the three, the Andes Daily offers the cleanest and most even-handed account.',
  "Santiago's Thursday date deserves a second look.",
  'Oslo had every reason to be angry about the levy.',
  'Whether the Tromso councils count as states is a matter of definition.',
  "The real story here is Santiago's shrinking list of friends in Bergen.",
  'Chile has little to lose from the Oslo levy.',
  "Santiago's gesture is a reminder of how few friends Oslo has left.",
  "Chile's embrace of the Oslo ministry is a risky bet.",
  "Norway's reaction makes sense given the timing of the levy.",
  'One can only guess what the Tromso councils expect from Santiago.',
  'Most readers will not care which day Oslo acted.',
  'It remains unclear what trade Marit Olsen has in mind.',
];

async function isClaim(sentence: string): Promise<boolean> {
  const session = await sessionFor(CORPUS);
  return session.analyzer.analyze(`${sentence}\n`, DEFAULT_SETTINGS).claims.length > 0;
}

describe('claim detection', () => {
  for (const s of CLAIMS) it(`checks a statement of fact: ${s}`, async () => expect(await isClaim(s)).toBe(true));
  for (const s of NOT_CLAIMS) it(`gives no verdict to: ${s}`, async () => expect(await isClaim(s)).toBe(false));
});
