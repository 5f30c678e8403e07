import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkWritableFile,
  FileWriteError,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../src/node/atomic-write.js'
import { useTempDirs } from '../support/temp-dirs.js'

const tempDir = useTempDirs('yr-atomic-')

/** Pieces that fail after the first: a write that breaks off half way, as a full disk would. */
function* failingHalfWay(): Generator<string> {
  yield '{"half": '
  throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
}

const writers = [
  ['async', writeFileAtomic],
  ['sync', async (file: string, text: string | Iterable<string>) => writeFileAtomicSync(file, text)],
] as const

describe.each(writers)('writeFileAtomic (%s)', (_, write) => {
  it('writes a text, or its pieces, and leaves no temp file', async () => {
    const dir = tempDir()
    const file = join(dir, 'out.json')
    expect(await write(file, '{"a": 1}\n')).toBe(9)
    expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n')
    const pieces = ['{"b": "', 'é'.repeat(700_000), '"}\n']
    await write(file, pieces)
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''))
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('leaves the earlier file whole when the write fails half way, and removes its temp file', async () => {
    const dir = tempDir()
    const file = join(dir, 'out.json')
    writeFileSync(file, '{"earlier": true}\n')
    const failure = await write(file, failingHalfWay()).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(FileWriteError)
    expect((failure as Error).message).toBe(
      `could not write ${file}: no space left on the device (ENOSPC); the file as it was before (if any) is unchanged`,
    )
    expect(readFileSync(file, 'utf8')).toBe('{"earlier": true}\n')
    expect(readdirSync(dir)).toEqual(['out.json'])
  })

  it('names the file when its directory is missing or it is a directory', async () => {
    const dir = tempDir()
    const missing = join(dir, 'nope', 'out.json')
    await expect(write(missing, '{}')).rejects.toThrow(
      `could not write ${missing}: its directory does not exist`,
    )
    const directory = join(dir, 'taken.json')
    mkdirSync(directory)
    await expect(write(directory, '{}')).rejects.toThrow(`could not write ${directory}: it is a directory`)
  })
})

describe('checkWritableFile', () => {
  it('passes a new or existing file in a directory that exists, and creates nothing', () => {
    const dir = tempDir()
    checkWritableFile(join(dir, 'new.json'))
    writeFileSync(join(dir, 'old.json'), 'x')
    checkWritableFile(join(dir, 'old.json'))
    expect(readdirSync(dir)).toEqual(['old.json'])
  })

  it('refuses a missing directory, a file as the directory, and a directory as the file', () => {
    const dir = tempDir()
    expect(() => checkWritableFile(join(dir, 'nope', 'a.json'))).toThrow(
      `could not write ${join(dir, 'nope', 'a.json')}: its directory ${join(dir, 'nope')} does not exist`,
    )
    writeFileSync(join(dir, 'plain'), 'x')
    expect(() => checkWritableFile(join(dir, 'plain', 'a.json'))).toThrow(
      `${join(dir, 'plain')} is not a directory`,
    )
    mkdirSync(join(dir, 'd.json'))
    expect(() => checkWritableFile(join(dir, 'd.json'))).toThrow(FileWriteError)
  })
})
