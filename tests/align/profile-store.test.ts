import { describe, expect, it } from 'vitest'
import {
  interner,
  ProfileList,
  pairFeatures,
  profileList,
  profileOf,
  profileStore,
  profileWeight,
} from '../../src/align/pair-features.js'
import { eventWords } from '../../src/align/tokens.js'
import { analyze } from '../../src/index.js'
import { floodReport } from './flood-report.js'

const report = floodReport.slice(0, 4)

describe('profiles kept in a shared store', () => {
  const statements = analyze({ id: 'desk', text: report.join(' ') }).statements

  it('give the same features as profiles of their own, across many blocks of the store', () => {
    const event = eventWords(statements)
    const intern = interner()
    const store = profileStore()
    // Enough profiles that the store starts several blocks (about 100 integers a statement).
    const stored = Array.from({ length: 2000 }, (_, i) =>
      profileOf(statements[i % statements.length]!, event, intern, undefined, undefined, undefined, store),
    )
    const blocks = new Set(stored.map((profile) => profile.ints))
    expect(blocks.size).toBeGreaterThan(1)
    const alone = statements.map((statement) => profileOf(statement, event, intern))
    for (let i = 0; i < stored.length; i += 97) {
      for (let j = 0; j < alone.length; j++) {
        expect(pairFeatures(stored[i]!, stored[j]!)).toEqual(
          pairFeatures(alone[i % alone.length]!, alone[j]!),
        )
      }
    }
  })

  it('keep each list ascending and without repeats, and the weight of every id', () => {
    const event = eventWords(statements)
    const intern = interner()
    const profile = profileOf(statements[2]!, event, intern, undefined, undefined, undefined, profileStore())
    for (const list of [ProfileList.ids, ProfileList.bigrams, ProfileList.tokenSet, ProfileList.trigrams]) {
      const values = profileList(profile, list)
      expect(values.length).toBeGreaterThan(0)
      expect(values).toEqual([...new Set(values)].sort((a, b) => a - b))
    }
    // 'families', '14' and 'shelters' are its words; a word it lacks has no weight.
    const words = new Set(statements[2]!.text.toLowerCase().match(/[\p{L}\p{N}]+/gu))
    expect(words).toContain('families')
    expect(profileList(profile, ProfileList.tokenSet)).toHaveLength(words.size)
    expect(profileList(profile, ProfileList.figures)).toContain(intern('f:count::14'))
    expect(profileWeight(profile, intern('famili'))).toBeGreaterThan(0)
    expect(profileWeight(profile, intern('flood'))).toBeUndefined()
    expect(profileList(profile, ProfileList.flags)).toHaveLength(profile.size)
  })
})
