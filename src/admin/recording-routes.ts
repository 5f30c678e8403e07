import { Hono } from 'hono'
import type { MetaEngine } from '../engine/meta-engine.js'
import { DEFAULT_RECORDING_MAX_BYTES, recordingOf, startRecording } from '../record/recording.js'
import { z } from '../support/zod.js'
import { noQuerySchema, readAdminInput } from './admin-input.js'
import { toAdminError, toAdminJson } from './admin-responses.js'

/** `POST /__admin/recording/start`'s body: which request headers to record as `REDACTED`. */
const startBodySchema = z.strictObject({
  redactHeaders: z.array(z.string()).optional().describe('request headers recorded as REDACTED'),
})

/** `POST /__admin/recording/stop?name=`: the name of the fixture it answers. */
const stopQuerySchema = z.strictObject({
  name: z.string().min(1).optional().describe('the name of the fixture'),
})

/**
 * `/__admin/recording`: start recording the exchanges passed upstream, see how many were kept, and
 * stop to get the fixture that replays them (`?name=` names it). A fake without `--proxy` records
 * its own answers, which is rarely what is wanted: the status says whether there is an upstream.
 * A recording is the whole fake's, not a session's: these routes take no `?session=`.
 */
export function createRecordingRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  routes.get('/recording', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
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
    const input = await readAdminInput(c, { query: noQuerySchema, body: startBodySchema })
    if (input instanceof Response) return input
    startRecording(engine, { redactHeaders: input.body.redactHeaders })
    return toAdminJson({ active: true, exchanges: 0 })
  })
  routes.post('/recording/stop', async (c) => {
    const input = await readAdminInput(c, { query: stopQuerySchema })
    if (input instanceof Response) return input
    const recording = recordingOf(engine)
    if (!recording) return toAdminError(404, 'nothing recorded: POST /__admin/recording/start first')
    recording.stop()
    return toAdminJson(await recording.toFixture({ name: input.query.name }))
  })
  return routes
}
