import { CorroborateError } from '../errors.js'
import { optionValue, resolveOptions } from '../options.js'
import type { ArticleInput, Options } from '../types.js'
import { memoStemmer, textTerms } from './tokens.js'

/**
 * Sorts a pile of articles about several events into one group per event, before any
 * analysis: each article's raw text (markup tags and entities dropped) becomes a TF-IDF
 * vector of informative stems over the pile, and groups are formed by average-link
 * agglomerative clustering, merging the most similar groups first while their mean cosine
 * similarity reaches `options.eventThreshold` (default 0.1). Deterministic: ties merge the
 * earliest groups; groups come in order of their first article, articles in input order,
 * and each input is returned as the same value it was given.
 *
 * @example
 * const fireA = 'A fire gutted the Harlowe paint factory overnight.'
 * const paradeA = 'Troops paraded through the capital on Friday.'
 * const fireB = 'Firefighters fought the paint factory fire in Harlowe until dawn.'
 * const paradeB = 'Crowds watched the troops parade on Friday.'
 * groupByEvent([fireA, paradeA, fireB, paradeB]) //=> [[fireA, fireB], [paradeA, paradeB]]
 */
export function groupByEvent(inputs: ArticleInput[], options?: Options): ArticleInput[][] {
  if (!Array.isArray(inputs)) {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      'groupByEvent expects an array of articles; wrap one article in [ ].',
    )
  }
  const threshold = optionValue(options, 'eventThreshold')
  const { maxInputLength } = resolveOptions(options)
  const texts = inputs.map((input, position) => textOf(input, position, maxInputLength))
  const vectors = documentVectors(texts)
  const n = inputs.length
  const similarity = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = dot(vectors[i]!, vectors[j]!)
      similarity[i * n + j] = value
      similarity[j * n + i] = value
    }
  }
  const clusters = averageLink(similarity, n, threshold)
  return clusters.map((members) => members.map((member) => inputs[member]!))
}

function textOf(input: ArticleInput, position: number, maxInputLength: number): string {
  const text =
    typeof input === 'string' ? input : input !== null && typeof input === 'object' ? input.text : undefined
  if (typeof text !== 'string') {
    throw new CorroborateError(
      'E_INPUT_TYPE',
      `Article ${position + 1} must be a string or an object with a 'text' string; pass { text: '...' }.`,
    )
  }
  if (text.length > maxInputLength) {
    throw new CorroborateError(
      'E_INPUT_TOO_LARGE',
      `Article ${position + 1} has ${text.length} characters, more than the limit of ${maxInputLength}; ` +
        `split it or raise the 'maxInputLength' option.`,
      String(text.length),
    )
  }
  const title = typeof input === 'object' && typeof input.title === 'string' ? `${input.title} ` : ''
  // Tags and entities say nothing about the event.
  return withoutTags(title + text).replace(/&[#a-zA-Z0-9]{1,10};/g, ' ')
}

/**
 * `text` with each tag ('<' up to the next '>') replaced by a space, in one pass: once a '<'
 * has no '>' after it, no later one has either (a `/<[^>]*>/g` scan is quadratic there).
 */
function withoutTags(text: string): string {
  let result = ''
  let from = 0
  for (let open = text.indexOf('<'); open !== -1; open = text.indexOf('<', from)) {
    const close = text.indexOf('>', open + 1)
    if (close === -1) break
    result += `${text.slice(from, open)} `
    from = close + 1
  }
  return result + text.slice(from)
}

/** Unit-length TF-IDF vectors of the documents, as maps from stem to weight. */
function documentVectors(texts: readonly string[]): Map<string, number>[] {
  const stemOf = memoStemmer()
  const counts = texts.map((text) => {
    const tf = new Map<string, number>()
    for (const term of textTerms(text, stemOf)) tf.set(term.stem, (tf.get(term.stem) ?? 0) + 1)
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of counts) for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1)
  const n = texts.length
  return counts.map((tf) => {
    const vector = new Map<string, number>()
    let norm = 0
    for (const [stem, count] of tf) {
      // A term in every document cannot tell events apart; ln(n/df) gives it weight 0.
      const weight = (1 + Math.log(count)) * Math.log((n + 1) / df.get(stem)!)
      if (weight <= 0) continue
      vector.set(stem, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm)
    for (const [stem, weight] of vector) vector.set(stem, weight / norm)
    return vector
  })
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let total = 0
  for (const [key, weight] of small) total += weight * (large.get(key) ?? 0)
  return total
}

/**
 * Average-link agglomerative clustering over a dense similarity matrix: repeatedly merges
 * the two most similar clusters while their mean similarity is at least `threshold`. Each
 * cluster remembers its best partner, so a merge costs O(n) plus the clusters whose best
 * partner changed.
 */
function averageLink(matrix: Float64Array, n: number, threshold: number): number[][] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i])
  const alive = new Uint8Array(n).fill(1)
  const best = new Int32Array(n).fill(-1)
  const bestScore = new Float64Array(n).fill(-1)
  const refresh = (i: number): void => {
    best[i] = -1
    bestScore[i] = -1
    for (let j = 0; j < n; j++) {
      if (j === i || alive[j] === 0) continue
      const score = matrix[i * n + j]!
      if (score > bestScore[i]!) {
        bestScore[i] = score
        best[i] = j
      }
    }
  }
  for (let i = 0; i < n; i++) refresh(i)
  for (;;) {
    let a = -1
    for (let i = 0; i < n; i++) {
      if (alive[i] === 1 && best[i]! >= 0 && (a === -1 || bestScore[i]! > bestScore[a]!)) a = i
    }
    if (a === -1 || bestScore[a]! < threshold || bestScore[a]! <= 0) break
    const b = best[a]!
    const [keep, drop] = a < b ? [a, b] : [b, a]
    const sizeKeep = members[keep]!.length
    const sizeDrop = members[drop]!.length
    for (let k = 0; k < n; k++) {
      if (alive[k] === 0 || k === keep || k === drop) continue
      const merged =
        (matrix[keep * n + k]! * sizeKeep + matrix[drop * n + k]! * sizeDrop) / (sizeKeep + sizeDrop)
      matrix[keep * n + k] = merged
      matrix[k * n + keep] = merged
    }
    members[keep] = [...members[keep]!, ...members[drop]!].sort((x, y) => x - y)
    alive[drop] = 0
    for (let i = 0; i < n; i++) {
      if (alive[i] === 0) continue
      if (i === keep || best[i] === keep || best[i] === drop) refresh(i)
      else if (matrix[i * n + keep]! > bestScore[i]!) {
        bestScore[i] = matrix[i * n + keep]!
        best[i] = keep
      }
    }
  }
  const groups: number[][] = []
  for (let i = 0; i < n; i++) if (alive[i] === 1) groups.push(members[i]!)
  return groups.sort((x, y) => x[0]! - y[0]!)
}
