// Deterministic synthetic news corpora for the benchmark: one event told by many outlets.
// Each article has about 40 sentences: facts shared with other outlets (verbatim, reworded,
// or with a changed figure) and facts of its own. A seeded PRNG makes every run identical.

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const syllables = [
  'ka',
  'lo',
  'mer',
  'tan',
  'vi',
  'sor',
  'del',
  'ru',
  'pen',
  'gal',
  'tor',
  'shi',
  'ba',
  'nen',
  'fir',
  'col',
  'dun',
  'ha',
  'ves',
  'pri',
]
const englishNouns =
  `council mayor police minister hospital school bridge road river village station factory warehouse port
airport court judge union workers residents farmers teachers doctors nurses patients soldiers troops protesters
company shares budget contract report inquiry election parliament vote plan law tax price market bank loan fuel
water power storm flood fire blaze smoke rain snow drought harvest crop cattle grain railway tram bus ferry ship
strike protest rally march ceremony parade speech summit talks treaty deal sanctions aid camp border refugees
museum stadium festival concert hotel tourists visitors students exam ministry agency office building tower
district province region capital island coast valley forest mine quarry pipeline reactor plant laboratory vaccine`
    .split(/\s+/)
    .filter(Boolean)
const englishVerbs =
  `approved rejected opened closed announced confirmed denied delayed cancelled expanded reduced raised
cut funded blocked damaged destroyed evacuated rescued arrested charged fined signed launched suspended repaired
flooded visited inspected criticised praised investigated reported warned promised demanded postponed reopened`
    .split(/\s+/)
    .filter(Boolean)
const synonyms = new Map(
  Object.entries({
    approved: 'backed',
    rejected: 'turned down',
    opened: 'launched',
    closed: 'shut',
    announced: 'unveiled',
    confirmed: 'verified',
    delayed: 'postponed',
    damaged: 'hit',
    destroyed: 'wrecked',
    evacuated: 'cleared',
    criticised: 'condemned',
    warned: 'cautioned',
    residents: 'locals',
    troops: 'soldiers',
    blaze: 'fire',
    police: 'officers',
    council: 'councillors',
    workers: 'staff',
    company: 'firm',
    plan: 'proposal',
  }),
)
const fillers = [
  'on Tuesday',
  'late on Friday',
  'this week',
  'earlier today',
  'after a long meeting',
  'despite objections',
  'in the morning',
  'for the first time',
]

function pick(random, list) {
  return list[Math.floor(random() * list.length)]
}

function name(random) {
  const word =
    pick(random, syllables) + pick(random, syllables) + (random() < 0.5 ? pick(random, syllables) : '')
  return word[0].toUpperCase() + word.slice(1)
}

function capitalise(text) {
  return text[0].toUpperCase() + text.slice(1)
}

/** One fact: who did what to what, where, with a figure. */
function makeFact(random, places, people, nouns) {
  return {
    actor: pick(random, englishNouns),
    verb: pick(random, englishVerbs),
    object: pick(random, nouns),
    extra: pick(random, nouns),
    place: pick(random, places),
    person: pick(random, people),
    count: 5 + Math.floor(random() * 5000),
    countNoun: pick(random, englishNouns),
  }
}

function render(fact, variant, random) {
  const count = variant === 'changed' ? Math.round(fact.count * (1.1 + random() * 0.3)) : fact.count
  if (variant === 'reworded') {
    const verb = synonyms.get(fact.verb) ?? fact.verb
    const actor = synonyms.get(fact.actor) ?? fact.actor
    return `In ${fact.place}, the ${fact.object} near the ${fact.extra} was ${verb} by the ${actor}, ${fact.person} said, affecting about ${count.toLocaleString('en-US')} ${fact.countNoun}.`
  }
  return `${capitalise(`the ${fact.actor}`)} ${fact.verb} the ${fact.object} by the ${fact.extra} in ${fact.place} ${pick(random, fillers)}, affecting ${count.toLocaleString('en-US')} ${fact.countNoun}, according to ${fact.person}.`
}

/**
 * A corpus of `articles` articles about one event, `sentences` sentences each (default 40).
 * Returns `{ articles: [{ id, outlet, text, sentences, facts }], characters }`; `sentences`
 * are the article's sentences in order (joined by spaces, in paragraphs of five, to make
 * `text`), `facts[i]` the fact sentence i reports (>= 0: shared, < 0: this outlet's alone).
 */
export function makeCorpus(articles, { sentences = 40, seed = 42 } = {}) {
  const random = prng(seed + articles)
  const places = Array.from({ length: 60 }, () => name(random))
  const people = Array.from({ length: 80 }, () => `${name(random)} ${name(random)}`)
  // A news vocabulary is large: a few common nouns plus many rarer ones (made-up words here).
  const nouns = [...englishNouns, ...Array.from({ length: 3000 }, () => name(random).toLowerCase())]
  // Shared facts: enough that most of an article is shared, with some facts widely reported.
  const shared = Array.from({ length: 80 }, () => makeFact(random, places, people, nouns))
  const popularity = shared.map((_, i) => 0.9 / (1 + i * 0.08))
  const result = []
  let characters = 0
  for (let a = 0; a < articles; a++) {
    const lines = []
    const facts = []
    for (let f = 0; f < shared.length && lines.length < sentences * 0.7; f++) {
      if (random() > popularity[f]) continue
      const roll = random()
      const variant = roll < 0.5 ? 'verbatim' : roll < 0.8 ? 'reworded' : 'changed'
      lines.push(render(shared[f], variant, random))
      facts.push(f)
    }
    while (lines.length < sentences) {
      lines.push(render(makeFact(random, places, people, nouns), 'verbatim', random))
      facts.push(-1 - a * sentences - lines.length)
    }
    // Shuffle deterministically: outlets order facts differently.
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[lines[i], lines[j]] = [lines[j], lines[i]]
      ;[facts[i], facts[j]] = [facts[j], facts[i]]
    }
    const paragraphs = []
    for (let i = 0; i < lines.length; i += 5) paragraphs.push(lines.slice(i, i + 5).join(' '))
    const text = paragraphs.join('\n\n')
    characters += text.length
    result.push({ id: `o${a + 1}`, outlet: `Outlet ${a + 1}`, text, sentences: lines, facts })
  }
  return { articles: result, characters }
}
