// Every fast-check property runs from one fixed seed, so a run is the same on every machine
// and a failure in CI reproduces here. Change the seed on purpose (and keep the inputs that
// a new seed finds as fixed cases) rather than letting each run draw its own.
//
// The full suite (CI) stops a property at its first counterexample instead of shrinking it:
// shrinking an input of 15 KB through a property that parses it took longer than CI's 90
// minutes, and a synchronous property cannot be stopped by a test timeout. The report still
// gives the seed and path, which replay the counterexample (and shrink it) in `npm test`.
import fc from 'fast-check'
import { fullSuite } from './suite.js'

fc.configureGlobal({ seed: 20261129, endOnFailure: fullSuite })
