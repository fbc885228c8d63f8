// The extract stage's own extractors and refiners: what runs on every statement before any
// the caller adds (see extensions.ts).

import type { Extractor, Refiner } from './extractor.js'
import { accordingToExtractor, saidExtractor } from './extractors/attribution.js'
import { countExtractor } from './extractors/count.js'
import { dateExtractor, yearExtractor } from './extractors/date.js'
import { durationExtractor } from './extractors/duration.js'
import { moneyPrefixExtractor, moneySuffixExtractor } from './extractors/money.js'
import { nameExtractor, roleExtractor } from './extractors/name.js'
import { ordinalExtractor } from './extractors/ordinal.js'
import { percentagePointExtractor, percentExtractor } from './extractors/percent.js'
import {
  ageExtractor,
  feetAndInchesExtractor,
  magnitudeExtractor,
  quantityExtractor,
} from './extractors/quantity.js'
import { quoteExtractor, singleQuoteExtractor } from './extractors/quote.js'
import { attachHedges } from './refiners/attach-hedges.js'
import { attachSubjects } from './refiners/attach-subjects.js'
import { mergeRanges } from './refiners/merge-ranges.js'
import { removeBlocked } from './refiners/remove-blocked.js'
import { removeOverlaps } from './refiners/remove-overlaps.js'
import { shareUnits } from './refiners/share-units.js'

/** Every extractor, in the order their candidates are collected (order does not decide wins). */
export const extractors: readonly Extractor[] = [
  moneyPrefixExtractor,
  moneySuffixExtractor,
  percentExtractor,
  percentagePointExtractor,
  quantityExtractor,
  feetAndInchesExtractor,
  magnitudeExtractor,
  ageExtractor,
  durationExtractor,
  ordinalExtractor,
  countExtractor,
  dateExtractor,
  yearExtractor,
  nameExtractor,
  roleExtractor,
  quoteExtractor,
  singleQuoteExtractor,
  accordingToExtractor,
  saidExtractor,
]

/** The clean-up passes, in the order they run. */
export const refiners: readonly Refiner[] = [
  removeBlocked,
  removeOverlaps,
  shareUnits,
  mergeRanges,
  attachHedges,
  attachSubjects,
]
