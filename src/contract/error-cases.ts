/** A business code a route answers with, and a message it was seen with (the real server's text). */
export interface ErrorCase {
  readonly code: number
  readonly message: string
}

// The real server's codes (errmsg/errors.go) with a message each, as recorded from the binary.
export const E = {
  nameExists: { code: 4101, message: 'the function name already exists. rename your function' },
  invalidParam: { code: 4104, message: '<what is wrong>. check input parameters' },
  versionLimit: {
    code: 4110,
    message: 'the number of existing function versions is greater than the set value: <n>',
  },
  versionOccupied: { code: 4105, message: 'this version is occupied by an alias. remove the mapping first' },
  layerNotFound: {
    code: 4113,
    message: 'can not find this layer | this version [<v>] of layer [<name>] does not exist',
  },
  duplicateVersion: { code: 4114, message: 'duplicate version number' },
  notFound: { code: 4115, message: 'function [<name>] is not found. check input parameters' },
  publishNoLatest: { code: 4115, message: 'failed to get function version' },
  poolNotFound: { code: 4120, message: 'pool does not exist or has been deleted. check input parameters' },
  pageSizeZero: { code: 4123, message: 'page size cannot be 0' },
  revisionMismatch: { code: 4134, message: 'revisionID is not the same' },
  publishRevision: { code: 4134, message: 'revisionId is non latest version' },
  invalidLayerUrn: { code: 121036, message: 'urn <urn> is invalid' },
  invalidUrn: { code: 121046, message: 'invalid URN: <urn> | invalid version: <v> | empty functionid' },
  invalidQualifier: { code: 121047, message: 'invalid qualifier: <qualifier>' },
  invalidName: { code: 121058, message: 'invalid function name: <name>' },
  kvNotFound: { code: 122001, message: 'KV not exist in etcd' },
  // etcd down (decision 0031): the first etcd call of a handler fails, after its 40 s timeout
  etcdDown: { code: 122002, message: 'etcd internal error' },
  etcdDeadline: { code: 122003, message: 'context deadline exceeded' },
  etcdVersionCount: { code: 4116, message: 'failed to get function versions size: etcd internal error' },
  unmarshal: { code: 122004, message: 'failed to unmarshal' },
  bodyDecode: {
    code: 130600,
    message:
      "Go's decoder message: EOF | unexpected EOF | json: cannot unmarshal <t> into Go struct field <f> of type <T>",
  },
} as const satisfies Record<string, ErrorCase>
