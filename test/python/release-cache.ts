/**
 * The single executable and the wheel, built once per change of their inputs and kept in the temp
 * directory: the SEA build takes ~20 s and the wheel ~13 s, too long to repeat per test file run.
 * A lock directory lets parallel test files share one build.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CACHE = join(tmpdir(), 'yr-meta-mock-release')
const BUILD_LIMIT_MS = 240_000

export interface ReleaseBuild {
  readonly binary: string
  readonly wheel: string
}

/** The executable and the wheel of the working tree as it is, from the cache or built now. */
export async function getReleaseBuild(): Promise<ReleaseBuild> {
  const binaryKey = hashInputs(
    ['src', 'scripts/build-binary.mjs', 'scripts/zod-english-only.mjs', 'package.json', 'package-lock.json'],
    process.version,
  )
  const binaryDir = await cached(`bin-${binaryKey}`, (dir) => runNode(['scripts/build-binary.mjs', dir]))
  const wheelKey = hashInputs(['python', 'fixtures', 'scripts/build-wheel.mjs'], binaryKey)
  const binary = join(binaryDir, 'yr-meta-mock')
  const wheelDir = await cached(`wheel-${wheelKey}`, (dir) =>
    runNode(['scripts/build-wheel.mjs', binary, dir]),
  )
  const wheel = readdirSync(wheelDir).find((name) => name.endsWith('.whl'))
  if (!wheel) throw new Error(`no wheel in ${wheelDir}`)
  return { binary, wheel: join(wheelDir, wheel) }
}

function runNode(args: string[]): void {
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
}

/** A hash of the files under `paths` (names and contents; tests and caches left out) and `extra`. */
function hashInputs(paths: readonly string[], extra: string): string {
  const hash = createHash('sha256').update(extra)
  const visit = (path: string) => {
    if (/(__pycache__|\.egg-info|node_modules|[/\\]tests)$/.test(path)) return
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name))
      return
    }
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0')
  }
  for (const path of paths) visit(join(ROOT, path))
  return hash.digest('hex').slice(0, 16)
}

/**
 * `CACHE/<name>`, made by `build` unless a finished one is there. Whoever makes the lock directory
 * builds; the others wait for its `done` file (bounded). All but the newest two older entries of its kind are removed.
 */
async function cached(name: string, build: (dir: string) => void): Promise<string> {
  const dir = join(CACHE, name)
  const done = join(dir, 'done')
  const lock = `${dir}.lock`
  mkdirSync(CACHE, { recursive: true })
  const deadline = Date.now() + BUILD_LIMIT_MS
  while (!existsSync(done)) {
    if (takeLock(lock)) {
      try {
        rmSync(dir, { recursive: true, force: true })
        removeOlder(name)
        build(dir)
        writeFileSync(done, new Date().toISOString())
      } finally {
        rmSync(lock, { recursive: true, force: true })
      }
    } else if (Date.now() > deadline) {
      throw new Error(`waited ${BUILD_LIMIT_MS / 1000} s for another test file to build ${dir}`)
    } else {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  return dir
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock)
    return true
  } catch {
    // A lock older than any build is left by a killed run.
    const taken = statSync(lock, { throwIfNoEntry: false })
    if (taken && Date.now() - taken.mtimeMs > BUILD_LIMIT_MS) rmSync(lock, { recursive: true, force: true })
    return false
  }
}

/** Keeps the newest two others of the kind: other checkouts on this machine may be using them. */
function removeOlder(name: string): void {
  const kind = name.slice(0, name.indexOf('-') + 1)
  const others = readdirSync(CACHE)
    .filter((entry) => entry.startsWith(kind) && entry !== name && !entry.endsWith('.lock'))
    .map((entry) => ({ entry, at: statSync(join(CACHE, entry)).mtimeMs }))
    .sort((a, b) => b.at - a.at)
  for (const { entry } of others.slice(2)) rmSync(join(CACHE, entry), { recursive: true, force: true })
}
