import type { SequenceSpec } from '../dsl.js'
import { createSpaceSpecs } from './create-space.js'
import { decoderSpaceSpecs } from './decoder-space.js'
import { headersSpaceSpecs } from './headers-space.js'
import { httpSpaceSpecs } from './http-space.js'
import { namesSpaceSpecs } from './names-space.js'
import { poolsSpaceSpecs } from './pools-space.js'
import { stateSpaceSpecs } from './state-space.js'
import { updateSpaceSpecs } from './update-space.js'

/**
 * Sequences derived from the real server's request structs and handlers (issue 24): every field of
 * every body with every kind of value, every query parameter and header the handlers read, path
 * segments, kinds, error branches and multi-step state.
 */
export const SPACE_SPECS: readonly SequenceSpec[] = [
  ...createSpaceSpecs,
  ...updateSpaceSpecs,
  ...namesSpaceSpecs,
  ...headersSpaceSpecs,
  ...stateSpaceSpecs,
  ...poolsSpaceSpecs,
  ...decoderSpaceSpecs,
  ...httpSpaceSpecs,
]
