import { english } from '../../src/language/english.js'
import type { Language } from '../../src/language/language.js'

/**
 * A made-up language for tests only, to show that the rules read their words from the
 * `Language` record: 'Zq.' and 'Vd.' are its titles (English has neither), 'la' and 'lo' open
 * its sentences (English openers such as 'the' do not), 'ille' opens a clause after ', and', and 'dixit' and 'ait' report speech
 * ('said' does not).
 */
export const testLanguage: Language = {
  ...english,
  code: 'x-test',
  titles: new Set(['zq', 'vd']),
  sentenceOpeners: new Set(['la', 'lo']),
  clauseSubjects: new Set(['ille']),
  speechVerbs: ['dixit', 'ait'],
  irregularSpeechVerbs: new Set(['dixit']),
  notSpeechVerbs: new Set(),
}
