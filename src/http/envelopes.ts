/** `successJSONBodyForUser`: the non-admin answer of create, get and publish. */
export function toUserEnvelope(fn: Record<string, unknown>) {
  return { code: 0, message: 'SUCCESS', function: fn }
}

/** `repoutils.WriteResponse`: the admin answer, and every answer of update and list. */
export function toResultEnvelope(result: unknown) {
  return { code: 0, message: '', result }
}
