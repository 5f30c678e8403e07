import { fileURLToPath } from 'node:url'
import type { MetaService } from '../../src/index.js'
import { loadScenarios } from '../../src/node/load-scenarios.js'
import type { Scenario } from '../../src/scenarios/scenario-schema.js'
import type { EtcdState } from './exchange.js'

/** The shipped scenario that answers as the real server does while its etcd is down (decision 0031). */
export const ETCD_UNAVAILABLE = 'etcd-unavailable'
const FIXTURE = fileURLToPath(new URL('../../fixtures/etcd-unavailable.json', import.meta.url))

/** The scenarios a harness fake is built with: only the outage, inactive until a `down` step. */
export function outageScenarios(): Scenario[] {
  return loadScenarios(FIXTURE)
}

/**
 * Takes a fake's etcd down (activates the outage scenario) or brings it back (no scenario). Switching
 * scenarios resets every session to its baseline, and a real etcd keeps its data through an outage:
 * so the default session's data is saved before the switch and put back after it.
 */
export async function switchFakeEtcd(service: MetaService, state: EtcdState): Promise<void> {
  const saved = service.snapshot()
  await service.useScenario(state === 'down' ? ETCD_UNAVAILABLE : undefined)
  service.restore(saved)
}
