import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchConfig } from './bench-config.js'
import { type ServerCommand, takePort } from './processes.js'

const PEERS = fileURLToPath(new URL('../peers/', import.meta.url))
const bin = (name: string) => join(PEERS, 'node_modules/.bin', name)

/** Installs the peers (json-server, Mockoon's CLI, WireMock, mockttp) into bench/peers once. */
export function installPeers(): void {
  if (existsSync(bin('wiremock')) && existsSync(join(PEERS, 'node_modules/mockttp'))) return
  execSync('npm install --no-audit --no-fund --loglevel=error', { cwd: PEERS, stdio: 'inherit' })
}

/** A peer, configured from its own fixture to serve the fake's versions page at the same path. */
export interface Peer {
  readonly name: string
  /** How its body differs from the fake's bytes, if it does. */
  readonly bodyNote: string
  command(config: BenchConfig, body: string, path: string): ServerCommand
}

const withoutQuery = (path: string) => path.slice(0, path.indexOf('?'))

export const PEERS_LIST: readonly Peer[] = [
  {
    name: 'json-server 0.17.4',
    bodyNote: 'same JSON value, pretty-printed by json-server',
    command(config, body) {
      const dir = peerDir(config, 'json-server')
      writeFileSync(join(dir, 'db.json'), JSON.stringify({ versions: JSON.parse(body) }))
      // The query must be matched too, or json-server filters the object by it and answers 404.
      const routes = { '/serverless/v1/functions/:name/versions\\?*': '/versions' }
      writeFileSync(join(dir, 'routes.json'), JSON.stringify(routes))
      const port = takePort()
      return {
        command: bin('json-server'),
        args: [
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--routes',
          'routes.json',
          '--quiet',
          'db.json',
        ],
        port,
        readyPath: '/versions',
        cwd: dir,
      }
    },
  },
  {
    name: 'Mockoon CLI 9.9.0',
    bodyNote: 'same bytes',
    command(config, body, path) {
      const dir = peerDir(config, 'mockoon')
      const port = takePort()
      writeFileSync(join(dir, 'environment.json'), JSON.stringify(toMockoonEnvironment(port, body)))
      return {
        command: bin('mockoon-cli'),
        args: ['start', '--data', join(dir, 'environment.json'), '--disable-log-to-file'],
        port,
        readyPath: withoutQuery(path),
        cwd: dir,
      }
    },
  },
  {
    name: 'WireMock 3.13.2 (Java 17)',
    bodyNote: 'same bytes',
    command(config, body, path) {
      const dir = peerDir(config, 'wiremock')
      mkdirSync(join(dir, 'mappings'), { recursive: true })
      const mapping = {
        request: { method: 'GET', urlPath: withoutQuery(path) },
        response: { status: 200, body, headers: { 'Content-Type': 'application/json; charset=utf-8' } },
      }
      writeFileSync(join(dir, 'mappings/versions.json'), JSON.stringify(mapping))
      const port = takePort()
      return {
        command: bin('wiremock'),
        args: ['--port', String(port), '--bind-address', '127.0.0.1', '--root-dir', dir, '--disable-banner'],
        port,
        readyPath: '/__admin/health',
        cwd: dir,
      }
    },
  },
  {
    name: 'mockttp 4.6.5',
    bodyNote: 'same bytes',
    command(config, body, path) {
      const dir = peerDir(config, 'mockttp')
      writeFileSync(join(dir, 'body.json'), body)
      const port = takePort()
      return {
        command: process.execPath,
        args: [join(PEERS, 'mockttp-server.mjs'), String(port), withoutQuery(path), join(dir, 'body.json')],
        port,
        readyPath: withoutQuery(path),
        cwd: PEERS,
      }
    },
  },
]

function peerDir(config: BenchConfig, name: string): string {
  const dir = join(config.workDir, name)
  mkdirSync(dir, { recursive: true })
  return dir
}

function toMockoonEnvironment(port: number, body: string) {
  return {
    uuid: 'b3c9e1a2-0000-4000-8000-000000000001',
    lastMigration: 33,
    name: 'yr-meta-mock peer',
    endpointPrefix: '',
    latency: 0,
    port,
    hostname: '127.0.0.1',
    folders: [],
    routes: [
      {
        uuid: 'b3c9e1a2-0000-4000-8000-000000000002',
        type: 'http',
        documentation: '',
        method: 'get',
        endpoint: 'serverless/v1/functions/:name/versions',
        responses: [
          {
            uuid: 'b3c9e1a2-0000-4000-8000-000000000003',
            body,
            latency: 0,
            statusCode: 200,
            label: '',
            headers: [{ key: 'Content-Type', value: 'application/json; charset=utf-8' }],
            bodyType: 'INLINE',
            filePath: '',
            databucketID: '',
            sendFileAsBody: false,
            rules: [],
            rulesOperator: 'OR',
            disableTemplating: true,
            fallbackTo404: false,
            default: true,
            crudKey: 'id',
            callbacks: [],
          },
        ],
        responseMode: null,
        streamingMode: null,
        streamingInterval: 0,
      },
    ],
    rootChildren: [{ type: 'route', uuid: 'b3c9e1a2-0000-4000-8000-000000000002' }],
    proxyMode: false,
    proxyHost: '',
    proxyRemovePrefix: false,
    tlsOptions: {
      enabled: false,
      type: 'CERT',
      pfxPath: '',
      certPath: '',
      keyPath: '',
      caPath: '',
      passphrase: '',
    },
    cors: false,
    headers: [],
    proxyReqHeaders: [],
    proxyResHeaders: [],
    data: [],
    callbacks: [],
  }
}
