import { CorroborateError } from '../errors.js'
import { corroborationThresholdOf, optionValue, resolveOptions } from '../options.js'
import { packedMap } from '../packed-map.js'
import { tokenize } from '../text/natural.js'
import type { Article, Claim, Options, ResolvedOptions, SimilarityFunction, Statement } from '../types.js'
import { buildClaims, type PairRequest, type Unit } from './build.js'
import type { ClaimState } from './claim-state.js'
import { articleVectors, writeContextFeatures } from './context-features.js'
import { explain } from './explain.js'
import { countFeatures, featureCounts } from './feature-counts.js'
import { linkVerdict } from './link-verdict.js'
import { nameVariants } from './names.js'
import {
  featureNames,
  hasEvidence,
  interner,
  jaccardMarks,
  overlapOf,
  type ProfileOverlap,
  profileOf,
  profileStore,
  type StatementProfile,
  sharedSlotFloor,
  sharesDate,
  sharesSlot,
  writePairFeatures,
} from './pair-features.js'
import { type PairMemo, pairMemo, recallPair, rememberPair } from './pair-memo.js'
import type { ProfileMarks } from './profile-marks.js'
import {
  askHook,
  checkedScore,
  hookScorer,
  isPromise,
  modelScorer,
  PairScores,
  type Scorer,
  settleWithin,
  similarityTimeoutOf,
} from './similarity.js'
import { alignmentModel, probability, statementModel } from './similarity-model.js'
import {
  casedWords,
  eventWords,
  memoStemmer,
  type StatementWords,
  statementTokens,
  textWords,
} from './tokens.js'
import { ownVector, type SparseVector, type Vocabulary, weighCounts } from './weights.js'

/**
 * Below this many statements, a custom `options.similarity` is asked about every pair of
 * statements from different articles, so that paraphrases sharing no word (an embedding's
 * strength) are found; above it, only about the candidates the inverted index proposes.
 */
export const allPairsLimit = 2000

/** Everything alignment needs, computed once per call. */
interface Prepared {
  articles: readonly Article[]
  units: Unit[]
  pools: number[][]
  vocabulary: Vocabulary
  /** The same-statement model's profile of each unit (empty with a similarity hook). */
  profiles: StatementProfile[]
  /** Each article's vector, for `sameEvent` (empty with a similarity hook). */
  articleVectors: SparseVector[]
  /** Whether two articles report one event, by article pair, as it is asked. */
  sameEvent: PairMemo
  /** One article's vector spread out by feature id, for `articleCosine` (allocated when first asked). */
  dense: DenseArticle
  /** The profile `pairScore` last scored against others, marked out for its Jaccard features. */
  marks: ProfileMarks
}

/** The weights of one article's vector by feature id (0 elsewhere), and which article that is (-1: none). */
interface DenseArticle {
  article: number
  weights: Float64Array
}

/**
 * Groups the statements of different articles that report the same fact into claims.
 *
 * Every statement that is not a `fragment` ends up in exactly one claim, alone when no other
 * article reports it ('single-source'). A claim holds at most one body statement and one
 * heading per article unless `options.manyToOne` (a headline and the lead sentence that states
 * its fact in full may both join). Two statements are scored by two logistic regressions
 * (src/align/similarity-model.ts) over rarity-weighted shared words and names (rarity in
 * general English, from SUBTLEX-US), shared word pairs, shared figures and dates (a shared
 * value is evidence; a differing one is no evidence either way, so outlets that disagree on a
 * number still align) and length: the same-statement model (the two statements alone, fitted
 * on the ECB+, NAnCo and MRPC dev pairs) and the alignment model (the same features plus the
 * TF-IDF cosine over the event's own statements, fitted on the ECB+ dev topics); a pair's link
 * score is their mean (`linkScore`). Pairs sharing less than `minSharedMass` of word weight
 * score 0. A statement joins a claim when the mean of its best and its average link score
 * against the claim's members reaches `options.threshold` (default 0.59), and two
 * claims merge when theirs does; a statement still alone then joins the claim holding its best
 * counterpart when that pair reaches the threshold and the claim's other members are not far
 * off (`rescueLone`). Candidates come from an inverted index over the claims,
 * never from all pairs. Claims are numbered 'c1', 'c2', ... in order of their first statement;
 * `score` is the mean pairwise probability of the members (1 for a claim of one statement);
 * `comparisons` is empty (`compare` fills it).
 *
 * With `options.similarity`, the hook replaces the lexical score (results clamped to 0..1);
 * it must be synchronous here (use `alignAsync` for a Promise-returning hook). Below
 * `allPairsLimit` (2,000) statements it is asked about every cross-article pair, so that
 * paraphrases sharing no word can align; above, about the lexical index's candidates.
 *
 * @example
 * const claims = align([analyze({ id: 'tass', text: 'About 9,000 troops marched across Red Square.' }),
 *                       analyze({ id: 'ap', text: 'Some 11,000 troops marched across Red Square.' })])
 * claims[0].statementIds //=> ['tass#0', 'ap#0']
 * claims[0].why.summary //=> 'shared: Red Square, troops marched (0.91)'
 */
export function align(articles: Article[], options?: Options): Claim[] {
  const { prepared, hook, pairs, scorer, steps, corroboration } = start(articles, options)
  let step = steps.next()
  while (!step.done) {
    for (const [a, b] of step.value) {
      const first = prepared.units[a]!.statement
      const second = prepared.units[b]!.statement
      const value = askHook(hook as SimilarityFunction, first, second)
      if (isPromise(value)) {
        value.then(undefined, () => undefined)
        throw new CorroborateError(
          'E_ASYNC_HOOK',
          'options.similarity returned a Promise, which align and compare cannot wait for; ' +
            'call alignAsync or compareAsync instead.',
        )
      }
      pairs!.set(a, b, checkedScore(value, first, second))
    }
    step = steps.next()
  }
  return finish(prepared, step.value, scorer, corroboration)
}

/** Most hook calls in flight at once in `alignAsync`. */
const asyncBatch = 256

/**
 * `align` for a similarity hook that returns a Promise (an embedding service): the same
 * claims, with the hook's calls awaited in batches of up to 256 at a time. A batch that has
 * not settled after `options.similarityTimeout` ms (default 30,000) is 'E_ASYNC_HOOK'.
 *
 * @example
 * // A stand-in for an embedding service: the share of words the two statements have in common.
 * const embed = async (text) => new Set(text.toLowerCase().match(/[a-z]+/g))
 * const overlap = async (a, b) => {
 *   const [x, y] = await Promise.all([embed(a.text), embed(b.text)])
 *   return [...x].filter((word) => y.has(word)).length / Math.max(x.size, y.size)
 * }
 * const articles = [analyze({ id: 'a', text: 'The bridge reopened on Monday.' }),
 *                   analyze({ id: 'b', text: 'On Monday the bridge reopened.' })]
 * const claims = await alignAsync(articles, { similarity: overlap })
 * claims[0].statementIds //=> ['a#0', 'b#0']
 */
export async function alignAsync(articles: Article[], options?: Options): Promise<Claim[]> {
  const timeout = similarityTimeoutOf(options)
  const { prepared, hook, pairs, scorer, steps, corroboration } = start(articles, options)
  let step = steps.next()
  while (!step.done) {
    const request: PairRequest = step.value
    for (let from = 0; from < request.length; from += asyncBatch) {
      const batch = request.slice(from, from + asyncBatch)
      const scores = await settleWithin(
        Promise.all(
          batch.map(([a, b]) =>
            askHook(hook as SimilarityFunction, prepared.units[a]!.statement, prepared.units[b]!.statement),
          ),
        ),
        timeout,
      )
      batch.forEach(([a, b], i) => {
        pairs!.set(a, b, checkedScore(scores[i], prepared.units[a]!.statement, prepared.units[b]!.statement))
      })
    }
    step = steps.next()
  }
  return finish(prepared, step.value, scorer, corroboration)
}

function run(prepared: Prepared, resolved: ResolvedOptions, scorer: Scorer, pairs: PairScores | null) {
  const hook = pairs !== null
  return buildClaims(
    prepared.units,
    prepared.pools,
    {
      threshold: resolved.threshold,
      manyToOne: resolved.manyToOne,
      hook,
      allPairs: hook && prepared.units.length < allPairsLimit,
    },
    scorer,
    pairs,
  )
}

/** Validates the articles and computes every statement's weighted features. */
function prepare(articles: Article[], options: Options | undefined): Prepared {
  resolveOptions(options)
  if (!Array.isArray(articles)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      'align expects an array of analysed articles (from analyze); wrap a single article in [ ].',
    )
  }
  const seen = new Set<string>()
  articles.forEach((article, position) => {
    if (article === null || typeof article !== 'object' || !Array.isArray(article.statements)) {
      throw new CorroborateError(
        'E_INPUT_TYPE',
        `Article ${position + 1} given to align has no 'statements' array; pass the result of analyze().`,
      )
    }
    if (seen.has(article.id)) {
      throw new CorroborateError(
        'E_INPUT_TYPE',
        `Two articles share the id '${article.id}'; give each a unique id.`,
      )
    }
    seen.add(article.id)
  })
  const units: Unit[] = []
  const pools: number[][] = [[]]
  const verbatims = verbatimNumbers()
  const statements: Statement[] = []
  articles.forEach((article, position) => {
    for (const statement of article.statements) {
      if (statement.kind === 'fragment') continue
      pools[0]!.push(units.length)
      units.push({
        statement,
        article: position,
        slot: position * 2 + (statement.kind === 'heading' ? 1 : 0),
        vector: noVector,
        verbatim: verbatimNumber(verbatims, statement.text),
      })
      statements.push(statement)
    }
  })
  // Each statement's words are split when they are read and dropped after: a memo of every
  // statement's words held about 2 KB a statement through the whole preparation (one event of
  // 2,000 articles has 80,000), for one more split of the cased words each.
  const event = eventWords(statements, casedOnly)
  const stemOf = memoStemmer()
  // The model's inputs; a similarity hook replaces the model and needs none of them.
  const byModel = options?.similarity === undefined
  const intern = interner()
  const store = profileStore()
  const profiles: StatementProfile[] = []
  // Each statement's tokens are counted and dropped: `weighCounts` needs every statement's
  // features (names are merged into variants across the event first), and tokens of every
  // statement held about 1.1 KB a statement until then.
  const counts = featureCounts()
  for (const statement of statements) {
    const words = textWords(statement.text)
    const wordsOf = (): StatementWords => words
    const lexical = statementTokens(statement, event, stemOf, wordsOf)
    if (byModel) profiles.push(profileOf(statement, event, intern, stemOf, wordsOf, lexical, store))
    countFeatures(counts, lexical)
  }
  const { vectors, vocabulary } = weighCounts(
    counts,
    nameVariants(counts.nameCounts, optionValue(options, 'nameSimilarity')),
  )
  vectors.forEach((vector, i) => {
    units[i]!.vector = vector
  })
  return {
    articles,
    units,
    pools,
    vocabulary,
    profiles,
    articleVectors: byModel ? articleVectors(units, articles.length) : [],
    sameEvent: pairMemo(articles.length),
    dense: { article: -1, weights: new Float64Array(0) },
    marks: jaccardMarks(),
  }
}

/** A unit's vector until `weigh` gives it one. */
const noVector: SparseVector = ownVector(new Int32Array(0), new Float64Array(0))

/** The cased words of a statement, all that `eventWords` reads. */
function casedOnly(statement: Statement): Pick<StatementWords, 'cased'> {
  return { cased: casedWords(statement.text) }
}

/**
 * A statement's words, lower case and apostrophes folded, joined by spaces: equal for two
 * statements that say the same words whatever their punctuation and case ('She was 91.' and
 * 'she was 91'); '' for a statement of fewer than two words, which says too little to match on
 * its words alone. Two statements of one key score 1: wire copy repeated word for word states
 * one fact, even when no word of it is informative enough for the model.
 *
 * @example
 * verbatimKey('She was 91.') //=> 'she was 91'
 */
export function verbatimKey(text: string): string {
  const words = tokenize(text)
  return words.length < 2 ? '' : words.join(' ')
}

/**
 * The `verbatimKey`s of an event's statements numbered in the order first seen, held by a hash
 * of each key and the text of its first statement, not by the key: a Map of the keys (as long
 * as the statements) promoted about 0.37 KB a statement while preparing one event of 2,000
 * articles. A key whose hash is known is checked against that statement's key, and keys whose
 * hash another key has are numbered by the key itself.
 */
interface VerbatimNumbers {
  byHash: Map<number, number>
  /** The text of the first statement of each number. */
  texts: string[]
  collided: Map<string, number>
}

function verbatimNumbers(): VerbatimNumbers {
  return { byHash: new Map(), texts: [], collided: new Map() }
}

/** The number of the `verbatimKey` of `text` in `numbers` (-1 for ''), numbering a new key. */
function verbatimNumber(numbers: VerbatimNumbers, text: string): number {
  const key = verbatimKey(text)
  if (key === '') return -1
  const hash = keyHash(key)
  const known = numbers.byHash.get(hash)
  if (known === undefined) {
    numbers.byHash.set(hash, numbers.texts.length)
    numbers.texts.push(text)
    return numbers.texts.length - 1
  }
  if (verbatimKey(numbers.texts[known]!) === key) return known
  let number = numbers.collided.get(key)
  if (number === undefined) {
    number = numbers.texts.length
    numbers.collided.set(key, number)
    numbers.texts.push(text)
  }
  return number
}

/** A 53-bit hash of a string (two 32-bit FNV-1a-style hashes of different primes). */
function keyHash(key: string): number {
  let high = 0x811c9dc5
  let low = 0x9747b28c
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    high = Math.imul(high ^ code, 0x01000193)
    low = Math.imul(low ^ code, 0x5bd1e995)
  }
  return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff)
}

/**
 * Cosine of two articles' vectors at and above which they are taken to report one event, so
 * that a shared figure slot counts (`sharedSlotFloor`): two earthquakes that each 'killed'
 * people are two facts, one death toll reported by two outlets of one quake is one.
 */
export const sameEventCosine = 0.5

/** True when the articles of two units are about one event (`sameEventCosine`). */
function sameEvent(prepared: Prepared, a: number, b: number): boolean {
  const left = prepared.units[a]!.article
  const right = prepared.units[b]!.article
  let same = recallPair(prepared.sameEvent, left, right)
  if (same === undefined) {
    same = articleCosine(prepared, left, right) >= sameEventCosine
    rememberPair(prepared.sameEvent, left, right, same)
  }
  return same
}

/**
 * `cosine` of two articles' vectors, read through `left`'s vector spread out by feature id:
 * the article pairs asked grow faster than the articles (one event of 1,000 outlets asked
 * 191,000, of 500 outlets 60,000), and an article's vector holds hundreds of features, so the
 * merge of two sorted vectors was the cost. Consecutive pairs mostly share `left` (one
 * statement against a claim's members). The same products summed in the same order (the
 * ascending ids of `right`, adding 0 for a feature `left` lacks) as `cosine`, so the same value.
 */
function articleCosine(prepared: Prepared, left: number, right: number): number {
  const dense = prepared.dense
  if (dense.article !== left) {
    if (dense.weights.length < prepared.vocabulary.keys.length) {
      dense.weights = new Float64Array(prepared.vocabulary.keys.length)
    } else if (dense.article >= 0) {
      for (const id of prepared.articleVectors[dense.article]!.ids) dense.weights[id] = 0
    }
    const { ids, weights } = prepared.articleVectors[left]!
    for (let i = 0; i < ids.length; i++) dense.weights[ids[i]!] = weights[i]!
    dense.article = left
  }
  const { ids, weights } = prepared.articleVectors[right]!
  const spread = dense.weights
  let dot = 0
  for (let i = 0; i < ids.length; i++) dot += spread[ids[i]!]! * weights[i]!
  return dot
}

/** The alignment model's features of two units: the pair's own, then the event's. */
function unitPairFeatures(
  prepared: Prepared,
  a: number,
  b: number,
  overlap: ProfileOverlap = overlapOf(prepared.profiles[a]!, prepared.profiles[b]!),
  features: number[] = [],
): number[] {
  writePairFeatures(features, prepared.profiles[a]!, prepared.profiles[b]!, overlap)
  writeContextFeatures(features, featureNames.length, prepared.units, a, b)
  return features
}

/**
 * The same-statement score (`similarity`: the two statements on their own, without the
 * event's context) below which two statements never link, unless they give a value for one
 * figure slot (`sharedSlotFloor`). The event's context makes a word rare in this coverage
 * weigh heavily, so statements sharing only a place or a player's name ('a layup cut the
 * deficit' / 'the win improved the team's tournament record') scored as one fact. On the ECB+
 * dev topics (`node scripts/eval/ecb-align.mjs`) claim links went from precision 0.806, recall
 * 0.256 to 0.814, 0.256. A floor of 0.3 gave 0.833, 0.254 there, but split 'Five people were
 * still missing tonight.' from 'At least nine people were still missing on Saturday morning'
 * (0.24 on their own), one count that two outlets disagree on.
 */
export const minStatementSimilarity = 0.2

/**
 * Least rarity-weighted mass of words other than names that two statements share for their
 * link to rest on more than the people and places they mention: about one word as specific
 * as 'fire' or 'son' ('said' is 0.5). A date both give, or a value for one figure slot (kind,
 * unit and subject), counts as such a word; a bare number does not ('four seasons' / 'the
 * four top scorers').
 */
export const minSharedWordMass = 1

/**
 * The same-statement score (`similarity`, the two statements on their own) that two
 * statements sharing only names (`minSharedWordMass`) need before `align` links them: more
 * likely than not one statement. Statements about the same people often state different facts
 * ('Judge Weinstein sentenced Gigante to 12 years' / 'Weinstein insisted that Gigante wear a
 * suit', 0.38); readers of real ECB+ coverage counted such groupings as most wrong
 * `corroborated` claims, and the event's context, which makes its names rare, scores them high.
 * A paraphrase that shares the names and little else still links ('a landslide blocked the
 * railway to Dunmore' / 'services between Dunmore and Brackley suspended after rock slid onto
 * the line', 0.56). On the ECB+ dev topics (`node scripts/eval/ecb-align.mjs`) claim links went
 * from precision 0.825, recall 0.270 to 0.836, 0.252; of 200 claims five readers had judged,
 * 11 of 68 wrong ones fell apart, and 4 of 132 right ones lost a statement. Gating every such
 * pair, whatever its score, did no better there and split that paraphrase.
 */
export const namesOnlySimilarity = 0.5

/** One feature array reused by every `pairScore` (alignment is synchronous). */
const pairScratch: number[] = new Array(alignmentModel.features.length).fill(0)

/** One overlap record reused by every `pairScore`, for the same reason. */
const overlapScratch: ProfileOverlap = {
  dot: 0,
  shared: 0,
  sharedNames: 0,
  sharedNameMass: 0,
  sharedAttributionMass: 0,
}

/**
 * The score of two units: 0 without shared evidence (`hasEvidence`), else `linkScore` of the
 * two models' probabilities.
 */
function pairScore(prepared: Prepared, a: number, b: number): number {
  const left = prepared.profiles[a]!
  const right = prepared.profiles[b]!
  const verbatim = prepared.units[a]!.verbatim
  if (verbatim >= 0 && verbatim === prepared.units[b]!.verbatim) return 1
  const overlap = overlapOf(left, right, overlapScratch)
  const shared = overlap.shared
  if (!hasEvidence(left, right, shared)) return 0
  const slot = sharesSlot(left, right)
  const dated = sharesDate(left, right)
  // Statements that share only who spoke ('..., Troy police Lt. Gerry Scherlinck said') are
  // not one fact, however rare the spokesperson's name.
  if (shared - overlap.sharedAttributionMass < minSharedWordMass && !slot && !dated) return 0
  const namesOnly = shared - overlap.sharedNameMass < minSharedWordMass && !slot && !dated
  const features = pairScratch
  writePairFeatures(features, left, right, overlap, prepared.marks)
  // The statement model reads the leading pair features, the alignment model's prefix.
  const alone = probability(statementModel, features)
  if (namesOnly && alone < namesOnlySimilarity) return 0
  // The alignment model, and the event's features it adds, are not needed when the
  // statements alone are too far apart.
  let inContext = 0
  if (alone >= minStatementSimilarity) {
    writeContextFeatures(features, featureNames.length, prepared.units, a, b)
    inContext = probability(alignmentModel, features)
  }
  const slotted = shared >= 1 && slot && sameEvent(prepared, a, b)
  return linkScore(alone, inContext, slotted)
}

/**
 * The weight of `alone` (the same-statement model: the two statements on their own) in a
 * pair's link score; the alignment model, which reads the event's context, has the rest. The
 * alignment model is fitted on ECB+, whose gold links join the sentences of one event, so it
 * scores two statements about one person or one trial high even when they state different
 * facts ('Cheeks did not meet them' / 'Stefanski said he met with Cheeks': 0.23 alone, 0.74 in
 * context). The mean of the two splits such claims. With both models fitted to `featureSigns`
 * and the default `threshold` 0.6, ECB+ dev claim links (`node scripts/eval/ecb-align.mjs`)
 * went from P 0.836, R 0.253 (the alignment model alone, threshold 0.7) to P 0.800, R 0.264;
 * of 240 `corroborated` claims six readers of ECB+ coverage had judged, 55 of 86 wrong ones
 * fall apart instead of 16, and 34 of 154 right ones lose a statement instead of 5. Weights
 * 0.2 to 0.4 with thresholds 0.62 to 0.7 kept more wrong claims or lost ECB+ precision.
 */
export const aloneWeight = 0.5

/**
 * The score of a pair of statements from its two model probabilities, 0..1: the blend
 * `aloneWeight * alone + (1 - aloneWeight) * inContext` of the same-statement model (the two
 * statements on their own) and the alignment model (with the event's features); 0 when `alone`
 * is below `minStatementSimilarity`; lifted to `sharedSlotFloor` when `slotted` (they give a
 * value for one figure slot in articles about one event).
 *
 * @example
 * linkScore(0.1, 0.9, false) //=> 0
 * linkScore(0.1, 0.9, true) //=> 0.7
 * linkScore(0.6, 0.9, false) //=> 0.75
 */
export function linkScore(alone: number, inContext: number, slotted: boolean): number {
  const model = alone < minStatementSimilarity ? 0 : aloneWeight * alone + (1 - aloneWeight) * inContext
  return slotted ? Math.max(model, sharedSlotFloor) : model
}

/**
 * The statements `align` would align and the alignment model's features of any two of them,
 * by position in `statements`: what `scripts/fit-similarity.mjs` fits the model on. Not part
 * of the public API.
 */
export function alignmentFeatures(
  articles: Article[],
  options?: Options,
): { statements: Statement[]; features: (a: number, b: number) => number[] } {
  const prepared = prepare(articles, options)
  return {
    statements: prepared.units.map((unit) => unit.statement),
    features: (a, b) => unitPairFeatures(prepared, a, b),
  }
}

/**
 * Turns built claims into `Claim` records, numbered in order of their first statement. Every
 * claim's links are scored first; then what only scoring reads (the profiles, the article
 * vectors, the claims being built) is let go before the claims are explained, so that a
 * collection during `explain` (about a fifth of what `align` promotes on one big event) finds
 * them dead instead of the heap growing past them.
 */
function finish(prepared: Prepared, built: ClaimState[], scorer: Scorer, corroboration: number): Claim[] {
  const articleOf = (unit: number): number => prepared.units[unit]!.article
  const ordered = built
    .map((claim) => ({ claim, members: [...claim.members].sort((a, b) => a - b) }))
    .sort((x, y) => x.members[0]! - y.members[0]!)
  const scored = ordered.map(({ claim, members }) => ({ members, links: scorer.links(claim, articleOf) }))
  ordered.length = 0
  built.length = 0
  releaseScoring(prepared)
  return scored.map(({ members, links }, i) => {
    const positions = [...new Set(members.map((member) => prepared.units[member]!.article))]
    const score = Math.round(links.cohesion * 10000) / 10000
    // Floored, never rounded up to a threshold it misses: compare decides on the stored value.
    const weakestLink = Math.floor(links.weakestLink * 10000) / 10000
    const articleIds = positions.map((position) => prepared.articles[position]!.id)
    const outlets = packedMap(
      positions,
      (position) => prepared.articles[position]!.outlet ?? prepared.articles[position]!.id,
    )
    return {
      id: `c${i + 1}`,
      statementIds: members.map((member) => prepared.units[member]!.statement.id),
      articleIds,
      score,
      weakestLink,
      status: articleIds.length < 2 ? 'single-source' : linkVerdict(weakestLink, corroboration),
      comparisons: [],
      why: explain(members, prepared.units, prepared.vocabulary, score, outlets),
    }
  })
}

/** Lets go of what only pair scoring reads, once every pair is scored. */
function releaseScoring(prepared: Prepared): void {
  prepared.profiles = []
  prepared.articleVectors = []
  prepared.dense = { article: -1, weights: new Float64Array(0) }
}

/**
 * What `align` and `alignAsync` share: the prepared statements, the scorer (lexical, or the
 * user's hook through a table of pair scores) and the alignment run that asks for hook scores.
 */
function start(articles: Article[], options: Options | undefined) {
  const prepared = prepare(articles, options)
  const hook = options?.similarity
  const pairs = hook === undefined ? null : new PairScores(prepared.units.length)
  const scorer = pairs === null ? modelScorer((a, b) => pairScore(prepared, a, b)) : hookScorer(pairs)
  const resolved = resolveOptions(options)
  const corroboration = corroborationThresholdOf(resolved)
  return { prepared, hook, pairs, scorer, steps: run(prepared, resolved, scorer, pairs), corroboration }
}
