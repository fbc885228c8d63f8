import { describe, expect, it } from 'vitest'
import { pairFeaturesMemo, statementPairFeatures } from '../../src/align/statement-similarity.js'
import { eventLookups } from '../../src/align/tokens.js'
import { analyze } from '../../src/extract/analyze.js'
import type { Statement } from '../../src/types.js'

/** Statements of one story by three outlets: names written in capitals by some, a lower-case 'crews' by others. */
const texts = [
  'Crews from Harlowe pulled 14 people from the flooded tunnel on Tuesday, Mayor Ines Varga said.',
  'Varga said crews had pulled fourteen people out of the tunnel by Tuesday night.',
  'Harlowe Council said 12 people were rescued from the tunnel and two were still missing.',
  'Fire crews worked through the night; Ines Varga thanked them.',
  'The tunnel will stay closed until Friday, the council said.',
]

function statements(): Statement[] {
  return texts.map((text, i) => analyze({ id: `o${i}`, text }).statements[0]!)
}

describe('pairFeaturesMemo', () => {
  it('gives every pair the features statementPairFeatures gives it alone', () => {
    const all = statements()
    const featuresOf = pairFeaturesMemo()
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue
        const expected = statementPairFeatures(a, b)
        const found = featuresOf(a, b)
        expect(found).toHaveLength(expected.length)
        // One interner for all pairs may sum shared weights in another order: the last bits only.
        found.forEach((value, i) => {
          expect(value).toBeCloseTo(expected[i]!, 12)
        })
      }
    }
  })

  it('reads a name anew when the other statement writes the word in lower case', () => {
    // 'Crews' opens the first statement; the second writes 'crews', so for that pair it is no name.
    const [first, second, third] = statements()
    const featuresOf = pairFeaturesMemo()
    expect(featuresOf(first!, third!)).toEqual(statementPairFeatures(first!, third!))
    const withLower = featuresOf(first!, second!)
    statementPairFeatures(first!, second!).forEach((value, i) => {
      expect(withLower[i]).toBeCloseTo(value, 12)
    })
  })
})

describe('eventLookups', () => {
  it('lists the capitalised words and acronyms once, lower case, without a possessive', () => {
    const [statement] = analyze("Then Varga's NHS crews met Varga.").statements
    expect(eventLookups(statement!)).toEqual(['then', 'varga', 'nhs'])
  })

  it('is empty for a statement written in lower case', () => {
    const [statement] = analyze('crews left the tunnel at noon.').statements
    expect(eventLookups(statement!)).toEqual([])
  })
})
