/**
 * The working space of `profileOf`, reused from one statement to the next: a table of the
 * statement's distinct ids (each with its greatest weight and its flags) and lists of
 * integers, all in typed arrays. A Map, two Sets and eight arrays a statement, which `align`
 * makes for each of an event's statements (80,000 for 2,000 articles), were about 1.2 KB a
 * statement of allocation that outlived the young generation. The space grows to the largest
 * statement seen and is never shrunk: a sentence's worth.
 */
export interface ProfileScratch {
  /** Index of each id's entry plus one, at the id's hash (open addressing); 0 when free. */
  slots: Int32Array
  /** The distinct ids, in the order first met. */
  ids: Int32Array
  /** The greatest weight each was met with. */
  weights: Float64Array
  /** The flags each was met with, or-ed together. */
  flags: Int32Array
  /** Where in `slots` each sits. */
  at: Int32Array
  /** Distinct ids met since the last `clearScratch`. */
  size: number
}

/** A growable list of integers in a typed array: `values` up to `length`. */
export interface IntList {
  values: Int32Array
  length: number
}

/** New, empty working space. */
export function profileScratch(): ProfileScratch {
  return {
    slots: new Int32Array(64),
    ids: new Int32Array(32),
    weights: new Float64Array(32),
    flags: new Int32Array(32),
    at: new Int32Array(32),
    size: 0,
  }
}

/** Forgets every id met (in time proportional to their number). */
export function clearScratch(scratch: ProfileScratch): void {
  for (let i = 0; i < scratch.size; i++) scratch.slots[scratch.at[i]!] = 0
  scratch.size = 0
}

/**
 * Records that `id` was met with `weight` and `flags`: its weight becomes the greater of the
 * two (at least 0), its flags the union. True when the id was not met before.
 *
 * @example
 * const scratch = profileScratch()
 * meetId(scratch, 7, 0.5, 1) //=> true
 * meetId(scratch, 7, 0.25, 2) //=> false
 * scratch.weights[entryOf(scratch, 7)] //=> 0.5
 * scratch.flags[entryOf(scratch, 7)] //=> 3
 */
export function meetId(scratch: ProfileScratch, id: number, weight: number, flags: number): boolean {
  let slot = firstSlot(scratch.slots, id)
  for (;;) {
    const entry = scratch.slots[slot]!
    if (entry === 0) break
    if (scratch.ids[entry - 1] === id) {
      scratch.weights[entry - 1] = Math.max(scratch.weights[entry - 1]!, weight)
      scratch.flags[entry - 1]! |= flags
      return false
    }
    slot = (slot + 1) & (scratch.slots.length - 1)
  }
  if (scratch.size === scratch.ids.length) grow(scratch)
  if (2 * (scratch.size + 1) > scratch.slots.length) {
    rehash(scratch, scratch.slots.length * 2)
    slot = freeSlot(scratch.slots, id)
  }
  const entry = scratch.size++
  scratch.ids[entry] = id
  scratch.weights[entry] = Math.max(0, weight)
  scratch.flags[entry] = flags
  scratch.at[entry] = slot
  scratch.slots[slot] = entry + 1
  return true
}

/** The entry of `id` in `ids`, `weights` and `flags` (-1 when it was not met). */
export function entryOf(scratch: ProfileScratch, id: number): number {
  let slot = firstSlot(scratch.slots, id)
  for (;;) {
    const entry = scratch.slots[slot]!
    if (entry === 0) return -1
    if (scratch.ids[entry - 1] === id) return entry - 1
    slot = (slot + 1) & (scratch.slots.length - 1)
  }
}

function firstSlot(slots: Int32Array, id: number): number {
  // Fibonacci hashing: the top bits of the product, as many as the table has slots.
  return Math.imul(id, 0x9e3779b1) >>> (Math.clz32(slots.length) + 1)
}

function freeSlot(slots: Int32Array, id: number): number {
  let slot = firstSlot(slots, id)
  while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1)
  return slot
}

function grow(scratch: ProfileScratch): void {
  const length = scratch.ids.length * 2
  scratch.ids = copied(scratch.ids, new Int32Array(length))
  scratch.weights = copied(scratch.weights, new Float64Array(length))
  scratch.flags = copied(scratch.flags, new Int32Array(length))
  scratch.at = copied(scratch.at, new Int32Array(length))
}

function rehash(scratch: ProfileScratch, length: number): void {
  scratch.slots = new Int32Array(length)
  for (let entry = 0; entry < scratch.size; entry++) {
    const slot = freeSlot(scratch.slots, scratch.ids[entry]!)
    scratch.slots[slot] = entry + 1
    scratch.at[entry] = slot
  }
}

function copied<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/** A new, empty list. */
export function intList(): IntList {
  return { values: new Int32Array(16), length: 0 }
}

/** Appends `value` to `list`. */
export function pushInt(list: IntList, value: number): void {
  if (list.length === list.values.length) list.values = copied(list.values, new Int32Array(list.length * 2))
  list.values[list.length++] = value
}
