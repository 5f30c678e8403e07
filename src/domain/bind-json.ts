import { decodeGoJson, GoJsonSyntaxError } from '../go/decode-json.js'
import type { GoType } from '../go/go-type.js'
import { GoUnmarshalError, unmarshalGo } from '../go/unmarshal.js'
import { metaErrors } from './meta-error.js'

/**
 * Decodes a request body as the server's `shouldBindJSON` does before any validation: Go's
 * decoder, Go's messages, code 130600 for anything it refuses.
 * @example bindJson('{"name":"hello"}', requestTypes().create) // { name: 'hello' }
 */
export function bindJson(body: string, type: GoType): Record<string, unknown> {
  try {
    return unmarshalGo(decodeGoJson(body), type)
  } catch (error) {
    if (error instanceof GoJsonSyntaxError || error instanceof GoUnmarshalError) {
      throw metaErrors.bodyDecode(error.message)
    }
    throw error
  }
}
