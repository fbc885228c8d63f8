// The exported `similarity` as a scorer for ../shared/eval/score_pairs.mjs.
import { join } from 'node:path'
import { root } from './shared.mjs'

const { similarity } = await import(join(root, 'dist/index.js'))

/** Same-statement probability of two texts, 0..1. */
export function score(a, b) {
  return similarity(a, b)
}
