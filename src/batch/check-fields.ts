import { CorroborateError } from '../errors.js'
import { optionSpecs } from '../options.js'
import { closest } from '../text/closest.js'

/**
 * Refuses a field of `options` that is not one of `names` (E_OPTION), so that
 * `{ jobs: 2, threshold: 0.5 }` is not run at the default threshold without a word: one of
 * compare's options is told to go under `options`, a typo gets a suggestion.
 *
 * @example
 * checkFields({ jobs: 2, threshold: 0.5 }, ['jobs', 'options', 'skip'], 'batch')
 * // throws E_OPTION "'threshold' is an option of compare: give it inside options, as { options: { threshold: ... } }"
 */
export function checkFields(options: object, names: readonly string[], what: string): void {
  if (options === null || typeof options !== 'object') {
    throw new CorroborateError(
      'E_OPTION',
      `${what} options must be an object such as { options: { threshold: 0.5 } }`,
    )
  }
  for (const name of Object.keys(options)) {
    if (names.includes(name)) continue
    if (Object.hasOwn(optionSpecs, name)) {
      throw new CorroborateError(
        'E_OPTION',
        `'${name}' is an option of compare: give it inside options, as { options: { ${name}: ... } }`,
        name,
      )
    }
    const guess = closest(name, names)
    throw new CorroborateError(
      'E_OPTION',
      `unknown ${what} option '${name}'; ` +
        (guess === undefined ? `use ${names.join(', ')}` : `did you mean '${guess}'?`),
      name,
    )
  }
}
