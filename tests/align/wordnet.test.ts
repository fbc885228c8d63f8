import { describe, expect, it } from 'vitest'
import { memoStemmer } from '../../src/align/tokens.js'
import { synonymous, wordnetStem, wordSynsets } from '../../src/align/wordnet.js'

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

describe('dominant WordNet senses in align', () => {
  const stemOf = memoStemmer()

  it.each([
    ['occurred', 'happened'],
    ['physicians', 'doctor'],
    ['attorneys', 'lawyer'],
  ])('stems %s and %s alike, since the sense a reader assumes for both is one synset', (a, b) => {
    expect(stemOf(a)).toBe(stemOf(b))
  })

  it.each([
    ['late', 'recent'],
    ['striking', 'hitting'],
    ['state', 'province'],
  ])('keeps %s and %s apart: one of them is mostly meant otherwise', (a, b) => {
    expect(stemOf(a)).not.toBe(stemOf(b))
  })

  it('leaves the hand-made news synonyms where they are', () => {
    expect(stemOf('blaze')).toBe(stemOf('fire'))
  })

  it('keeps the commoner word of a group as its stem', () => {
    expect(wordnetStem('occur')).toBe('happen')
    expect(wordnetStem('happen')).toBe('happen')
    expect(wordnetStem('constructor')).toBe('constructor')
  })
})
