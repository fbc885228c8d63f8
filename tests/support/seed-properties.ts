// Every fast-check property runs from one fixed seed, so a run is the same on every machine
// and a failure in CI reproduces here. Change the seed on purpose (and keep the inputs that
// a new seed finds as fixed cases) rather than letting each run draw its own.
import fc from 'fast-check'

fc.configureGlobal({ seed: 20261129 })
