import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { type FileHandle, open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A file the fake could not write; the file as it was before (if any) is left as it was. */
export class FileWriteError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`could not write ${file}: ${reason}; the file as it was before (if any) is unchanged`)
    this.name = 'FileWriteError'
  }
}

/** What is written: a text, or its pieces in order (never joined into one string). */
export type FileText = string | Iterable<string>

/** Pieces are gathered up to this many characters before each write (and, async, a turn of the event loop). */
const BATCH_CHARS = 1024 * 1024

/** Temp files made by this process, each once: two writes of one file never share one. */
let written = 0

/**
 * The temp file beside `file`: in the same directory, so the rename never crosses a file system. It
 * starts with a dot and does not end in `.json`, so a fixtures directory never loads it.
 */
function tempFileFor(file: string): string {
  written++
  return join(dirname(file), `.${basename(file)}.${process.pid}.${written}.tmp`)
}

/**
 * Writes `text` to `file` so that the file is only ever the old whole text or the new whole text:
 * into a temp file in the same directory, flushed to the disk (fsync), then renamed over `file`. A
 * failure (full disk, no such directory, no permission) leaves `file` as it was and removes the temp
 * file. Synchronous, for an exit handler, where nothing asynchronous runs any more.
 * @returns the bytes written.
 * @throws FileWriteError naming the file and the reason.
 */
export function writeFileAtomicSync(file: string, text: FileText): number {
  const temp = tempFileFor(file)
  let descriptor: number | undefined
  try {
    refuseDirectory(file)
    descriptor = openSync(temp, 'wx')
    let size = 0
    for (const bytes of toBatches(text)) {
      let offset = 0
      while (offset < bytes.length) offset += writeSync(descriptor, bytes, offset)
      size += bytes.length
    }
    fsyncSync(descriptor)
    closeSync(descriptor)
    descriptor = undefined
    renameSync(temp, file)
    return size
  } catch (error) {
    if (descriptor !== undefined) closeQuietly(descriptor)
    removeQuietly(temp)
    throw toWriteError(file, error)
  }
}

/**
 * `writeFileAtomicSync`, without holding the event loop: the disk works in the background, and the
 * pieces of a text are made and written a batch at a time, requests answered in between.
 */
export async function writeFileAtomic(file: string, text: FileText): Promise<number> {
  const temp = tempFileFor(file)
  let handle: FileHandle | undefined
  try {
    refuseDirectory(file)
    handle = await open(temp, 'wx')
    let size = 0
    for (const bytes of toBatches(text)) {
      size += bytes.length
      // A write may take fewer bytes than given (a disk filling up): the rest goes in the next one.
      let offset = 0
      while (offset < bytes.length)
        offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten
    }
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, file)
    return size
  } catch (error) {
    await handle?.close().catch(() => {})
    await unlink(temp).catch(() => {})
    throw toWriteError(file, error)
  }
}

/**
 * Checks, before any work, that `file` can be written as `writeFileAtomic` writes it: its directory
 * exists and takes new files, and the file is not a directory. Creates nothing: an earlier file stays
 * until a whole new one replaces it. (A full disk shows only when writing.)
 * @throws FileWriteError naming the file and what is wrong.
 */
export function checkWritableFile(file: string): void {
  const directory = dirname(file)
  try {
    const found = statSync(directory, { throwIfNoEntry: false })
    if (found === undefined) throw new FileWriteError(file, `its directory ${directory} does not exist`)
    if (!found.isDirectory()) throw new FileWriteError(file, `${directory} is not a directory`)
    accessSync(directory, constants.W_OK | constants.X_OK)
    refuseDirectory(file)
  } catch (error) {
    throw toWriteError(file, error)
  }
}

/** The text as UTF-8 buffers of about `BATCH_CHARS` characters each (a short text: one buffer). */
function* toBatches(text: FileText): Generator<Buffer> {
  if (typeof text === 'string') {
    yield Buffer.from(text, 'utf8')
    return
  }
  let batch: string[] = []
  let length = 0
  for (const piece of text) {
    batch.push(piece)
    length += piece.length
    if (length >= BATCH_CHARS) {
      yield Buffer.from(batch.join(''), 'utf8')
      batch = []
      length = 0
    }
  }
  if (length > 0 || batch.length > 0) yield Buffer.from(batch.join(''), 'utf8')
}

/** A rename over a directory fails only on some systems and with a vague message: say it first. */
function refuseDirectory(file: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new FileWriteError(file, 'it is a directory')
}

function toWriteError(file: string, error: unknown): FileWriteError {
  if (error instanceof FileWriteError) return error
  const code = (error as NodeJS.ErrnoException).code
  const reason = code === undefined ? String(error) : (REASONS[code] ?? `${code}`)
  return new FileWriteError(file, reason)
}

/** The errors a write meets in practice, in words (the rest keep their code). */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  ENOENT: 'its directory does not exist (ENOENT)',
  ENOTDIR: 'a part of its path is not a directory (ENOTDIR)',
  EACCES: 'no permission to write in its directory (EACCES)',
  EPERM: 'no permission to write in its directory (EPERM)',
  EROFS: 'its file system is read-only (EROFS)',
  EISDIR: 'it is a directory (EISDIR)',
  EIO: 'the device failed (EIO)',
}

function closeQuietly(descriptor: number): void {
  try {
    closeSync(descriptor)
  } catch {
    // already failing: the write's own error is the one worth telling
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // never made, or already gone
  }
}
