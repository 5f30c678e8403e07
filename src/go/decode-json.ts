import { Reader } from './go-json-reader.js'
import type { JsonNode } from './json-node.js'
import { GoJsonSyntaxError } from './json-syntax-error.js'

export { GoJsonSyntaxError }

const DEPTH_LIMIT = 10_000
/**
 * Decodes the first JSON value of a body as Go's `json.Decoder.Decode` does: trailing data is
 * ignored, and errors carry the scanner's messages so the fake can answer 130600 like the server.
 * @example decodeGoJson('{"a":1}') // { kind: 'object', entries: [['a', { kind: 'number', literal: '1' }]] }
 */
export function decodeGoJson(text: string, maxDepth = DEPTH_LIMIT): JsonNode {
  return readFirstValue(new Reader(text, maxDepth), text)
}

/**
 * Decodes a whole JSON document as Go's `json.Unmarshal` does: anything after the value is an
 * error (`invalid character 'x' after top-level value`), returned beside the value so that a
 * fixture's other mistakes can be reported with it.
 */
export function decodeGoJsonDocument(
  text: string,
  maxDepth = DEPTH_LIMIT,
): { readonly root: JsonNode; readonly trailingData?: GoJsonSyntaxError } {
  const reader = new Reader(text, maxDepth)
  const root = readFirstValue(reader, text)
  reader.skipWhitespace()
  return reader.atEnd() ? { root } : { root, trailingData: reader.trailingData() }
}

function readFirstValue(reader: Reader, text: string): JsonNode {
  reader.skipWhitespace()
  if (reader.atEnd()) throw new GoJsonSyntaxError('EOF', text.length)
  try {
    return reader.value(0)
  } catch (error) {
    // Go refuses nesting past 10,000 levels; JavaScript's stack may end a little before that.
    if (error instanceof RangeError) throw new GoJsonSyntaxError('exceeded max depth', 0)
    throw error
  }
}
