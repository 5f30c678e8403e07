import { Hono } from 'hono'
import type { MetaEngine } from '../engine/meta-engine.js'
import { DEFAULT_RECORDING_MAX_BYTES, recordingOf, startRecording } from '../record/recording.js'
import { toAdminError, toAdminJson } from './admin-responses.js'

/**
 * `/__admin/recording`: start recording the exchanges passed upstream, see how many were kept, and
 * stop to get the fixture that replays them (`?name=` names it). A fake without `--proxy` records
 * its own answers, which is rarely what is wanted: the status says whether there is an upstream.
 */
export function createRecordingRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  routes.get('/recording', () => {
    const recording = recordingOf(engine)
    return toAdminJson({
      active: recording?.active ?? false,
      exchanges: recording?.count ?? 0,
      bytes: recording?.bytes ?? 0,
      maxBytes: recording?.maxBytes ?? DEFAULT_RECORDING_MAX_BYTES,
      skipped: recording?.skipped ?? 0,
      skippedBy: recording?.skippedBy ?? { limit: 0, budget: 0, unreachable: 0, incomplete: 0 },
    })
  })
  routes.post('/recording/start', async (c) => {
    const options = (await c.req.json().catch(() => ({}))) as { redactHeaders?: unknown }
    const redact = options.redactHeaders
    if (
      redact !== undefined &&
      !(Array.isArray(redact) && redact.every((name) => typeof name === 'string'))
    ) {
      return toAdminError(400, 'redactHeaders is a list of header names')
    }
    startRecording(engine, { redactHeaders: redact as string[] | undefined })
    return toAdminJson({ active: true, exchanges: 0 })
  })
  routes.post('/recording/stop', async (c) => {
    const recording = recordingOf(engine)
    if (!recording) return toAdminError(404, 'nothing recorded: POST /__admin/recording/start first')
    recording.stop()
    return toAdminJson(await recording.toFixture({ name: c.req.query('name') }))
  })
  return routes
}
