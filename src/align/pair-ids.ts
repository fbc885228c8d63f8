/**
 * Numbers pairs of integers 0, 1, 2, ... in the order they are first asked about, in typed
 * arrays (open addressing): the word pairs of an event's statements, where a Map of Maps (one
 * for each first word) and the pair's key string held about 0.5 KB a statement while the
 * profiles were made.
 */
export interface PairIds {
  /** The two integers of the pair in each slot (`2 * slot`, `2 * slot + 1`). */
  pairs: Int32Array
  /** The number of the pair in each slot plus one; 0 when the slot is free. */
  numbers: Int32Array
  /** Pairs numbered so far. */
  size: number
}

/** A new, empty numbering. */
export function pairIds(): PairIds {
  return { pairs: new Int32Array(128), numbers: new Int32Array(64), size: 0 }
}

/**
 * The number of the pair (`a`, `b`), numbering it when it is new. The order matters: (a, b)
 * and (b, a) are two pairs.
 *
 * @example
 * const ids = pairIds()
 * pairId(ids, 4, 9) //=> 0
 * pairId(ids, 9, 4) //=> 1
 * pairId(ids, 4, 9) //=> 0
 */
export function pairId(table: PairIds, a: number, b: number): number {
  let slot = firstSlot(table.numbers.length, a, b)
  for (;;) {
    const number = table.numbers[slot]!
    if (number === 0) break
    if (table.pairs[2 * slot] === a && table.pairs[2 * slot + 1] === b) return number - 1
    slot = (slot + 1) & (table.numbers.length - 1)
  }
  if (2 * (table.size + 1) > table.numbers.length) {
    rehash(table, table.numbers.length * 2)
    slot = freeSlot(table, a, b)
  }
  table.pairs[2 * slot] = a
  table.pairs[2 * slot + 1] = b
  table.numbers[slot] = ++table.size
  return table.size - 1
}

function firstSlot(slots: number, a: number, b: number): number {
  // Fibonacci hashing of the two mixed: the top bits of the product, as many as there are slots.
  return Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) >>> (Math.clz32(slots) + 1)
}

function freeSlot(table: PairIds, a: number, b: number): number {
  let slot = firstSlot(table.numbers.length, a, b)
  while (table.numbers[slot] !== 0) slot = (slot + 1) & (table.numbers.length - 1)
  return slot
}

function rehash(table: PairIds, slots: number): void {
  const { pairs, numbers } = table
  table.pairs = new Int32Array(2 * slots)
  table.numbers = new Int32Array(slots)
  for (let old = 0; old < numbers.length; old++) {
    if (numbers[old] === 0) continue
    const a = pairs[2 * old]!
    const b = pairs[2 * old + 1]!
    const slot = freeSlot(table, a, b)
    table.pairs[2 * slot] = a
    table.pairs[2 * slot + 1] = b
    table.numbers[slot] = numbers[old]!
  }
}
