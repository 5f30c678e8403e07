import { sprintfNoArgs } from '../go/go-fmt.js'

/**
 * The base of the errors that are answers, not bugs: an `Error` by prototype (`instanceof Error`,
 * `name`, `message`), but built without Error's constructor and so without a `stack`. Under the
 * soak's mix, errors built by Error's constructor (even with `Error.stackTraceLimit` at 0) cost
 * ~5 µs per request more, measured side by side (decision 0009).
 */
export interface AnswerError extends Error {}
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface gives the class Error's type; the prototype below gives it Error's behaviour.
export class AnswerError {
  readonly message: string

  constructor(message = '') {
    this.message = message
  }
}
Object.setPrototypeOf(AnswerError.prototype, Error.prototype)

/**
 * An error the real server answers with `{"code","message"}`. The numeric code is the
 * real server's business code, so tests assert codes, not prose.
 */
export class MetaError extends AnswerError {
  readonly code: number

  constructor(code: number, message: string) {
    super(message)
    this.code = code
  }
}
MetaError.prototype.name = 'MetaError'

/**
 * The real server would panic here (a Go runtime error with no recovery middleware),
 * which closes the connection without an HTTP response.
 */
export class ServerPanic extends AnswerError {}
ServerPanic.prototype.name = 'ServerPanic'

const CHECK_INPUT = '. check input parameters'

/** The real server's error codes and messages (errmsg/errors.go), by name. */
export const metaErrors = {
  functionNameExists: () => new MetaError(4101, 'the function name already exists. rename your function'),
  invalidUserParam: (detail: string) => new MetaError(4104, `${detail}${CHECK_INPUT}`),
  /**
   * A 4104 whose text the real server uses as a format string (`NewParamError(msg)` with no
   * arguments, or a plain error the router wraps): a `%` in it prints as Go's `%!d(MISSING)` and kin.
   */
  invalidUserParamText: (text: string) => new MetaError(4104, sprintfNoArgs(`${text}${CHECK_INPUT}`)),
  versionOccupiedByAlias: () =>
    new MetaError(4105, 'this version is occupied by an alias. remove the mapping first'),
  versionOutOfLimit: (count: number) =>
    new MetaError(4110, `the number of existing function versions is greater than the set value: ${count}`),
  duplicateVersion: () => new MetaError(4114, 'duplicate version number'),
  /** A layer a function refers to by version 0 (the latest) has no count index (`GetLayerVersion`). */
  layerNotFound: () => new MetaError(4113, 'can not find this layer'),
  layerVersionNotFound: (version: number, name: string) =>
    new MetaError(4113, `this version [${version}] of layer [${name}] does not exist`),
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
  /** A value in etcd that does not decode (`errmsg.UnmarshalError`): another writer's trigger of an unknown type. */
  unmarshal: () => new MetaError(122004, 'failed to unmarshal'),
  /** A commit etcd refused (`errmsg.TransactionFailed`), with etcd's own message. */
  transactionFailed: (etcdMessage: string) => new MetaError(122003, etcdMessage),
  bodyDecode: (goMessage: string) => new MetaError(130600, goMessage),
} as const
