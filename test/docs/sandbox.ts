/**
 * A consumer project in a temp directory, as a user has one after installing the package: its
 * node_modules holds `yr-meta-mock` (this clone, whose exports point at the built dist) beside this
 * clone's own dependencies, `yr-meta-mock` is on the PATH (the built CLI), and `fixtures/` is the
 * shipped scenarios. The docs' blocks run in it, never in the clone.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createCertificate, LOCAL_NAMES } from '../../src/node/self-signed.js'
import { CLI_PATH } from '../support/cli-process.js'

export interface Sandbox {
  readonly dir: string
  /** The environment blocks run in: the sandbox's bin first on the PATH. */
  readonly env: NodeJS.ProcessEnv
  /** Writes a file of a `file` block (relative to the sandbox). */
  write(path: string, text: string): string
  remove(): void
}

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: true, // the package's own types are checked strictly by test:consumers; here only the blocks
    types: ['node'],
    // The type check writes the JavaScript the module blocks run (with node, not tsx: a third of the CPU)
    rootDir: '.',
    outDir: 'out',
  },
  // CommonJS blocks are checked on their own, as a CommonJS project (typeCheckCommonJs)
  exclude: ['node_modules', 'commonjs-*', 'out'],
}

export function createSandbox(root: string): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-docs-'))
  const modules = join(dir, 'node_modules')
  mkdirSync(join(modules, '.bin'), { recursive: true })
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name))
  }
  symlinkSync(root, join(modules, 'yr-meta-mock'))
  cpSync(join(root, 'fixtures'), join(dir, 'fixtures'), { recursive: true }) // a copy: a block may write there
  // The golden corpus, which blocks shown "from a clone" verify a real server against (read only)
  mkdirSync(join(dir, 'test'))
  symlinkSync(join(root, 'test', 'golden'), join(dir, 'test', 'golden'))
  writeTlsFiles(dir)
  const shim = `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_PATH)} "$@"\n`
  for (const bin of [join(dir, 'bin', 'yr-meta-mock'), join(modules, '.bin', 'yr-meta-mock')]) {
    mkdirSync(dirname(bin), { recursive: true })
    writeFileSync(bin, shim)
    chmodSync(bin, 0o755)
  }
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'docs-sandbox', type: 'module', private: true })}\n`,
  )
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`)
  const env = {
    ...process.env,
    PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
    npm_config_offline: 'true', // npx finds the local bin; it must never ask a registry
    NO_COLOR: '1',
  }
  const write = (path: string, text: string) => {
    const file = join(dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    return file
  }
  return { dir, env, write, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The PEM files a user brings for mutual TLS, as the TLS blocks name them: a CA (`ca.pem`), and a
 * server (`server.pem`, `server.key`, for the loopback names) and a client (`client.pem`,
 * `client.key`) certificate it signed. Node writes them (src/node/self-signed.ts): no openssl needed.
 */
function writeTlsFiles(dir: string): void {
  const ca = { ...createCertificate({ commonName: 'docs CA' }), commonName: 'docs CA' }
  const server = createCertificate({ commonName: 'localhost', altNames: LOCAL_NAMES, issuer: ca })
  const client = createCertificate({ commonName: 'docs client', issuer: ca })
  const files = {
    'ca.pem': ca.cert,
    'server.pem': server.cert,
    'server.key': server.key,
    'client.pem': client.cert,
    'client.key': client.key,
  }
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
}
