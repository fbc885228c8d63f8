/**
 * The candidate nearest to `word` by edit distance, when it is close enough to be a typo
 * (at most a third of the word's length, and at least one edit allowed).
 *
 * @example
 * closest('fromat', ['format', 'out']) //=> 'format'
 * closest('zzz', ['format', 'out']) //=> undefined
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * The hint an error adds for a name it does not know: " Did you mean 'x'?" when `closest` finds
 * a likely typo among `candidates`, else `otherwise` (a list of the known names, or nothing).
 *
 * @example
 * typoHint('treshold', ['threshold', 'format']) //=> " Did you mean 'threshold'?"
 * typoHint('zzz', ['format'], ' Use format.') //=> ' Use format.'
 */
export function typoHint(word: string, candidates: readonly string[], otherwise = ''): string {
  const guess = closest(word, candidates)
  return guess === undefined ? otherwise : ` Did you mean '${guess}'?`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost))
    }
    previous = current
  }
  return previous[b.length]!
}
