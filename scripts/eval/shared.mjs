// Where the shared dev sets live, and a clean skip when they are absent (a fresh clone has
// no ../shared): every eval script starts with `sharedDir()`.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The shared folder with `data/` and `eval/` (CORROBORATE_SHARED, else ../shared next to
 * the repository), or null after printing why the evaluation is skipped.
 */
export function sharedDir() {
  const dir = resolve(process.env.CORROBORATE_SHARED ?? join(root, '../shared'))
  if (existsSync(join(dir, 'data')) && existsSync(join(dir, 'eval'))) return dir
  console.log(
    `eval: skipped, no dev sets at ${dir} (set CORROBORATE_SHARED to the folder holding data/ and eval/)`,
  )
  return null
}

/**
 * `compare`'s report on one ECB+ event as the judge samples draw it: the first `size` articles
 * of sub-topic `sub` of `topic` (ecb-align-dev.json), as plain text.
 */
export function eventReport(compare, topic, sub, size, options) {
  const docs = topic.docs.filter((doc) => topic.subtopics[sub].includes(doc.id)).slice(0, size)
  return compare(
    docs.map((doc) => ({ id: doc.id, text: doc.text, format: 'text' })),
    options,
  )
}

/**
 * The first 10 hex digits of the SHA-1 of a statement's text: what the judged-*.json files keep
 * of each statement instead of its text, so that a changed segmentation shows.
 */
export function textHash(text) {
  return createHash('sha1').update(text).digest('hex').slice(0, 10)
}
