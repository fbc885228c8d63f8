import type { StatementProfile } from './pair-features.js'

/**
 * Some integer lists of one profile marked out by id, so that the Jaccard similarities of that
 * profile against many others read each other list once instead of merging two sorted lists
 * per pair: `align` scores one statement against up to eight members of a claim in a row, and
 * the merges of the token and trigram lists were the costliest part of a pair's features. The
 * counts, and so the features, are the same as the merges'.
 */
export interface ProfileMarks {
  /** The lists marked (`ProfileList` numbers). */
  lists: readonly number[]
  /** The profile marked (null: none yet). */
  profile: StatementProfile | null
  /** For each of `lists`, 1 at each id the profile's list holds. */
  tables: Uint8Array[]
}

/** New marks of no profile, for `lists` (`ProfileList` numbers of ascending lists). */
export function profileMarks(lists: readonly number[]): ProfileMarks {
  return { lists, profile: null, tables: lists.map(() => new Uint8Array(1024)) }
}

/** Marks `profile` (unmarking the one marked before), unless it is marked already. */
export function markProfile(marks: ProfileMarks, profile: StatementProfile): void {
  if (marks.profile === profile) return
  const { lists, tables } = marks
  for (let k = 0; k < lists.length; k++) {
    if (marks.profile !== null) setList(tables[k]!, marks.profile, lists[k]!, 0)
    tables[k] = roomFor(tables[k]!, profile, lists[k]!)
    setList(tables[k]!, profile, lists[k]!, 1)
  }
  marks.profile = profile
}

/**
 * Jaccard similarity of the marked profile's list `lists[index]` and `other`'s: what a merge of
 * the two sorted lists gives.
 */
export function markedJaccard(marks: ProfileMarks, other: StatementProfile, index: number): number {
  const marked = marks.profile!
  const list = marks.lists[index]!
  const table = marks.tables[index]!
  const ints = other.ints
  const from = ints[other.at + list]!
  const to = ints[other.at + list + 1]!
  const limit = table.length
  let shared = 0
  for (let i = from; i < to; i++) {
    const id = ints[i]!
    if (id < limit) shared += table[id]!
  }
  const union = marked.ints[marked.at + list + 1]! - marked.ints[marked.at + list]! + (to - from) - shared
  return union > 0 ? shared / union : 0
}

function setList(table: Uint8Array, profile: StatementProfile, list: number, value: number): void {
  const ints = profile.ints
  const to = ints[profile.at + list + 1]!
  for (let i = ints[profile.at + list]!; i < to; i++) table[ints[i]!] = value
}

/** `table`, or a larger copy when `profile`'s `list` holds an id past its end (lists ascend: the last is the largest). */
function roomFor(table: Uint8Array, profile: StatementProfile, list: number): Uint8Array {
  const ints = profile.ints
  const from = ints[profile.at + list]!
  const to = ints[profile.at + list + 1]!
  if (to === from || ints[to - 1]! < table.length) return table
  let length = table.length * 2
  while (length <= ints[to - 1]!) length *= 2
  const larger = new Uint8Array(length)
  larger.set(table)
  return larger
}
