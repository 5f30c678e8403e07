import { metaMockGlobalSetup } from 'yr-meta-mock/vitest'

// One real server on a free loopback port for the whole run; tests read its URL with inject().
export default metaMockGlobalSetup({ seed: 1 })
