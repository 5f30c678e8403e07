/**
 * An error the real server answers with `{"code","message"}`. The numeric code is the
 * real server's business code, so tests assert codes, not prose.
 */
export class MetaError extends Error {
  override readonly name = 'MetaError'

  readonly code: number

  constructor(code: number, message: string) {
    // No stack trace: a MetaError is an answer, not a bug, and capturing one cost a tenth of a write.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(message)
    Error.stackTraceLimit = limit
    this.code = code
  }
}

/**
 * The real server would panic here (a Go runtime error with no recovery middleware),
 * which closes the connection without an HTTP response.
 */
export class ServerPanic extends Error {
  override readonly name = 'ServerPanic'

  constructor(message?: string) {
    // No stack trace, as for MetaError: a panic here is scripted behaviour, not a bug of the fake.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(message)
    Error.stackTraceLimit = limit
  }
}

const CHECK_INPUT = '. check input parameters'

/** The real server's error codes and messages (errmsg/errors.go), by name. */
export const metaErrors = {
  functionNameExists: () => new MetaError(4101, 'the function name already exists. rename your function'),
  invalidUserParam: (detail: string) => new MetaError(4104, `${detail}${CHECK_INPUT}`),
  versionOccupiedByAlias: () =>
    new MetaError(4105, 'this version is occupied by an alias. remove the mapping first'),
  versionOutOfLimit: (count: number) =>
    new MetaError(4110, `the number of existing function versions is greater than the set value: ${count}`),
  duplicateVersion: () => new MetaError(4114, 'duplicate version number'),
  functionNotFound: (displayName: string) =>
    new MetaError(4115, `function [${displayName}] is not found${CHECK_INPUT}`),
  publishLatestNotFound: () => new MetaError(4115, 'failed to get function version'),
  pageSizeZero: () => new MetaError(4123, 'page size cannot be 0'),
  revisionMismatch: () => new MetaError(4134, 'revisionID is not the same'),
  publishRevisionMismatch: () => new MetaError(4134, 'revisionId is non latest version'),
  emptyFunctionId: () => new MetaError(121046, 'empty functionid'),
  invalidQueryUrn: (urn: string) => new MetaError(121046, `invalid URN: ${urn}`),
  invalidVersion: (version: string) => new MetaError(121046, `invalid version: ${version}`),
  invalidQualifier: (qualifier: string) => new MetaError(121047, `invalid qualifier: ${qualifier}`),
  invalidFunctionName: (name: string) => new MetaError(121058, `invalid function name: ${name}`),
  kvNotFound: () => new MetaError(122001, 'KV not exist in etcd'),
  bodyDecode: (goMessage: string) => new MetaError(130600, goMessage),
} as const
