// Issue 11, quotes and speakers: one table per KIND of attribution that used to lose its
// speaker, with copy written for these tests (fictional people and places).

import { describe, expect, it } from 'vitest'
import { isSpeechVerbForm } from '../../src/extract/speech-verbs.js'
import { analyze } from '../../src/index.js'
import { english } from '../../src/language/english.js'

type Row = [input: string, source: string | null, cue: string]

function quotesOf(text: string): Array<{ value: unknown; source: string | null; cue: string | null }> {
  return analyze(text).statements.flatMap((statement) =>
    statement.details
      .filter((detail) => detail.kind === 'quote')
      .map((detail) => ({ value: detail.value, source: detail.source, cue: detail.cue })),
  )
}

const kinds: Record<string, Row[]> = {
  'a quoted question or exclamation, then its attribution': [
    ['"Is it safe to go home?" the mayor asked.', 'mayor', 'asked'],
    ['"Is the dam holding?" asked the county engineer.', 'county engineer', 'asked'],
    ['"Get out now!" shouted the fire chief.', 'fire chief', 'shouted'],
    // An unnamed speaker after 'a', and a verb known only by its form.
    ['"Close the sluices!" a lock keeper bellowed.', 'lock keeper', 'bellowed'],
    ['"Where is my brother?" a girl sobbed.', 'girl', 'sobbed'],
    ['"Does anyone have water?" a man called out.', 'man', 'called'],
    // The speaker goes on with where they stand.
    ['"Back away!" barked a steward at the turnstile.', 'steward', 'barked'],
    ['"We are stuck!" cried a driver on the ramp.', 'driver', 'cried'],
    ['"It was not him," said a court official speaking after the hearing.', 'court official', 'said'],
    ['"Can you hear us?" called a diver into the hull.', 'diver', 'called'],
  ],
  'an inverted cue with a title or role before the name, any speech verb': [
    ['"We were never warned," grumbled Mayor Jo Marsh.', 'Jo Marsh', 'grumbled'],
    ['"Trade has halved," added shopkeeper Amy Tran.', 'Amy Tran', 'added'],
    ['"The bridge stays shut," said Councillor Pia Lund.', 'Councillor Pia Lund', 'said'],
    ['"There is no money left," lamented council treasurer Ines Varga.', 'Ines Varga', 'lamented'],
    ['"Nobody listens to us," sighed fisherman Tomas Berg.', 'Tomas Berg', 'sighed'],
    ['"My shop is gone," wept baker Nell Amos.', 'Nell Amos', 'wept'],
    ['"This is a disgrace," fumed opposition leader Rhea Collins.', 'Rhea Collins', 'fumed'],
    ['"It will be fixed by May," promises engineer Omar Reyes.', 'Omar Reyes', 'promises'],
    // A role that opens with a collective word ('police', 'fire') still names the person.
    ['"Lock your doors tonight," urged police chief Dara Finn.', 'Dara Finn', 'urged'],
    ['"The roof could fall," warned fire officer Ravi Mehta.', 'Ravi Mehta', 'warned'],
    // A surname that is also a place word ('Park', 'Bridge') names a person who speaks.
    ['"The wards are full," said ward sister Mina Park.', 'Mina Park', 'said'],
    ['"We will appeal," said club secretary Hal Bridge.', 'Hal Bridge', 'said'],
  ],
  'a name before the cue whose surname is a place word': [
    ['Ida Park told reporters: "The count is not over."', 'Ida Park', 'told reporters'],
  ],
  'a quote after a participle belongs to the subject of the clause before it': [
    ['The council said Jo Marsh apologised, adding: "We were wrong."', 'Jo Marsh', 'adding'],
    ['Police said Amy Tran admitted the error, saying: "I misread the map."', 'Amy Tran', 'saying'],
    // The subject is the named one, not a noun phrase of the clause ('the rising river levels').
    [
      'Engineer Omar Reyes voiced concern about the rising river levels, warning that "the banks may not hold."',
      'Engineer Omar Reyes',
      'warning',
    ],
  ],
}

for (const [kind, rows] of Object.entries(kinds)) {
  describe(kind, () => {
    it.each(rows)('%s', (input, source, cue) => {
      const analysed = analyze(input)
      expect(analysed.statements.filter((statement) => statement.kind !== 'fragment')).toHaveLength(1)
      const [quote, ...others] = quotesOf(input)
      expect(others).toEqual([])
      expect(quote?.source).toBe(source)
      expect(quote?.cue).toBe(cue)
    })
  })
}

describe('no speaker where the words after a quote are no attribution', () => {
  it.each([
    '"Stay calm." Crews reopened the road at noon.',
    '"Phase two," residents fear, may never come.',
    'She called the plan "a slow disaster" in the debate.',
    // A title in quotes, then a name and a verb that is no speech: no speaker.
    'After "Harbour Lights," Nadia Crane has joined a new station.',
    '"Under 20" local firms have applied for the grant.',
  ])('%s', (input) => {
    const quotes = quotesOf(input)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.source).toBeNull()
  })
})

describe('isSpeechVerbForm', () => {
  it('knows a speech verb by its form, in lower case', () => {
    const isVerb = (word: string) => isSpeechVerbForm(word, english)
    expect(['grumbled', 'sighed', 'told', 'wrote', 'adds', 'quipped'].filter(isVerb)).toHaveLength(6)
    expect(['Marsh', 'the', 'news', 'hundred', 'is', 'red'].filter(isVerb)).toEqual([])
  })
})

describe('a place word ends a name only when the name speaks', () => {
  it.each([
    ['The donors came from Ferris County, the charity said.', 'place'],
    ['Ferris Lake told reporters the pier was safe.', 'person'],
  ])('%s', (input, kind) => {
    const details = analyze(input).statements.flatMap((statement) => statement.details)
    expect(details.find((detail) => detail.text.startsWith('Ferris'))?.kind).toBe(kind)
  })

  it('no speaker from a role that goes on into a verb outside a quotation', () => {
    const details = analyze('The lawyer says the singer checked into a clinic.').statements.flatMap(
      (statement) => statement.details,
    )
    expect(details.filter((detail) => detail.source === 'singer checked')).toEqual([])
  })
})
