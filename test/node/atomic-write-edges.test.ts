import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkWritableFile,
  FileWriteError,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../src/node/atomic-write.js'
import { useTempDirs } from '../support/temp-dirs.js'

// Issue 23 (session 9): atomic writes at the edges the first tests missed (survivors of the mutation
// run): pieces over one batch, errors without a code or with an unknown one, a file as a directory,
// and no file descriptor left open by a failed synchronous write.

const tempDir = useTempDirs('yr-atomic-edges-')

function* failingWith(error: Error): Generator<string> {
  yield '{"half": '
  throw error
}

const writers = [
  ['async', writeFileAtomic],
  ['sync', async (file: string, text: string | Iterable<string>) => writeFileAtomicSync(file, text)],
] as const

describe.each(writers)('writeFileAtomic (%s), at the edges', (_, write) => {
  it('writes pieces of more than one batch (1 Mi characters) whole and in order', async () => {
    const file = join(tempDir(), 'big.json')
    const pieces = Array.from(
      { length: 2_600 },
      (_, index) => `${String(index).padStart(4, '0')}${'x'.repeat(996)}`,
    )
    expect(await write(file, pieces)).toBe(2_600_000)
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''))
  })

  it('gives the error itself as the reason when it has no code, and an unknown code as it is', async () => {
    const dir = tempDir()
    const file = join(dir, 'out.json')
    const plain = await write(file, failingWith(new Error('broken pipe of pieces'))).catch(
      (error: unknown) => error,
    )
    expect(plain).toBeInstanceOf(FileWriteError)
    expect((plain as FileWriteError).reason).toBe('Error: broken pipe of pieces')
    expect((plain as FileWriteError).name).toBe('FileWriteError')
    const coded = Object.assign(new Error('odd'), { code: 'EODDITY' })
    const odd = await write(file, failingWith(coded)).catch((error: unknown) => error)
    expect((odd as FileWriteError).reason).toBe('EODDITY')
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('writeFileAtomicSync', () => {
  it('closes the temp file when a write fails half way: no descriptor is left open', () => {
    const file = join(tempDir(), 'out.json')
    const openAtStart = readdirSync('/proc/self/fd').length
    for (let attempt = 0; attempt < 20; attempt++)
      expect(() => writeFileAtomicSync(file, failingWith(new Error('full')))).toThrow(FileWriteError)
    expect(readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(openAtStart)
  })
})

describe('checkWritableFile', () => {
  it('says which part of the path is a file where a directory should be', () => {
    const dir = tempDir()
    const notADirectory = join(dir, 'plain.txt')
    writeFileSync(notADirectory, 'text')
    expect(() => checkWritableFile(join(notADirectory, 'out.json'))).toThrow(
      `could not write ${join(notADirectory, 'out.json')}: ${notADirectory} is not a directory; the file as it was before (if any) is unchanged`,
    )
  })
})
