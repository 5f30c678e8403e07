/**
 * The blocks that run in document order, because one uses what another started or wrote:
 * `<!-- docs-test: in-order -->`, and `real-server` for those that also need a real meta_service (the
 * real one on 127.0.0.1:31190 and its frontend forwarder on :31191, as the docs write them, started
 * once with run.sh). With `until-listening`, a block starts a fake that stays up for the next block
 * (a reader's "then run your client against :31182"), which is followed by Ctrl-C.
 */
import { type RealServerRun, startRealServer, stopRealServer } from '../../tools/diff-real/coverage-build.js'
import type { DocBlock } from './doc-blocks.js'
import { runProcess } from './run-process.js'
import type { Sandbox } from './sandbox.js'
import { type RunningFake, startUntilListening, withPort } from './shell-blocks.js'

/** The ports the docs name for the real server and its frontend. */
export const REAL_PORTS = { meta: 31190, frontend: 31191 } as const

export class OrderedBlocks {
  #server: Promise<RealServerRun> | undefined
  /** The fake an `until-listening` block started, for the next block's `:31182`. */
  #fake: RunningFake | undefined

  /** Starts the real server (once); the real-server blocks await it. */
  startRealServer(): Promise<RealServerRun> {
    this.#server ??= startRealServer({ port: REAL_PORTS.meta, frontendPort: REAL_PORTS.frontend })
    return this.#server
  }

  /**
   * Every block run in order, in a lane of its own beside the other blocks (the real server's
   * answers are mostly waiting, ~40 s of it): each block's run, by `where`. A block runs whether or
   * not the one before failed; one that needed its output fails too, and says why. `checkFake` looks
   * at the journal of a real-server block's fake before it stops.
   */
  runInOrder(
    blocks: readonly DocBlock[],
    sandbox: Sandbox,
    checkFake: (block: DocBlock, port: number) => Promise<void>,
  ): Map<string, Promise<void>> {
    const runs = new Map<string, Promise<void>>()
    let previous: Promise<void> = Promise.resolve()
    for (const block of blocks) {
      const check = block.kind === 'real-server' ? (port: number) => checkFake(block, port) : undefined
      const run = previous.then(() => this.#run(block, sandbox, check))
      runs.set(block.where, run)
      previous = run.catch(() => undefined)
    }
    return runs
  }

  /** Stops the fake a block left running and the real server. */
  async close(): Promise<void> {
    await this.#stopFake()
    const server = await this.#server?.catch(() => undefined)
    if (server) await stopRealServer(server)
  }

  /**
   * `until-listening`: starts the block's fake and leaves it running. Otherwise: the block in bash,
   * its `:31182` that fake's port; then the fake is stopped, so what it writes on exit (a recording)
   * is there for the blocks after.
   */
  async #run(block: DocBlock, sandbox: Sandbox, checkFake?: (port: number) => Promise<void>): Promise<void> {
    if (block.kind === 'real-server') await this.startRealServer()
    if (block.argument === 'until-listening') {
      await this.#stopFake()
      this.#fake = await startUntilListening(block, sandbox)
      return
    }
    const script = this.#fake ? withPort(block.body, this.#fake.port) : block.body
    try {
      const { code, output } = await runProcess('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: sandbox.dir,
        env: sandbox.env,
        timeoutMs: 90_000,
      })
      if (code !== 0) throw new Error(`${block.where}: the block exited with ${code}:\n${output}`)
      if (this.#fake && checkFake) await checkFake(this.#fake.port)
    } finally {
      await this.#stopFake()
    }
  }

  async #stopFake(): Promise<void> {
    const fake = this.#fake
    this.#fake = undefined
    await fake?.stop()
  }
}
