import { describe, expect, it } from 'vitest'
import { align, linkScore, minStatementSimilarity } from '../../src/align/index.js'
import { sharedSlotFloor } from '../../src/align/pair-features.js'
import { similarity } from '../../src/align/statement-similarity.js'
import { CorroborateError } from '../../src/errors.js'
import { analyze } from '../../src/extract/analyze.js'
import { tokenize } from '../../src/text/natural.js'
import { rarity, wordZipf } from '../../src/text/rarity.js'

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

  it('keeps a word with a typographic apostrophe whole', () => {
    expect(tokenize('They’re sure it’s over')).toEqual(["they're", 'sure', "it's", 'over'])
  })
})

// In an event's context a word rare in its coverage weighs heavily, so two statements that
// share only a name or a place (a player's layup / the team's tournament record) scored as one
// fact. The statements' own score must reach a floor before the event's context counts.
describe('linkScore: the statements on their own must be alike', () => {
  it('never links a pair the same-statement model puts below the floor, however the event scores it', () => {
    expect(linkScore(minStatementSimilarity - 0.01, 0.95, false)).toBe(0)
  })

  it('keeps the event-context score once the statements alone reach the floor', () => {
    expect(linkScore(minStatementSimilarity, 0.95, false)).toBe(0.95)
    expect(linkScore(0.6, 0.4, false)).toBe(0.4)
  })

  it('still links two values for one figure slot in one event, which the slot rule lifts', () => {
    expect(linkScore(0.1, 0.2, true)).toBe(sharedSlotFloor)
  })
})
