/**
 * A yes/no answer remembered per unordered pair of `size` things (`align`'s `sameEvent`, by
 * article pair): two bits a pair in one typed array over the triangle of pairs (the pair with
 * itself included), allocated when first asked. A Map of the pairs asked held about 0.36 KB a
 * statement on one event of 2,000 articles (about a million pairs, a boxed key and entry each);
 * the table for 2,000 articles is 0.5 MB. Past `denseMemoLimit` things, whose table would be
 * larger than what a Map of the pairs asked is likely to hold, it is a Map.
 */
export interface PairMemo {
  size: number
  /** Two bits a pair, by `pairIndex`: 0 not asked, 2 no, 3 yes (empty until first asked). */
  bits: Uint8Array
  /** The answers by `pairIndex`, past `denseMemoLimit` things. */
  large: Map<number, boolean> | null
}

/** Most things `pairMemo` keeps a table for: 8,192 (8.4 MB); a Map past it. */
export const denseMemoLimit = 8192

/** An empty memo of the pairs of `size` things. */
export function pairMemo(size: number): PairMemo {
  return { size, bits: new Uint8Array(0), large: size > denseMemoLimit ? new Map() : null }
}

/** The position of the unordered pair `a`, `b` in the triangle (a pair with itself included). */
function pairIndex(a: number, b: number): number {
  const high = Math.max(a, b)
  const low = Math.min(a, b)
  return (high * (high + 1)) / 2 + low
}

/**
 * What `memo` holds for the pair `a`, `b` (in either order): undefined when it was never told.
 *
 * @example
 * const memo = pairMemo(3)
 * rememberPair(memo, 2, 0, true)
 * recallPair(memo, 0, 2) //=> true
 * recallPair(memo, 1, 2) //=> undefined
 */
export function recallPair(memo: PairMemo, a: number, b: number): boolean | undefined {
  const index = pairIndex(a, b)
  if (memo.large !== null) return memo.large.get(index)
  if (memo.bits.length === 0) return undefined
  const bits = (memo.bits[index >> 2]! >> ((index & 3) * 2)) & 3
  return bits === 0 ? undefined : bits === 3
}

/** Tells `memo` the answer for the pair `a`, `b` (either order). */
export function rememberPair(memo: PairMemo, a: number, b: number, value: boolean): void {
  const index = pairIndex(a, b)
  if (memo.large !== null) {
    memo.large.set(index, value)
    return
  }
  if (memo.bits.length === 0) memo.bits = new Uint8Array(Math.ceil((memo.size * (memo.size + 1)) / 2 / 4))
  const shift = (index & 3) * 2
  memo.bits[index >> 2] = (memo.bits[index >> 2]! & ~(3 << shift)) | ((value ? 3 : 2) << shift)
}
