import { isCorroborateError } from '../../src/errors.js'

/** The code and message of the CorroborateError `action` throws; fails the test on anything else. */
export function corroborateError(action: () => unknown): { code: string; message: string } {
  try {
    action()
  } catch (error) {
    if (isCorroborateError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected a CorroborateError')
}
