import { setupServer } from 'msw/node'
import { createMetaService, type MetaServiceOptions } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import { startServer } from '../../src/node/index.js'
import { checkFakeAnswer } from './answer-recorder.js'
import { fetchOutcome, type Outcome, toOutcome } from './outcome.js'

/** One way users reach the fake, opened over a fresh service. */
export interface Face {
  readonly name: string
  /** Sends a request for `path` (with query) and reports what the client saw. */
  send(path: string, init?: RequestInit): Promise<Outcome>
  close(): Promise<void>
}

type FaceFactory = (options: MetaServiceOptions) => Promise<Face>

const MSW_BASE_URL = 'http://meta.fake.test'

/** `app.request`: the in-process face. */
const openInProcess: FaceFactory = async (options) => {
  const service = createMetaService(options)
  await service.ready
  return {
    name: 'in-process',
    send: async (path, init) => toOutcome(await service.app.request(path, init)),
    close: async () => {},
  }
}

/** A real server on an ephemeral loopback port, reached with `fetch`. */
const openNodeServer: FaceFactory = async (options) => {
  const server = await startServer({ ...options, port: 0 })
  return {
    name: 'node-server',
    send: (path, init) => fetchOutcome(`${server.url}${path}`, init),
    close: () => server.close(),
  }
}

/** MSW `setupServer` with the package's handlers, reached with `fetch`. */
const openMsw: FaceFactory = async (options) => {
  const service = createMetaService(options)
  const server = setupServer(...createHandlers(service, { baseUrl: MSW_BASE_URL }))
  server.listen({ onUnhandledRequest: 'error' })
  return {
    name: 'msw',
    send: (path, init) => fetchOutcome(`${MSW_BASE_URL}${path}`, init),
    close: async () => server.close(),
  }
}

/** A face whose answers are checked against the OpenAPI document (see answer-recorder.ts). */
function checkedAgainstDocument(open: FaceFactory): FaceFactory {
  return async (options) => {
    const face = await open(options)
    return {
      ...face,
      send: async (path, init) => {
        const outcome = await face.send(path, init)
        checkFakeAnswer(init?.method ?? 'GET', path, outcome)
        return outcome
      },
    }
  }
}

/** Every face, in the order the contract suite runs them. */
export const FACES: ReadonlyArray<readonly [string, FaceFactory]> = [
  ['in-process', checkedAgainstDocument(openInProcess)],
  ['node-server', checkedAgainstDocument(openNodeServer)],
  ['msw', checkedAgainstDocument(openMsw)],
]
