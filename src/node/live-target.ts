import type { Target } from '../drift/target.js'
import { sendRaw } from './raw-http.js'

/** A live server as a replay target: requests sent raw (a GET may carry a body), its data kept between sequences. */
export function openLiveTarget(baseUrl: string, name = baseUrl): Target {
  let window: readonly [number, number] = [0, 0]
  return {
    name,
    beginSequence: async () => {},
    async send(step) {
      const start = Date.now()
      const answer = await sendRaw(baseUrl, step.method, step.path, { ...(step.headers ?? {}) }, step.body)
      window = [start, Date.now()]
      return answer
    },
    lastWindow: () => window,
    close: async () => {},
  }
}
