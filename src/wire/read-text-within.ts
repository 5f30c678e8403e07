/** Text read from a body, and whether the body ended within the limit. */
export interface BoundedText {
  readonly text: string
  /** False when the body went past the limit: `text` then holds only the first `limit` bytes. */
  readonly complete: boolean
  /** The bytes `text` was decoded from. */
  readonly bytes: number
}

/**
 * Reads a body as UTF-8 text, stopping (and cancelling the stream) once it passes `limit` bytes,
 * so an oversized body is never buffered whole.
 */
export async function readTextWithin(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<BoundedText> {
  if (stream === null) return { text: '', complete: true, bytes: 0 }
  const reader = stream.getReader()
  // ignoreBOM: a byte order mark is part of the body (Go's decoder refuses it), not something to strip
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  let text = ''
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { text: text + decoder.decode(), complete: true, bytes: size }
    size += value.byteLength
    if (size > limit) {
      text += decoder.decode(value.subarray(0, value.byteLength - (size - limit)))
      // Not awaited: a branch of a tee (a cloned request) settles its cancel only once the other
      // branch is cancelled too, which may never happen.
      reader.cancel().catch(() => undefined)
      return { text, complete: false, bytes: limit }
    }
    text += decoder.decode(value, { stream: true })
  }
}
