import type { Sequence } from '../exchange.js'
import { cliSpecs } from './cli.js'
import { createSpecs } from './create.js'
import { buildSequences, type SequenceSpec } from './dsl.js'
import { getUpdateSpecs } from './get-update.js'
import { headerSpecs } from './headers.js'
import { listDeleteSpecs } from './list-delete.js'
import { otherWriterSpecs } from './other-writer.js'
import { podpoolMoreSpecs, podpoolSpecs } from './podpools.js'
import { publishVersionSpecs } from './publish-versions.js'
import { releaseSpecs } from './releases.js'
import { reserveSpecs } from './reserve.js'
import { routeSpecs } from './routes.js'
import { SPACE_SPECS } from './space/index.js'

export const SCRIPTED_SPECS: readonly SequenceSpec[] = [
  ...routeSpecs,
  ...headerSpecs,
  ...createSpecs,
  ...getUpdateSpecs,
  ...publishVersionSpecs,
  ...listDeleteSpecs,
  ...reserveSpecs,
  ...podpoolSpecs,
  ...podpoolMoreSpecs,
  ...cliSpecs,
  ...releaseSpecs,
  ...SPACE_SPECS,
  ...otherWriterSpecs,
]

/** The scripted sequences for one run; `tag` makes tenants and pool ids unique to the run. */
export function scriptedSequences(tag: string): Sequence[] {
  return buildSequences(SCRIPTED_SPECS, tag)
}
