/** Request bodies and paths shared by the lifecycle contract tests. */
export const FUNCTIONS = '/serverless/v1/functions'

/** A valid create body; override any field. */
export function createBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '0@svc@hello',
    runtime: 'python3.9',
    handler: 'handler.main',
    cpu: 500,
    memory: 256,
    timeout: 30,
    ...overrides,
  }
}

/** The user `function` object's keys, in Go order (reference §5.3). */
export const USER_FUNCTION_KEYS =
  'id,createTime,updateTime,functionUrn,name,tenantId,businessId,productId,reversedConcurrency,description,tag,' +
  'functionVersionUrn,revisionId,storageType,codeSize,codeSha256,codePath,bucketId,objectId,handler,layers,cpu,' +
  'memory,runtime,timeout,versionNumber,versionDesc,environment,customResources,statefulFlag,lastModified,' +
  'Published,minInstance,maxInstance,concurrentNum,enableMetrics,funcLayer,status,instanceNum,device,rootfs,' +
  'sandboxType,created'

/** `FunctionVersion` keys, in Go order (reference §5.4), for a function without `kind`. */
export const FUNCTION_VERSION_KEYS =
  'createTime,updateTime,functionUrn,name,tenantId,businessId,productId,reversedConcurrency,description,tag,' +
  'functionVersionUrn,revisionId,storageType,codeSize,codeSha256,codePath,bucketId,objectId,handler,layers,cpu,' +
  'memory,runtime,timeout,versionNumber,versionDesc,environment,customResources,statefulFlag,lastModified,' +
  'Published,minInstance,maxInstance,concurrentNum,enableMetrics,funcLayer,status,instanceNum,device,rootfs,' +
  'sandboxType'
