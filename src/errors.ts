/** Stable error codes of `CorroborateError`. */
export type ErrorCode =
  | 'E_INPUT_TYPE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_TOO_DEEP'
  | 'E_FORMAT'
  | 'E_OPTION'
  | 'E_ASYNC_HOOK'
  | 'E_EXTRACTOR'
  | 'E_REPORT'
  | 'E_FILE'
  | 'E_USAGE'
  | 'E_DEPENDENCY'
  | 'E_QUEUE'

/**
 * The one error corroborate throws on bad input or options: a stable `code` for programs and
 * a message that says what to do for people.
 *
 * @example
 * compare([]) // throws E_INPUT_EMPTY
 * new CorroborateError('E_OPTION', 'threshold must be between 0 and 1').code //=> 'E_OPTION'
 */
export class CorroborateError extends Error {
  readonly code: ErrorCode
  /** What was received, when it helps to show it (a type name, a length, an option value). */
  readonly received: string | undefined

  constructor(code: ErrorCode, message: string, received?: string) {
    super(message)
    this.name = 'CorroborateError'
    this.code = code
    this.received = received
  }
}

/** True when `error` is a `CorroborateError` (also across bundle copies). */
export function isCorroborateError(error: unknown): error is CorroborateError {
  return (
    error instanceof CorroborateError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'CorroborateError')
  )
}
