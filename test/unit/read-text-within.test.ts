import { describe, expect, it } from 'vitest'
import { readTextWithin } from '../../src/wire/read-text-within.js'

/** A stream of the given chunks, as a socket or `app.request` hands a body over. */
function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(Uint8Array.from(chunk))
      controller.close()
    },
  })
}

/** What a streaming decoder makes of the chunks (the reader's behaviour before it decoded at once). */
function streamed(chunks: number[][], flush: boolean): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  const text = chunks.map((chunk) => decoder.decode(Uint8Array.from(chunk), { stream: true })).join('')
  return flush ? text + decoder.decode() : text
}

const euro = [0xe2, 0x82, 0xac]
const cases: Record<string, number[][]> = {
  'one chunk': [[0x7b, 0x7d]],
  'a character split across chunks': [
    [0x22, euro[0] as number],
    [euro[1] as number, euro[2] as number, 0x22],
  ],
  'a byte order mark, kept': [[0xef, 0xbb, 0xbf, 0x7b, 0x7d]],
  'invalid UTF-8 in the middle and at the end': [
    [0x22, 0xc0, 0xaf, 0xed, 0xa0],
    [0x80, 0xf4, 0x90, 0x22, 0xe2, 0x82],
  ],
}

describe('readTextWithin', () => {
  for (const [name, chunks] of Object.entries(cases)) {
    it(`decodes ${name} as a streaming decoder would`, async () => {
      const size = chunks.flat().length
      const read = await readTextWithin(streamOf(chunks), 1_000)
      expect(read).toEqual({ text: streamed(chunks, true), complete: true, bytes: size })
    })
  }

  it('decodes a body of many chunks once, whole', async () => {
    const chunks = Array.from({ length: 300 }, (_, index) => [...euro, 0x30 + (index % 10)])
    const read = await readTextWithin(streamOf(chunks), 10_000)
    expect(read.text).toBe('€0€1€2€3€4€5€6€7€8€9'.repeat(30))
    expect(read.bytes).toBe(1_200)
  })

  it('stops at the limit, leaving out a character cut in half', async () => {
    const chunks = [
      [0x61, 0x62],
      [0x63, ...euro, 0x64],
    ]
    const read = await readTextWithin(streamOf(chunks), 5)
    expect(read).toEqual({ text: 'abc', complete: false, bytes: 5 })
    expect(read.text).toBe(
      streamed(
        [
          [0x61, 0x62],
          [0x63, euro[0] as number, euro[1] as number],
        ],
        false,
      ),
    )
  })

  it('reads no stream as empty text', async () => {
    expect(await readTextWithin(null, 10)).toEqual({ text: '', complete: true, bytes: 0 })
  })
})
