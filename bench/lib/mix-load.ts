import { fileURLToPath } from 'node:url'
import type { WrkOptions } from './wrk.js'

/** The soak's mix as a wrk Lua script (reads, writes, publishes, a scripted drop, an admin read). */
export const MIX_SCRIPT = fileURLToPath(new URL('../load/mixed.lua', import.meta.url))
/** More sessions than the pool keeps, so sessions are evicted and rebuilt, as in the soak. */
export const MIX_SESSIONS = 150

/** wrk's options for the mix (without its duration). */
export function mixWrkOptions(): Omit<WrkOptions, 'seconds'> {
  return { script: MIX_SCRIPT, env: { MIX_SESSIONS: String(MIX_SESSIONS) } }
}
