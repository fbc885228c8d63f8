import { describe, expect, it } from 'vitest'
import { synonymous, wordSynsets } from '../../src/align/wordnet.js'

describe('WordNet synonyms', () => {
  it.each([
    ['noon', 'midday'],
    ['freed', 'released'],
    ['lawyer', 'attorney'],
    ['died', 'perished'],
    ['jailed', 'imprisoned'],
    ['debris', 'rubble'],
  ])('reads %s and %s as one meaning', (a, b) => {
    expect(synonymous(a, b)).toBe(true)
    expect(synonymous(b, a)).toBe(true)
  })

  it.each([
    ['bridge', 'school'],
    ['bought', 'purchased'],
    ['constructor', 'builder'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(synonymous(a, b)).toBe(false)
  })

  it('finds no synsets for a word the table does not hold, whatever its name', () => {
    expect(wordSynsets('xqzt')).toEqual([])
    expect(wordSynsets('__proto__')).toEqual([])
    expect(wordSynsets('hasOwnProperty')).toEqual([])
  })

  it('reads an inflected form through its lemma, and returns the same answer again', () => {
    expect(wordSynsets('released').length).toBeGreaterThan(0)
    expect(wordSynsets('released')).toBe(wordSynsets('released'))
  })
})
