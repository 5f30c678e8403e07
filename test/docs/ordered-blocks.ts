/**
 * The blocks that run in document order, because one uses what another started or wrote:
 * `<!-- docs-test: in-order -->`, and `real-server` for those that also need a real meta_service (the
 * real one on 127.0.0.1:31190 and its frontend forwarder on :31191, as the docs write them, started
 * once with run.sh). With `until-listening`, a block starts a fake that stays up for the next block
 * (a reader's "then run your client against :31182"), which is followed by Ctrl-C. Blocks of
 * different files never depend on each other: each file is a lane of its own.
 */
import { type RealServerRun, startRealServer, stopRealServer } from '../../tools/diff-real/coverage-build.js'
import type { DocBlock } from './doc-blocks.js'
import { runProcess } from './run-process.js'
import type { Sandbox } from './sandbox.js'
import { type RunningFake, startUntilListening, withPort } from './shell-blocks.js'

/** The ports the docs name for the real server and its frontend. */
export const REAL_PORTS = { meta: 31190, frontend: 31191 } as const

/** One file's ordered blocks: the fake an `until-listening` block started, for the next block's `:31182`. */
interface Lane {
  fake: RunningFake | undefined
}

export class OrderedBlocks {
  #server: Promise<RealServerRun> | undefined
  readonly #lanes: Lane[] = []

  /** Starts the real server (once); the real-server blocks await it. */
  startRealServer(): Promise<RealServerRun> {
    this.#server ??= startRealServer({ port: REAL_PORTS.meta, frontendPort: REAL_PORTS.frontend })
    return this.#server
  }

  /**
   * Each file's blocks run in order, in a lane of their own beside the other blocks and the other
   * files' lanes (the real server's is mostly waiting on it, ~40 s): each block's run, by `where`.
   * A block runs whether or not the one before failed; one that needed its output fails too, and
   * says why. `checkFake` looks at the journal of a real-server block's fake before it stops.
   */
  runInOrder(
    blocks: readonly DocBlock[],
    sandbox: Sandbox,
    checkFake: (block: DocBlock, port: number) => Promise<void>,
  ): Map<string, Promise<void>> {
    const runs = new Map<string, Promise<void>>()
    for (const file of new Set(blocks.map((block) => block.file))) {
      const lane: Lane = { fake: undefined }
      this.#lanes.push(lane)
      let previous: Promise<void> = Promise.resolve()
      for (const block of blocks.filter((each) => each.file === file)) {
        const check = block.kind === 'real-server' ? (port: number) => checkFake(block, port) : undefined
        const run = previous.then(() => this.#run(lane, block, sandbox, check))
        runs.set(block.where, run)
        previous = run.catch(() => undefined)
      }
    }
    return runs
  }

  /** Stops the fakes blocks left running and the real server. */
  async close(): Promise<void> {
    await Promise.all(this.#lanes.map(stopFake))
    const server = await this.#server?.catch(() => undefined)
    if (server) await stopRealServer(server)
  }

  /**
   * `until-listening`: starts the block's fake and leaves it running. Otherwise: the block in bash,
   * its `:31182` that fake's port; then the fake is stopped, so what it writes on exit (a recording)
   * is there for the blocks after.
   */
  async #run(
    lane: Lane,
    block: DocBlock,
    sandbox: Sandbox,
    checkFake?: (port: number) => Promise<void>,
  ): Promise<void> {
    if (block.kind === 'real-server') await this.startRealServer()
    if (block.argument === 'until-listening') {
      await stopFake(lane)
      lane.fake = await startUntilListening(block, sandbox)
      return
    }
    const script = lane.fake ? withPort(block.body, lane.fake.port) : block.body
    try {
      const { code, output } = await runProcess('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: sandbox.dir,
        env: sandbox.env,
        timeoutMs: 90_000,
      })
      if (code !== 0) throw new Error(`${block.where}: the block exited with ${code}:\n${output}`)
      if (lane.fake && checkFake) await checkFake(lane.fake.port)
    } finally {
      await stopFake(lane)
    }
  }
}

async function stopFake(lane: Lane): Promise<void> {
  const fake = lane.fake
  lane.fake = undefined
  await fake?.stop()
}
