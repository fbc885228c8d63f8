import { describe, expect, it } from 'vitest'
import { align, aloneWeight, linkScore, minStatementSimilarity } from '../../src/align/index.js'
import { featureSigns, sharedSlotFloor } from '../../src/align/pair-features.js'
import { alignmentModel, statementModel } from '../../src/align/similarity-model.js'
import { similarity } from '../../src/align/statement-similarity.js'
import {
  similarityFeatureNames,
  similarityFeatures,
  textFeatureNames,
  textPairFeatures,
} from '../../src/align/text-features.js'
import { CorroborateError } from '../../src/errors.js'
import { analyze } from '../../src/extract/analyze.js'
import { resolveOptions } from '../../src/options.js'
import { tokenize } from '../../src/text/natural.js'
import { isRareOrUnlisted, rarity, wordZipf } from '../../src/text/rarity.js'

/** The statement ids of the claim holding `id`, from one-statement articles a and b. */
function claimWith(first: string, second: string, id = 'a#0'): string[] {
  const claims = align([analyze({ id: 'a', text: first }), analyze({ id: 'b', text: second })])
  return claims.find((claim) => claim.statementIds.includes(id))!.statementIds
}

describe('similarity', () => {
  it('scores a reworded report of one fact above two facts about the same place', () => {
    const same = similarity(
      'The harbour ferry overturned in the estuary on Friday, killing fourteen passengers.',
      'Fourteen passengers died when the harbour ferry overturned in the estuary.',
    )
    const different = similarity(
      'The harbour ferry overturned in the estuary on Friday, killing fourteen passengers.',
      'The estuary will get a new lifeboat station next spring, the council said.',
    )
    expect(same).toBeGreaterThan(0.5)
    expect(same - different).toBeGreaterThan(0.2)
  })

  it('is symmetric, deterministic and between 0 and 1', () => {
    const a = 'Volunteers planted 3,000 trees along the canal towpath.'
    const b = 'Some 3,000 saplings went into the ground beside the canal.'
    expect(similarity(a, b)).toBe(similarity(b, a))
    expect(similarity(a, b)).toBe(similarity(a, b))
    // Texts of different lengths and words: some features read one side first.
    const c = 'Rescuers pulled 40 survivors from the wreckage by midday.'
    const d = 'Rescue teams freed 40 people trapped in the wreckage by noon.'
    expect(similarity(c, d)).toBe(similarity(d, c))
    for (const score of [similarity(a, b), similarity(a, a), similarity(a, 'Nothing alike here.')]) {
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(1)
    }
  })

  it('scores empty text 0 and refuses what is not a string', () => {
    expect(similarity('', 'The mill closed.')).toBe(0)
    expect(similarity('   ', 'The mill closed.')).toBe(0)
    expect(() => similarity(42 as unknown as string, 'x')).toThrow(CorroborateError)
  })
})

/** The text features of two texts by name. */
function textFeatures(a: string, b: string): Record<string, number> {
  const values = textPairFeatures(a, b)
  return Object.fromEntries(textFeatureNames.map((name, j) => [name, values[j]!]))
}

describe('text features of the exported similarity', () => {
  it('counts figures only one text gives and weekdays that differ', () => {
    const features = textFeatures(
      'The plant hired 40 workers on Tuesday.',
      'The plant hired 45 workers on Friday.',
    )
    expect(features.numbersUnshared).toBe(1)
    expect(features.numbersDiffer).toBe(2)
    expect(features.weekdaysDiffer).toBe(1)
    expect(features.weekdaysShared).toBe(0)
    expect(textFeatures('Crews left on Friday.', 'On Friday the crews left.').weekdaysShared).toBe(1)
  })

  it('weighs the rarest word both texts share and the rare words only one has', () => {
    const features = textFeatures(
      'Divers searched the wreckage of the trawler.',
      'Divers searched the wreckage near Kestrel Point.',
    )
    expect(features.rarestShared).toBeGreaterThanOrEqual(3)
    expect(features.rareUnmatched).toBeGreaterThanOrEqual(1)
  })

  it('weighs the clause only the longer sentence has, not the words both share', () => {
    const features = textFeatures(
      'The county library will open its new reading room in March.',
      'The county library will open its new reading room in March, doubling the space for study groups.',
    )
    expect(features.unmatchedShorter).toBe(0)
    expect(features.unmatchedLonger).toBeGreaterThan(0.2)
    expect(features.unmatchedLongerMass).toBeGreaterThan(3)
  })

  it('matches inflections by stem or by their first five letters', () => {
    // Porter stems 'evacuees' to 'evacue' and 'evacuated' to 'evacu'.
    const features = textFeatures(
      'Evacuees returned to the valley.',
      'Those evacuated returned to the valley.',
    )
    expect(features.unmatchedLonger).toBe(0)
    expect(features.unmatchedShorter).toBe(0)
  })

  it('counts numbers both give, thousands separators aside', () => {
    expect(
      textFeatures('About 1,200 runners finished the race.', 'Some 1200 runners finished.').numbersShared,
    ).toBe(1)
    expect(
      textFeatures('About 1,200 runners finished the race.', 'Some 900 runners finished.').numbersShared,
    ).toBe(0)
  })

  it("reads a negation that only one sentence has, 'n't' included, and never as a content word", () => {
    expect(
      textFeatures('The mayor signed the order.', "The mayor didn't sign the order.").negationDiffers,
    ).toBe(1)
    const spelled = textFeatures('The mayor did not sign the order.', "The mayor didn't sign the order.")
    expect(spelled).toMatchObject({ negationDiffers: 0, unmatchedLonger: 0, unmatchedShorter: 0 })
  })

  it('weighs the words only one text writes whose WordNet synonym the other has', () => {
    const synonyms = textFeatures('The ferry docked at noon.', 'The ferry docked at midday.')
    expect(synonyms.synonymMass).toBeGreaterThan(1)
    // 'noon' and 'midday' stay unmatched words; the synonym only adds evidence.
    expect(synonyms.unmatchedLonger).toBeGreaterThan(0)
    expect(textFeatures('The ferry docked at noon.', 'The ferry docked at dawn.').synonymMass).toBe(0)
    expect(textFeatures('The ferry docked at noon.', 'The ferry docked at noon.').synonymMass).toBe(0)
  })

  it('scores a sentence with a synonym above the same sentence with an unrelated word', () => {
    const a = 'Rescuers pulled 40 survivors from the wreckage by midday.'
    expect(similarity(a, 'Rescuers pulled 40 survivors from the wreckage by noon.')).toBeGreaterThan(
      similarity(a, 'Rescuers pulled 40 survivors from the wreckage by dusk.'),
    )
  })

  it('counts names each sentence has that the other lacks, and in a title-case headline only rare ones', () => {
    expect(
      textFeatures('Coach Pemberton praised the defence.', 'Coach Okonkwo praised the defence.').uniqueNames,
    ).toBe(1)
    expect(
      textFeatures('Town Council Approves New Budget', 'The council approved a budget.').uniqueNames,
    ).toBe(0)
  })

  it('gives the model one value per feature name, products with the regime features last', () => {
    const features = similarityFeatures(new Array(15).fill(1), 'A quiet street.', 'A quiet road.')
    expect(features).toHaveLength(similarityFeatureNames.length)
    expect(similarityFeatureNames).toContain('tokenJaccard*charGrams')
    expect(similarityFeatureNames).not.toContain('charGrams*charGrams')
  })

  // The statement model ranked these the other way round (0.83 for the near-copy, 0.79 for
  // the rewording): it saw the shared words, not the fact only one sentence adds.
  it('ranks a rewording of one fact above a near-copy that adds a fact of its own', () => {
    const base = 'The museum will close its east wing for repairs until the autumn.'
    const reworded = 'Until the autumn, repairs will keep the east wing of the museum shut.'
    const extended =
      'The museum will close its east wing for repairs until the autumn and lay off twelve guides.'
    expect(similarity(base, reworded)).toBeGreaterThan(similarity(base, extended))
  })

  it('still scores two outlets that disagree on a figure as one fact', () => {
    expect(
      similarity('About 1,200 runners finished the marathon.', 'Some 900 runners finished the marathon.'),
    ).toBeGreaterThan(0.5)
  })
})

describe('alignment evidence', () => {
  it('does not link two short statements that share one everyday word', () => {
    expect(claimWith('Hear me out.', 'Nobody was hearing the residents out in the end.')).toEqual(['a#0'])
    expect(
      claimWith('We must do the right thing.', 'They will push the whole thing through anyway.'),
    ).toEqual(['a#0'])
  })

  it('links two outlets that estimate the same damage differently', () => {
    expect(
      claimWith(
        'The owners estimated the flood damage at $3 million, a spokesperson told the Gazette.',
        'The owners estimated the flood damage at $5 million and said repairs would start in May.',
      ),
    ).toEqual(['a#0', 'b#0'])
  })

  it('links a death toll that two outlets give differently', () => {
    expect(
      claimWith(
        'Twelve people died when the footbridge over the Arlen gave way on Sunday.',
        'The collapse of the Arlen footbridge on Sunday killed fourteen people.',
      ),
    ).toEqual(['a#0', 'b#0'])
  })
})

describe('word rarity and tokens', () => {
  it('ranks everyday words as common and specific words as rare, from SUBTLEX-US counts', () => {
    expect(wordZipf('the')).toBeGreaterThan(7)
    expect(rarity('thing')).toBeLessThan(1)
    expect(rarity('wreckage')).toBeGreaterThan(2)
    expect(rarity('constructor')).toBeGreaterThanOrEqual(0)
  })

  it('takes a word missing from the frequency table, a name most likely, as among the rarest', () => {
    expect(isRareOrUnlisted('Okafor')).toBe(true)
    expect(isRareOrUnlisted('police')).toBe(false)
  })

  it('keeps a word with a typographic apostrophe whole', () => {
    expect(tokenize('They’re sure it’s over')).toEqual(["they're", 'sure', "it's", 'over'])
  })
})

// In an event's context a word rare in its coverage weighs heavily, so two statements that
// share only a name or a place (a player's layup / the team's tournament record) scored as one
// fact. The statements' own score must reach a floor, and it counts half of the link score.
describe('linkScore: the statements on their own must be alike', () => {
  it('never links a pair the same-statement model puts below the floor, however the event scores it', () => {
    expect(linkScore(minStatementSimilarity - 0.01, 0.95, false)).toBe(0)
  })

  it("blends the statements' own score with the event's, so the event alone cannot join two facts", () => {
    expect(aloneWeight).toBe(0.5)
    expect(linkScore(0.6, 0.4, false)).toBeCloseTo(0.5)
    // A pair the event scores 0.74 but the statements alone 0.25 stays under the threshold.
    expect(linkScore(0.25, 0.74, false)).toBeLessThan(resolveOptions({}).threshold)
    expect(linkScore(0.7, 0.74, false)).toBeGreaterThanOrEqual(resolveOptions({}).threshold)
  })

  it('still links two values for one figure slot in one event, which the slot rule lifts', () => {
    expect(linkScore(0.1, 0.2, true)).toBe(sharedSlotFloor)
  })
})

describe('the fitted models', () => {
  it('never weigh shared evidence against a link, nor what sets two statements apart for one', () => {
    for (const model of [statementModel, alignmentModel]) {
      model.features.forEach((feature, j) => {
        const sign = featureSigns[feature]
        if (sign !== undefined) expect(sign * model.weights[j]!).toBeGreaterThanOrEqual(0)
      })
    }
  })

  it('scores one count reported twice in different words as likely one fact', () => {
    expect(
      similarity(
        'In all, 58 parents spoke during the open session before the school board voted.',
        "More than 50 parents spoke during the board's open session, most of them about bus routes.",
      ),
    ).toBeGreaterThan(0.5)
  })
})

describe('claims of one event', () => {
  const trial = [
    {
      id: 'herald',
      text:
        'The mother of a nine-year-old boy killed by a stray bullet in Marlow last spring told jurors she heard two loud bangs before her son cried out.\n\n' +
        'Prosecutors say Dale Pruitt, 19, fired at a rival across Kestrel Street.',
    },
    {
      id: 'gazette',
      text:
        'Testimony in the murder trial of Dale Pruitt, the teenager accused of shooting nine-year-old Owen Lacey, continued for a third day on Thursday.\n\n' +
        'Pruitt has pleaded not guilty.',
    },
    {
      id: 'courier',
      text:
        'Last spring a stray bullet killed nine-year-old Owen Lacey as he played on the porch of his home on Kestrel Street in Marlow.\n\n' +
        'Dale Pruitt, 19, is charged with second-degree murder.',
    },
    {
      id: 'wire',
      text: 'Jurors on Thursday heard emotional testimony in the trial of Dale Pruitt, the teenager accused of killing nine-year-old Owen Lacey in Marlow last spring.',
    },
  ]
  const claimOf = (id: string): string[] =>
    align(trial.map((article) => analyze(article))).find((claim) => claim.statementIds.includes(id))!
      .statementIds

  it('does not join two facts about one person through the age outlets repeat beside the name', () => {
    expect(claimOf('herald#1')).toEqual(['herald#1'])
    expect(claimOf('courier#1')).toEqual(['courier#1'])
  })

  it('keeps a day of testimony apart from the killing it is about', () => {
    expect(claimOf('gazette#0')).toEqual(['gazette#0', 'wire#0'])
    expect(claimOf('courier#0')).not.toContain('gazette#0')
  })
})
