/** At most this many outlets are named for one value in a message; the rest are counted. */
export const LISTED_OUTLETS = 8

/** At most this many distinct values are named in a message; the rest are counted. */
export const LISTED_VALUES = 8

// Something listed in first-seen order, and where it would stand were one article left out:
// at its first position unless that came from the left-out article, then at `otherPosition`,
// its first from another article (-1: it came from that article only, and drops out).
interface Seen<T> {
  name: string
  position: number
  articleId: string
  otherPosition: number
  inner: T
  /** The next entry first seen in the same article. */
  sameArticle: Seen<T> | null
}

// Names in first-seen order, each with the articles behind it, from which one article can be
// left out without walking the whole list: only names first seen in that article move.
class FirstSeen<T> {
  private readonly order: Seen<T>[] = []
  private readonly byName = new Map<string, Seen<T>>()
  // The first entry first seen in each article; the rest are chained by `sameArticle`.
  private readonly byFirstArticle = new Map<string, Seen<T>>()
  private readonly lastByArticle = new Map<string, Seen<T>>()

  /** Records `name` seen at `position` in `articleId`; returns its entry. */
  add(name: string, position: number, articleId: string, create: () => T): Seen<T> {
    let seen = this.byName.get(name)
    if (seen === undefined) {
      seen = { name, position, articleId, otherPosition: -1, inner: create(), sameArticle: null }
      this.byName.set(name, seen)
      this.order.push(seen)
      const last = this.lastByArticle.get(articleId)
      if (last === undefined) this.byFirstArticle.set(articleId, seen)
      else last.sameArticle = seen
      this.lastByArticle.set(articleId, seen)
    } else if (seen.otherPosition < 0 && articleId !== seen.articleId) seen.otherPosition = position
    return seen
  }

  /** The first `limit` entries but those `skip` names, and how many are not skipped. */
  kept(limit: number, skip: (name: string) => boolean): { shown: Seen<T>[]; total: number } {
    const shown: Seen<T>[] = []
    let total = 0
    for (const seen of this.order) {
      if (skip(seen.name)) continue
      total++
      if (shown.length < limit) shown.push(seen)
    }
    return { shown, total }
  }

  /** The first `limit` entries as they stand without `articleId`'s values, and how many there are. */
  without(articleId: string, limit: number): { shown: Seen<T>[]; total: number } {
    const later: Seen<T>[] = []
    let dropped = 0
    for (let seen = this.byFirstArticle.get(articleId) ?? null; seen !== null; seen = seen.sameArticle) {
      if (seen.otherPosition >= 0) later.push(seen)
      else dropped++
    }
    later.sort((a, b) => a.otherPosition - b.otherPosition)
    const total = this.order.length - dropped
    const shown: Seen<T>[] = []
    let next = 0
    let index = 0
    while (shown.length < limit && (index < this.order.length || next < later.length)) {
      const kept = this.order[index]
      if (kept !== undefined && kept.articleId === articleId) {
        index++
        continue
      }
      const pending = later[next]
      if (pending !== undefined && (kept === undefined || pending.otherPosition < kept.position)) {
        shown.push(pending)
        next++
      } else if (kept !== undefined) {
        shown.push(kept)
        index++
      }
    }
    return { shown, total }
  }
}

/**
 * The values a detail diverges from, for a message: '38 (AP), 40 (DW, Reuters)', grouped by
 * text in the order first given, each with its outlets in the order first seen. Built once
 * for all the values of a class; `without` leaves out the article that is being reported on,
 * as if its values had never been added. Past `LISTED_VALUES` values or `LISTED_OUTLETS`
 * outlets for one value, the rest are counted ('151 (A, B, ... and 412 more outlets)'), so a
 * claim that 400 outlets share gives short messages in time linear in its values.
 *
 * @example
 * const list = new ValueList()
 * list.add(0, '38', 'ap', 'AP'); list.add(1, '40', 'dw', 'DW'); list.add(2, '40', 'reuters', 'Reuters')
 * list.without('dw') //=> '38 (AP), 40 (Reuters)'
 */
export class ValueList {
  private readonly texts = new FirstSeen<FirstSeen<null>>()

  /** Adds a value at `position` (ascending) with its text, article and outlet name. */
  add(position: number, text: string, articleId: string, outlet: string): void {
    const seen = this.texts.add(text, position, articleId, () => new FirstSeen<null>())
    seen.inner.add(outlet, position, articleId, () => null)
  }

  /** The list without `articleId`'s values; null when nothing is left. */
  without(articleId: string): string | null {
    return this.message(this.texts.without(articleId, LISTED_VALUES), (outlets) =>
      outlets.without(articleId, LISTED_OUTLETS),
    )
  }

  /**
   * The list as it would stand had the values of the texts `skip` names never been added:
   * one list of a comparison's values serves every value class that diverges from all the
   * others but a few, where a list per class cost the square of the values.
   */
  withoutTexts(skip: (text: string) => boolean): string | null {
    return this.message(this.texts.kept(LISTED_VALUES, skip), (outlets) =>
      outlets.kept(LISTED_OUTLETS, () => false),
    )
  }

  private message(
    texts: { shown: Seen<FirstSeen<null>>[]; total: number },
    outletsOf: (outlets: FirstSeen<null>) => { shown: Seen<null>[]; total: number },
  ): string | null {
    if (texts.total === 0) return null
    const parts = texts.shown.map((text) => {
      const outlets = outletsOf(text.inner)
      const names = outlets.shown.map((outlet) => outlet.name).join(', ')
      const rest = outlets.total - outlets.shown.length
      return `${text.name} (${names}${rest > 0 ? ` and ${rest} more outlets` : ''})`
    })
    const rest = texts.total - texts.shown.length
    return `${parts.join(', ')}${rest > 0 ? `, and ${rest} more values` : ''}`
  }
}
