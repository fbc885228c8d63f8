import { describe, expect, it } from 'vitest'
import {
  attributionConflicts,
  briefDiff,
  compareQuotes,
  quoteOverlap,
  quoteText,
  rewordsOnly,
  sameQuote,
  speakerOf,
  withAttribution,
  wordDiff,
  wordForm,
} from '../../src/compare/quotes.js'
import type { Detail, Statement } from '../../src/types.js'

function q(words: string, speaker?: string): Detail {
  const detail: Detail = {
    kind: 'quote',
    text: `"${words}"`,
    start: 0,
    end: words.length + 2,
    value: words,
    unit: null,
    hedge: null,
    subject: null,
    source: speaker ?? null,
    cue: null,
    granularity: null,
    implied: null,
  }
  return detail
}

describe('compareQuotes', () => {
  it.each([
    { a: 'We will rebuild every home.', b: 'we will rebuild every home', status: 'agree' },
    { a: 'It\u2019s a tragedy', b: "It's a tragedy", status: 'agree' },
    { a: 'We will rebuild every home by winter', b: 'rebuild every home', status: 'compatible' },
    { a: 'We will rebuild every home', b: 'We will rebuild all the homes', status: 'diverge' },
    { a: 'We will rebuild every home', b: 'We will not rebuild every home', status: 'diverge' },
  ])('"$a" against "$b": $status', ({ a, b, status }) => {
    expect(compareQuotes(a, b).status).toBe(status)
  })

  const looking = 'I look forward to being fully and completely vindicated'
  it.each([
    { name: 'a fragment', a: 'fully and completely vindicated', b: looking },
    { name: "an elision '...'", a: 'I look forward to being fully ... vindicated', b: looking },
    { name: "an elision '\u2026'", a: 'I look forward to being fully\u2026 vindicated', b: looking },
    { name: "an elision '. . .'", a: 'I look forward to being fully . . . vindicated', b: looking },
    { name: "an elision '[...]'", a: 'I look forward [...] to being fully [\u2026] vindicated', b: looking },
    { name: 'a fragment with an elision', a: 'forward to being fully ... vindicated', b: looking },
    {
      name: 'an elision on each side',
      a: 'the river rose ... past the old mill',
      b: 'the river ... fast and spilled past the old mill',
    },
    {
      name: 'reported speech around the words',
      a: 'looks forward to being fully ... vindicated',
      b: looking,
    },
    { name: 'reported pronouns', a: 'I stand by my decision', b: 'she stands by her decision' },
    {
      name: 'a plural',
      a: 'We will not let the environmentalist decide',
      b: 'We will not let the environmentalists decide',
    },
    {
      name: 'British spelling',
      a: 'We organised the labour of the harbour',
      b: 'We organized the labor of the harbor',
    },
    { name: 'tense-free verb forms', a: 'Crews are stopping the fires', b: 'Crews are stopped the fire' },
  ])('$name is compatible', ({ a, b }) => {
    expect(compareQuotes(a, b)).toMatchObject({ status: 'compatible', diff: null })
    expect(compareQuotes(b, a).status).toBe('compatible')
  })

  it.each([
    { name: 'elided pieces out of order', a: 'vindicated ... fully', b: looking },
    { name: 'an elided piece that is not there', a: 'I look forward ... to being cleared', b: looking },
    {
      name: 'elisions standing for everything',
      a: 'we ... never ... rebuild',
      b: 'the council will pay for every new home',
    },
    { name: 'police / policy', a: 'the police failed us', b: 'the policy failed us' },
    { name: 'filled / filed', a: 'we filled the forms', b: 'we filed the forms' },
    { name: 'four / for', a: 'four cases were closed', b: 'for cases were closed' },
    { name: 'new / news', a: 'there is new hope', b: 'there is news hope' },
    { name: 'he / she', a: 'he stands by his decision', b: 'she stands by her decision' },
    { name: 'I / we', a: 'I stand by the decision', b: 'we stand by the decision' },
    { name: 'a derivation', a: 'the environmentalist view', b: 'the environmentalism view' },
    {
      name: 'an overlap, neither a part of the other',
      a: 'we will rebuild every home',
      b: 'rebuild every home by winter',
    },
  ])('$name diverges', ({ a, b }) => {
    expect(compareQuotes(a, b).status).toBe('diverge')
    expect(compareQuotes(b, a).status).toBe('diverge')
  })

  it('says what was left out and names the words that differ only in form', () => {
    expect(compareQuotes('looks forward to being fully ... vindicated', looking).reason).toBe(
      "One outlet quotes only part of the same words, leaving some out, and they differ only in inflection, spelling or person ('looks' / 'look').",
    )
    expect(compareQuotes('I look forward to being fully ... vindicated', looking).reason).toBe(
      'The outlets quote the same words, one leaving some out.',
    )
    expect(compareQuotes('We will rebuild every home by winter', 'rebuild every home').reason).toBe(
      'One outlet quotes only part of the same words.',
    )
    expect(compareQuotes('I organise my crews', 'she organizes her crews').reason).toBe(
      "The outlets quote the same words, differing only in inflection, spelling or person ('I' / 'she', 'organise' / 'organizes', 'my' / 'her').",
    )
  })

  it('does not try to line up quotes of thousands of words, but still finds a contiguous part', () => {
    const long = 'the tide came in and the tide went out '.repeat(300)
    expect(compareQuotes(long, `${long} again`).status).toBe('compatible')
    expect(compareQuotes(long, `${long.replace('went', 'goes')} again`).status).toBe('diverge')
    expect(compareQuotes(long, long.toUpperCase()).status).toBe('agree')
  })

  it('diffs a reworded quote word by word', () => {
    const { diff } = compareQuotes('We will rebuild every home', 'We will not rebuild every home')
    expect(diff?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['not'])
    expect(diff?.some((part) => part.removed)).toBe(false)
  })

  it('shortens a diff for a one-line message', () => {
    const parts = wordDiff(
      'Our crews worked through the night and we will rebuild every home before the winter comes',
      'Our crews worked through the night and we will rebuild all the homes before the winter comes',
    )
    expect(briefDiff(parts)).toBe('... will rebuild [-every home-] [+all the homes+] before the ...')
  })

  it.each([
    {
      a: 'We accept $35,000,000 as fair',
      b: 'We accept $55,000,000 as fair',
      brief: 'We accept [-$35,000,000-] [+$55,000,000+] as fair',
    },
    {
      a: 'a rise of 3.5% this year',
      b: 'a rise of 4.5% this year',
      brief: '... rise of [-3.5%-] [+4.5%+] this year',
    },
    { a: 'ask 1,250 residents', b: 'ask 1,520 residents', brief: 'ask [-1,250-] [+1,520+] residents' },
    {
      a: "Dara O'Brien was right",
      b: "Dara O'Brian was right",
      brief: "Dara [-O'Brien-] [+O'Brian+] was right",
    },
    {
      a: 'Ask Lena Smith-Jones',
      b: 'Ask Lena Smith-Jonas',
      brief: 'Ask Lena [-Smith-Jones-] [+Smith-Jonas+]',
    },
    // Currency codes, glued scales, scale words and units stay with their number.
    {
      a: 'The sea wall costs £1.2bn in all',
      b: 'The sea wall costs £1.5bn in all',
      brief: '... wall costs [-£1.2bn-] [+£1.5bn+] in all',
    },
    {
      a: 'a levy of US$4.7 billion is too much',
      b: 'a levy of US$5.7 billion is too much',
      brief: '... levy of [-US$4.7 billion-] [+US$5.7 billion+] is too ...',
    },
    {
      a: 'we lost 3 million euros',
      b: 'we lost 4 million euros',
      brief: 'we lost [-3 million-] [+4 million+] euros',
    },
    {
      a: 'the fund pays €8m to 40-year-old crews',
      b: 'the fund pays €9m to 45-year-old crews',
      brief: '... fund pays [-€8m-] [+€9m+] to [-40-year-old-] [+45-year-old+] crews',
    },
    {
      a: 'fares rose 2.5 percent',
      b: 'fares rose 3.5 percent',
      brief: 'fares rose [-2.5 percent-] [+3.5 percent+]',
    },
  ])('keeps numbers, amounts and names whole in a diff: $brief', ({ a, b, brief }) => {
    expect(briefDiff(wordDiff(a, b))).toBe(brief)
  })

  it('rebuilds both quotes from the diff, white space aside', () => {
    const a = 'We accept  $35,000,000, as a fair\tsettlement…  [...] for 3 million people.'
    const b = "We'll accept $55,000,000 as the fair settlement for 4 million people"
    const parts = wordDiff(a, b)
    // jsdiff's word diff shares white space between changes, so only the words are exact.
    const words = (text: string) => text.split(/\s+/).join(' ')
    const before = parts.filter((part) => !part.added).map((part) => part.value)
    const after = parts.filter((part) => !part.removed).map((part) => part.value)
    expect(words(before.join(''))).toBe(words(a))
    expect(words(after.join(''))).toBe(words(b))
  })
})

describe('rewordsOnly', () => {
  const rewords = (a: string, b: string) => rewordsOnly(compareQuotes(a, b).diff ?? [])

  it.each([
    ['a word for another', 'It was a sad day for the harbour', 'It was a sad time for the harbour'],
    [
      'a capital that only starts the sentence',
      'The crews worked through the night',
      'Our crews worked through the night',
    ],
    [
      "a stressing 'nothing less than'",
      'The future of the valley and of every farm in it is at stake',
      'Nothing less than the future of the valley, and with it every farm, is at stake',
    ],
    [
      'a negation moved onto a verb of opinion',
      "I felt on the pitch we weren't playing the football we wanted",
      "I didn't feel on the pitch we were playing the football we wanted",
    ],
    [
      'a negation moved off a verb of opinion',
      "I don't think the pier is safe",
      'I think the pier is not safe',
    ],
  ])('holds for %s', (_kind, a, b) => {
    expect(rewords(a, b)).toBe(true)
  })

  it.each([
    ['a number', 'We lost 12 boats', 'We lost 14 boats'],
    ['a negation gained', 'The mayor was at the meeting', 'The mayor was not at the meeting'],
    [
      'a negation dropped from a verb of opinion',
      "I don't think the pier is safe",
      'I think the pier is safe',
    ],
    [
      'negations that do not add up',
      "I don't think the pier is safe and it is not open",
      'I think the pier is not safe and it is open',
    ],
    ['a name for another', 'Selby will lead the crews', 'Marrow will lead the crews'],
  ])('fails for %s', (_kind, a, b) => {
    expect(rewords(a, b)).toBe(false)
  })
})

describe('wordForm', () => {
  it.each([
    ['environmentalists', 'environmentalist'],
    ['looks', 'look'],
    ['vindicated', 'vindicat'],
    ['vindicate', 'vindicat'],
    ['organise', 'organiz'],
    ['organizing', 'organiz'],
    ['organisation', 'organization'],
    ['analysed', 'analyz'],
    ['colours', 'color'],
    ['labour', 'labor'],
    ['travelled', 'travel'],
    ['traveling', 'travel'],
    ['installed', 'instal'],
    ['centre', 'center'],
    ['defence', 'defens'],
    ['cities', 'city'],
    ['died', 'die'],
    ['stopped', 'stop'],
    ['churches', 'church'],
    ["ortiz's", 'ortiz'],
    ['has', 'have'],
    ['is', 'be'],
    ['four', 'four'],
    ['news', 'news'],
    ['police', 'polic'],
    ['policy', 'policy'],
    ['filled', 'fill'],
    ['filed', 'fil'],
    ['being', 'being'],
    ['35', '35'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
  ])('%s -> %s', (word, form) => {
    expect(wordForm(word)).toBe(form)
  })
})

describe('sameQuote', () => {
  it.each([
    {
      name: 'same speaker, reworded',
      a: q('The current was running faster than anything we have recorded', 'Ines Varga'),
      b: q("The current was faster than anything we've seen", 'Varga'),
      same: true,
    },
    {
      name: 'same speaker, two different remarks',
      a: q('We will rebuild', 'Ana Ortiz'),
      b: q('Nobody is leaving', 'Ortiz'),
      same: false,
    },
    {
      name: 'different speakers, same words',
      a: q('We will rebuild every home', 'Ortiz'),
      b: q('We will rebuild every home', 'Lee'),
      same: false,
    },
    {
      name: 'different speakers, the same sentence',
      a: q('The dredging plan is dead and buried', 'Tomas Weller'),
      b: q('The dredging plan is dead and buried', 'Mina Okafor'),
      same: true,
    },
    {
      name: 'different speakers, a part of the same sentence',
      a: q('The dredging plan is dead and buried for good', 'Tomas Weller'),
      b: q('the dredging plan is dead and buried', 'Mina Okafor'),
      same: true,
    },
    {
      name: 'different speakers, a reworded sentence',
      a: q('The dredging plan is dead and buried', 'Tomas Weller'),
      b: q('The dredging plan is over and done with', 'Mina Okafor'),
      same: false,
    },
    {
      name: 'no speakers, high overlap',
      a: q('homes before profits, now'),
      b: q('homes before profits'),
      same: true,
    },
    {
      name: 'no speakers, low overlap',
      a: q('homes before profits'),
      b: q('the river is rising fast'),
      same: false,
    },
    {
      name: 'one speaker unknown, middling overlap',
      a: q('The current was running faster than anything we have recorded', 'Ines Varga'),
      b: q("The current was faster than anything we've seen"),
      same: false,
    },
  ])('$name: $same', ({ a, b, same }) => {
    const side = (d: Detail) => ({ text: quoteText(d), speaker: d.source ?? undefined })
    expect(sameQuote(side(a), side(b)) > 0).toBe(same)
    expect(sameQuote(side(b), side(a)) > 0).toBe(same)
  })

  it('scores the same words by another speaker below any version by the same speaker', () => {
    const words = 'The dredging plan is dead and buried'
    const other = sameQuote({ text: words, speaker: 'Tomas Weller' }, { text: words, speaker: 'Mina Okafor' })
    const same = sameQuote(
      { text: words, speaker: 'Tomas Weller' },
      { text: 'The dredging plan is finished', speaker: 'Weller' },
    )
    expect(other).toBe(0.5)
    expect(same).toBeGreaterThan(1)
  })

  it('scores closer wording higher, so the closest version wins', () => {
    const base = { text: 'We will rebuild every home by winter', speaker: 'Ortiz' }
    const close = sameQuote(base, { text: 'We will rebuild every home', speaker: 'Ortiz' })
    const far = sameQuote(base, { text: 'Every home will be rebuilt, in time', speaker: 'Ortiz' })
    expect(close).toBeGreaterThan(far)
    expect(far).toBeGreaterThan(0)
  })

  it('takes its overlap thresholds and name similarity from the options', () => {
    const reworded = [
      { text: 'We will rebuild every home', speaker: undefined },
      { text: 'We will rebuild all the homes', speaker: undefined },
    ] as const
    const thresholds = { quoteOverlap: 0.5, sameSpeakerQuoteOverlap: 0.2, nameSimilarity: 0.93 }
    expect(sameQuote(...reworded, thresholds)).toBe(1.75)
    expect(sameQuote(...reworded, { ...thresholds, quoteOverlap: 0.8 })).toBe(0)
    const spoken = (speaker: string) => ({ text: 'We will rebuild every home', speaker })
    expect(sameQuote(spoken('Zelensky'), spoken('Zelenskyy'), thresholds)).toBe(2)
    expect(sameQuote(spoken('Zelensky'), spoken('Zelenskyy'), { ...thresholds, nameSimilarity: 0.99 })).toBe(
      0,
    )
    const remarks = [
      spoken('Ortiz'),
      { text: 'Every home will be rebuilt, in time', speaker: 'Ortiz' },
    ] as const
    expect(sameQuote(...remarks, thresholds)).toBe(1.5)
    expect(sameQuote(...remarks, { ...thresholds, sameSpeakerQuoteOverlap: 0.6 })).toBe(0)
  })

  it('measures overlap on content-word stems', () => {
    expect(quoteOverlap('They rebuild homes', 'rebuilding all the homes')).toBe(1)
    expect(quoteOverlap('rain', 'sun')).toBe(0)
  })

  it('strips quote marks and edge punctuation from the quoted words', () => {
    expect(quoteText({ ...q('x'), value: '\u201cWe will rebuild,\u201d' } as Detail)).toBe('We will rebuild')
  })
})

describe('speakerOf', () => {
  const statement = (details: Detail[], citations: Statement['citations'] = []): Statement => ({
    id: 's#0',
    articleId: 's',
    index: 0,
    text: '',
    start: 0,
    end: 0,
    line: 1,
    column: 1,
    kind: 'sentence',
    details,
    citations,
  })
  const attribution = (name: string): Detail => ({
    ...q(name),
    kind: 'attribution',
    value: name,
    source: name,
  })

  it.each([
    {
      name: 'the quote names its speaker',
      quote: q('We rebuild', 'Ana Ortiz'),
      others: [attribution('Tom Lee')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'one attribution in the statement',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'one person under two spellings',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz'), attribution('Ortiz')],
      speaker: 'Ana Ortiz',
    },
    {
      name: 'two people: no telling',
      quote: q('We rebuild'),
      others: [attribution('Ana Ortiz'), attribution('Tom Lee')],
      speaker: undefined,
    },
    { name: 'nobody', quote: q('We rebuild'), others: [], speaker: undefined },
  ])('$name', ({ quote, others, speaker }) => {
    expect(speakerOf(quote, statement([quote, ...others]))).toBe(speaker)
  })

  it('reads a said citation', () => {
    const quote = q('We rebuild')
    expect(
      speakerOf(quote, statement([quote], [{ kind: 'said', source: 'Ana Ortiz', start: 0, end: 1 }])),
    ).toBe('Ana Ortiz')
  })
})

describe('attributionConflicts', () => {
  it.each([
    {
      name: 'two people',
      speakers: [
        ['a', 'Tomas Weller'],
        ['b', 'Mina Okafor'],
      ],
      conflicts: [1, 0],
    },
    {
      name: 'one person under two spellings, and another',
      speakers: [
        ['a', 'Tomas Weller'],
        ['b', 'Weller'],
        ['c', 'Mina Okafor'],
      ],
      conflicts: [2, 2, 0],
    },
    {
      name: 'an unknown speaker conflicts with nobody',
      speakers: [
        ['a', undefined],
        ['b', 'Mina Okafor'],
      ],
      conflicts: [-1, -1],
    },
    {
      name: 'two people in one outlet only',
      speakers: [
        ['a', 'Tomas Weller'],
        ['a', 'Mina Okafor'],
        ['b', 'Weller'],
      ],
      conflicts: [-1, 2, 1],
    },
  ] as const)('$name', ({ speakers, conflicts }) => {
    const values = speakers.map(([articleId, speaker]) => ({ articleId, speaker }))
    expect(attributionConflicts(values)).toEqual(conflicts)
  })

  it('finds the first conflicting version among hundreds without comparing every pair', () => {
    const values = Array.from({ length: 600 }, (_, index) => ({
      articleId: `a${index}`,
      speaker: index === 599 ? 'Mina Okafor' : 'Tomas Weller',
    }))
    const conflicts = attributionConflicts(values)
    expect(conflicts.slice(0, 3)).toEqual([599, 599, 599])
    expect(conflicts[599]).toBe(0)
  })
})

describe('withAttribution', () => {
  const agree = { status: 'agree', reason: 'Both outlets quote the same words.', diff: null } as const
  it('turns a verdict on the same words by two people into a divergence that names them', () => {
    const values = [
      { articleId: 'a', speaker: 'Tomas Weller' },
      { articleId: 'b', speaker: 'Mina Okafor' },
    ]
    const outlets = new Map([
      ['a', 'Valley Post'],
      ['b', 'Ridge Times'],
    ])
    expect(withAttribution(agree, values, 0.93, (id) => outlets.get(id) ?? id)).toEqual({
      status: 'diverge',
      reason:
        'The outlets attribute the same words to different people: Tomas Weller (Valley Post) and Mina Okafor (Ridge Times).',
      diff: null,
    })
  })

  it('leaves a verdict alone when the speakers are one person or unknown', () => {
    const values = [
      { articleId: 'a', speaker: 'Tomas Weller' },
      { articleId: 'b', speaker: 'Weller' },
      { articleId: 'c', speaker: undefined },
    ]
    expect(withAttribution(agree, values)).toBe(agree)
  })
})

describe('compareQuotes: how outlets set the same words', () => {
  it.each([
    {
      name: 'a space after a contraction’s apostrophe',
      a: 'I’ m not sure it couldn’ t wait',
      b: "I'm not sure it couldn't wait",
    },
    {
      name: 'dashes set three ways',
      a: 'you know what they say - - the third time works',
      b: 'you know what they say—the third time works',
    },
    {
      name: 'a dash without spaces',
      a: 'you know what they say-the third time works',
      b: 'you know what they say – the third time works',
    },
    {
      name: 'an insertion in brackets',
      a: 'we thank her (Mina Ross) and her family for their patience',
      b: 'we thank her and her family for their patience',
    },
  ])('$name: agree', ({ a, b }) => {
    expect(compareQuotes(a, b).status).toBe('agree')
  })

  it('only small words apart are compatible, and the reason names them', () => {
    const verdict = compareQuotes(
      'It is an honour to be named in the same breath with Okafor',
      'It is an honour to be named in the same breath as Okafor',
    )
    expect(verdict.status).toBe('compatible')
    expect(verdict.reason).toMatch(/small words differ/)
  })

  it('a part of a longer quote with a small word added is compatible', () => {
    const verdict = compareQuotes(
      'I made the call because I felt the crew were not getting the results we wanted',
      'I felt the crew were not getting the results we had wanted',
    )
    expect(verdict.status).toBe('compatible')
    expect(verdict.reason).toMatch(/part of the same words.*small words differ/)
  })

  it('words cut from inside a quote without a mark are compatible, and the reason names them', () => {
    const full = 'The old ferry is unsafe and has to be taken out of service before the winter'
    const cut = 'The old ferry has to be taken out of service before the winter'
    const verdict = compareQuotes(full, cut)
    expect(verdict).toMatchObject({ status: 'compatible', diff: null })
    expect(verdict.reason).toBe(
      "One outlet quotes the same words with some left out, unmarked ('is unsafe and').",
    )
    expect(compareQuotes(cut, full).status).toBe('compatible')
  })

  it.each([
    {
      name: 'a negation',
      a: 'The council will not close the library on weekends this year',
      b: 'The council will close the library on weekends this year',
    },
    {
      name: 'a number',
      a: 'We pulled 40 people out of the river before the light went',
      b: 'We pulled people out of the river before the light went',
    },
    {
      name: 'a modal',
      a: 'The crews could finish the repairs to the bridge by the spring',
      b: 'The crews finish the repairs to the bridge by the spring',
    },
    {
      name: 'two cuts',
      a: 'The old ferry is unsafe and has to be taken out of service today before the winter',
      b: 'The old ferry has to be taken out of service before the winter',
    },
    {
      name: 'a cut with words added',
      a: 'The old ferry is unsafe and has to be taken out of service before the winter',
      b: 'The old ferry has to be pulled out of service before the winter',
    },
    { name: 'a short quote', a: 'We stayed and fought the fire', b: 'We fought the fire' },
    // A cut modifier or clause changes what was said; only a dropped conjunct ('... and') is an abridgement.
    {
      name: 'a modifier',
      a: 'The guard allegedly pushed the man down the stairs of the station',
      b: 'The guard pushed the man down the stairs of the station',
    },
    {
      name: 'a condition',
      a: 'The ferries will sail unless the wind gets worse and the harbour stays open tomorrow',
      b: 'The ferries will sail and the harbour stays open tomorrow',
    },
    {
      name: 'a named conjunct',
      a: 'The permit was signed by Councillor Ames and the planning officer without a hearing',
      b: 'The permit was signed by the planning officer without a hearing',
    },
  ])('words cut from inside a quote with $name are not a mere cut', ({ a, b }) => {
    expect(compareQuotes(a, b).status).toBe('diverge')
    expect(compareQuotes(b, a).status).toBe('diverge')
  })

  it.each([
    { name: 'a pronoun', a: 'he will not run again', b: 'she will not run again' },
    { name: 'a negation', a: 'the bridge is safe to use', b: 'the bridge is not safe to use' },
    { name: 'a modal', a: 'how many more will you arrest today', b: 'how many more did you arrest today' },
  ])('$name changed is still a misquote', ({ a, b }) => {
    expect(compareQuotes(a, b).status).toBe('diverge')
  })
})
