// Local declarations for the single files of `natural` that corroborate imports. Importing
// natural from its root loads database drivers and prints to stdout; these files do not.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string }
  export default PorterStemmer
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
  class AggressiveTokenizer {
    tokenize(text: string): string[]
  }
  export default AggressiveTokenizer
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number
  export default JaroWinklerDistance
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[]
}
