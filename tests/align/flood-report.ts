/**
 * One desk's flood report, a sentence per entry: figures, places and days that repeat across
 * sentences, the last two restating the first and third in other words. The profile tests
 * read it.
 */
export const floodReport: readonly string[] = [
  'Flood water cut the road between Marrow Bridge and Ellery on Tuesday, the county said.',
  'Crews pumped 3,000 litres an hour out of the Ellery school, which stays shut until Friday.',
  'The county said 14 families left their homes near Marrow Bridge and 2 shelters opened.',
  'A second storm could bring another 40 mm of rain to the valley by Friday night.',
  'Floodwater closed the Marrow Bridge road to Ellery on Tuesday.',
  'Fourteen families fled homes near the bridge, county officials said.',
]
