import { basename } from 'node:path'
import type { MetaEngine } from '../engine/meta-engine.js'
import { toFixtureTextPieces } from '../record/fixture-text.js'
import {
  DEFAULT_RECORDING_LIMIT,
  type Recording,
  type SkippedExchanges,
  startRecording,
} from '../record/recording.js'
import { toRecordedFixture } from '../record/to-fixture.js'
import { MAX_FIXTURE_BYTES } from '../scenarios/parse-scenario.js'
import type { Logger } from '../support/logger.js'
import { FileWriteError, writeFileAtomic, writeFileAtomicSync } from './atomic-write.js'

/** How `--record` records and writes. */
export interface RecordFileOptions {
  readonly redactHeaders?: readonly string[]
  readonly maxBytes?: number
  /** The longest an exchange kept waits to be written, while writes are quick (default 1000 ms). */
  readonly intervalMs?: number
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>
}

/** A write may take this share of the time at most: a slow one (a big recording) spaces the next out. */
const WRITE_SHARE = 5

/** How long the last answers may take to be read once the server has stopped. */
const LAST_READS_MS = 1000

/**
 * `--record <file>`: records from the start and keeps the file a valid fixture of what was recorded,
 * rewritten whole (temp file, fsync, rename: see `atomic-write.ts`) at most `intervalMs` after each
 * exchange is kept, and once more at the end. A kill loses at most the last interval; a failed write
 * leaves the last good file, is said once and tried again; `finish` says whether the file holds everything.
 * See decisions/0022.
 */
export class RecordingFile {
  readonly recording: Recording
  readonly #file: string
  readonly #name: string
  readonly #intervalMs: number
  readonly #log: RecordFileOptions['log']
  /** Exchanges kept, and how many of them the file held after the last write that worked. */
  #kept = 0
  #written = 0
  #wroteOnce = false
  #saidTooBig = false
  #timer: NodeJS.Timeout | undefined
  #writing: Promise<void> | undefined
  #lastWriteMs = 0
  /** The last write's failure, until a write works again. */
  #failure: string | undefined
  readonly #skipsSaid = new Set<keyof SkippedExchanges>()
  /** What `finish` found, once it has run. */
  #finished: boolean | undefined

  constructor(engine: MetaEngine, file: string, options: RecordFileOptions) {
    this.#file = file
    this.#name = basename(file, '.json')
    this.#intervalMs = options.intervalMs ?? 1000
    this.#log = options.log
    this.recording = startRecording(engine, {
      redactHeaders: options.redactHeaders,
      maxBytes: options.maxBytes,
      onKept: () => {
        this.#kept++
        this.#schedule()
      },
      onSkipped: (reason) => this.#sayFirstSkip(reason),
    })
  }

  /**
   * Stops recording and writes what was recorded, once the last answers are read (1 s at most).
   * @returns whether the file holds the whole recording (false: a write failed, and that was said).
   */
  async finish(): Promise<boolean> {
    if (this.#finished !== undefined) return this.#finished
    this.#stop()
    await Promise.race([this.recording.exchanges(), delay(LAST_READS_MS)])
    await this.#writing
    if (!this.#upToDate()) await this.#write()
    this.#sayTotals()
    this.#finished = this.#failure === undefined
    return this.#finished
  }

  /** The same, synchronously, for a process already exiting: the answers read so far. */
  finishSync(): boolean {
    if (this.#finished !== undefined) return this.#finished
    this.#stop()
    if (!this.#upToDate()) {
      try {
        const { text, kept } = this.#toText()
        this.#wrote(kept, writeFileAtomicSync(this.#file, text))
      } catch (error) {
        this.#failed(error)
      }
      this.#sayTotals()
    }
    this.#finished = this.#failure === undefined
    return this.#finished
  }

  /** Why the file does not hold the whole recording (the last write failed), if it does not. */
  get failure(): string | undefined {
    return this.#failure
  }

  #stop(): void {
    this.recording.stop()
    clearTimeout(this.#timer)
    this.#timer = undefined
  }

  /** The file holds every exchange kept (and exists: an empty recording is written too). */
  #upToDate(): boolean {
    return this.#kept === this.#written && this.#wroteOnce && this.#failure === undefined
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#writing !== undefined || !this.recording.active) return
    const wait = Math.max(this.#intervalMs, this.#lastWriteMs * WRITE_SHARE)
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.#write()
    }, wait)
    this.#timer.unref()
  }

  /** One write at a time; exchanges kept meanwhile are written by the next. */
  #write(): Promise<void> {
    this.#writing = this.#writeOnce().finally(() => {
      this.#writing = undefined
      if (this.#kept !== this.#written) this.#schedule()
    })
    return this.#writing
  }

  async #writeOnce(): Promise<void> {
    const started = performance.now()
    try {
      const { text, kept } = this.#toText()
      const size = await writeFileAtomic(this.#file, text)
      this.#wrote(kept, size)
    } catch (error) {
      this.#failed(error)
    }
    // A failed write is tried again at the same pace (the disk may have room again), spaced out alike.
    this.#lastWriteMs = performance.now() - started
  }

  /** The fixture's text in pieces (made as they are written) and how many exchanges it holds. */
  #toText(): { text: Iterable<string>; kept: number } {
    const exchanges = this.recording.settledExchanges()
    const fixture = toRecordedFixture(exchanges, { name: this.#name })
    return { text: toFixtureTextPieces(fixture), kept: exchanges.length }
  }

  #wrote(kept: number, size: number): void {
    if (this.#failure !== undefined) this.#log.info(`recording: ${this.#file} written again`)
    if (size > MAX_FIXTURE_BYTES && !this.#saidTooBig) {
      this.#saidTooBig = true
      this.#log.warn(
        `recording: ${this.#file} is over the ${MAX_FIXTURE_BYTES}-byte fixture limit of --fixtures: load it in code`,
      )
    }
    this.#failure = undefined
    this.#written = kept
    this.#wroteOnce = true
  }

  #failed(error: unknown): void {
    const message =
      error instanceof FileWriteError ? error.message : `could not write ${this.#file}: ${error}`
    // Said once per cause: a full disk would otherwise repeat it with every exchange.
    if (message !== this.#failure) this.#log.error(`recording: ${message}`)
    this.#failure = message
  }

  /** Each reason for skipping exchanges is said the first time it happens; the totals come at the end. */
  #sayFirstSkip(reason: keyof SkippedExchanges): void {
    if (this.#skipsSaid.has(reason)) return
    this.#skipsSaid.add(reason)
    this.#log.warn(`recording: ${SKIP_REASONS[reason](this.recording.maxBytes)}`)
  }

  #sayTotals(): void {
    const { recording } = this
    const skipped = recording.skippedBy
    const reasons = (Object.keys(skipped) as Array<keyof SkippedExchanges>)
      .filter((reason) => skipped[reason] > 0)
      .map((reason) => `${skipped[reason]} ${reason}`)
    const kept = `${this.#kept} exchanges (${recording.bytes} bytes)`
    const state =
      this.#failure === undefined
        ? `wrote ${this.#file}: ${kept}`
        : `${this.#file} holds ${this.#written} of the ${kept} recorded: the last write failed`
    const skips = reasons.length > 0 ? `; skipped ${recording.skipped} (${reasons.join(', ')})` : ''
    this.#log.info(`recording: ${state}${skips}`)
  }
}

const SKIP_REASONS: Record<keyof SkippedExchanges, (maxBytes: number) => string> = {
  limit: () =>
    `the most exchanges a recording keeps (${DEFAULT_RECORDING_LIMIT}) is reached: later ones are skipped`,
  budget: (maxBytes) =>
    `an exchange did not fit whole in the recording's ${maxBytes} bytes: skipped, not cut (--record-max-bytes raises it)`,
  unreachable: () => 'the upstream could not be reached: its 502 stand-ins are not recorded',
  incomplete: () =>
    'an exchange was not read whole (a request over --body-limit, or an answer that broke off): skipped',
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
