import type { Candidate, Extractor } from '../extractor.js'

/** '#FloodRelief': a hash sign, a letter, then up to 49 word characters, not inside a word. */
const hashtagPattern = /(?<![\w#&])#[A-Za-z]\w{0,49}\b/g

/** Hashtags an article quotes from social media, as the tag itself ('#FloodRelief'). */
export const hashtagExtractor: Extractor = {
  name: 'hashtag',
  pattern: () => hashtagPattern,
  extract(_text, match): Candidate {
    const start = match.index
    const end = start + match[0].length
    return {
      kind: 'hashtag',
      start,
      end,
      value: match[0],
      unit: null,
      hedge: null,
      subject: null,
      source: 'hashtag',
    }
  },
}
