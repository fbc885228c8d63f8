// The public API of corroborate, and nothing else. See README.md for every export.

export { groupByEvent } from './align/group-by-event.js'
export { align, alignAsync } from './align/index.js'
export { similarity } from './align/statement-similarity.js'
export { checkFigures } from './compare/figures.js'
export { compare, compareAsync, schemaVersion } from './compare/index.js'
export { CorroborateError, type ErrorCode, isCorroborateError } from './errors.js'
export { analyze } from './extract/analyze.js'
export { extractDetails } from './extract/index.js'
export { defaultOptions } from './options.js'
export { render } from './report/index.js'
export { segment } from './segment/index.js'
export type * from './types.js'
