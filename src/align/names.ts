import { defaultOptions } from '../options.js'
import { nameSimilarity } from '../text/natural.js'

/** Names shorter than this must match exactly: 'Li' and 'Lee' are different people. */
const shortestVariant = 5

/**
 * Groups spelling variants of the event's names ('zelensky', 'zelenskyy') with natural's
 * Jaro-Winkler similarity, at least `similarity` (option `nameSimilarity`, the threshold
 * `compare` matches names with), and maps each name to the most frequent spelling of its group
 * (ties: the alphabetically first). Only names that share their first two letters and
 * differ in length by at most two are compared, so the cost stays near-linear.
 *
 * @example
 * nameVariants(new Map([['zelensky', 3], ['zelenskyy', 1], ['kyiv', 2]]))
 * //=> new Map([['kyiv', 'kyiv'], ['zelensky', 'zelensky'], ['zelenskyy', 'zelensky']])
 */
export function nameVariants(
  counts: ReadonlyMap<string, number>,
  similarity: number = defaultOptions.nameSimilarity,
): Map<string, string> {
  const names = [...counts.keys()].sort()
  const parent = new Map<string, string>(names.map((name) => [name, name]))
  const find = (name: string): string => {
    let root = name
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(name, root)
    return root
  }
  const blocks = new Map<string, string[]>()
  for (const name of names) {
    if (name.length < shortestVariant) continue
    const key = name.slice(0, 2)
    const block = blocks.get(key)
    if (block === undefined) blocks.set(key, [name])
    else block.push(name)
  }
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const a = block[i]!
        const b = block[j]!
        if (Math.abs(a.length - b.length) > 2) continue
        if (nameSimilarity(a, b) < similarity) continue
        const rootA = find(a)
        const rootB = find(b)
        if (rootA === rootB) continue
        const [low, high] = rootA < rootB ? [rootA, rootB] : [rootB, rootA]
        parent.set(high, low)
      }
    }
  }
  const best = new Map<string, string>()
  for (const name of names) {
    const root = find(name)
    const current = best.get(root)
    if (current === undefined || counts.get(name)! > counts.get(current)!) best.set(root, name)
  }
  return new Map(names.map((name) => [name, best.get(find(name))!]))
}
