import type { MetaConfig } from '../../domain/meta-config.js'
import { metaErrors } from '../../domain/meta-error.js'
import { atoi } from '../../go/go-int.js'
import { type ValidatorError, validatorText } from '../../go/validator-errors.js'
import { NAME_GRAMMARS } from '../../model/names.js'
import { toRootfs } from '../../model/rootfs.js'
import { EMPTY_S3_CODE_PATH } from '../../model/version-record.js'
import { type FunctionSpec, toFunctionSpec } from './function-spec.js'
import type { UpdateRequest } from './update-function.js'

/** A decoded create or update body: Go field names, values present only where sent. */
export type FunctionBody = Record<string, unknown>

const NAME_FORMAT =
  'format is 0@{serviceName}@{funcName} or 0-{serviceName}-{funcName}; serviceName can only contains ' +
  'letters、digits and cannot exceed 16 characters; funcName can only contains lowercase letters、digits、- ' +
  'and cannot exceed 127 characters or end with -'
const POOL_ID_FORMAT =
  'pool id can contain only lowercase letters;digits and - it cannot start or end with - and cannot exceed ' +
  '40 characters or less than 1 characters'
const POOL_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/
const BASIC = 'FunctionBasicInfo'
const MAX_TIMEOUT = 8_640_000
const DEFAULT_TIMEOUT = 900
const LAYER_MAX = 1
const INSTANCE_UPPER_LIMIT = 1000n
const CONCURRENT_UPPER_LIMIT = 1000n

const str = (body: FunctionBody, key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '')
const num = (body: FunctionBody, key: string) => (typeof body[key] === 'number' ? (body[key] as number) : 0)

/** govalidator's struct tags on `FunctionBasicInfo`: every failure, joined with `;`, is one 4104. */
function toBasicTagErrors(body: FunctionBody): string[] {
  const errors: string[] = []
  if (num(body, 'timeout') === 0) errors.push(`${BASIC}.timeout: non zero value required`)
  for (const [key, max] of [
    ['handler', 64],
    ['description', 1024],
  ] as const) {
    const value = str(body, key)
    if (hasMoreCharacters(value, max))
      errors.push(`${BASIC}.${key}: ${value} does not validate as maxstringlength(${max})`)
  }
  const poolId = str(body, 'poolId')
  // A tag with its own message (`poolId~…`): govalidator sends it without the field's name.
  if (poolId !== '' && !POOL_ID.test(poolId)) errors.push(POOL_ID_FORMAT)
  return errors
}

/**
 * Whether `text` has more than `max` characters (code points, as govalidator counts runes). Counted
 * without `[...text]`, which for a 1 MiB description built a million strings (~0.6 s of one request).
 */
function hasMoreCharacters(text: string, max: number): boolean {
  if (text.length <= max) return false
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    // A surrogate pair is one character.
    if (unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++
    if (++count > max) return true
  }
  return false
}

/** govalidator reports every failed tag at once: the embedded struct's as one group (see `validatorText`). */
function throwTagErrors(errors: ValidatorError[]): void {
  if (errors.length > 0) throw metaErrors.invalidUserParam(validatorText(errors))
}

/** `checkCPUAndMemory`, skipped for custom pools and for functions with a device. */
function checkCpuAndMemory(body: FunctionBody, config: MetaConfig): void {
  const device = body.device as Record<string, unknown> | undefined
  const hasDevice = device !== undefined && Object.values(device).some((value) => value !== '' && value !== 0)
  if (str(body, 'poolType') === 'custom' || hasDevice) return
  const { cpu, memory } = config
  if (num(body, 'cpu') < cpu.min || num(body, 'cpu') > cpu.max) {
    throw metaErrors.invalidUserParam(`CPU not in range [${cpu.min}, ${cpu.max}]`)
  }
  if (num(body, 'memory') < memory.min || num(body, 'memory') > memory.max) {
    throw metaErrors.invalidUserParam(`memory not in range [${memory.min}, ${memory.max}]`)
  }
}

/** `validateCommon`: instance counts are strings, defaulted, then range-checked. */
function toInstanceCounts(body: FunctionBody) {
  const parse = (key: string, fallback: string) => {
    const value = atoi(str(body, key) || fallback)
    if (value === undefined) throw metaErrors.invalidUserParam(`${key} must be an integer`)
    return value
  }
  const min = parse('minInstance', '0')
  const max = parse('maxInstance', '100')
  const concurrent = parse('concurrentNum', '100')
  const fail = (detail: string) => metaErrors.invalidUserParam(detail)
  if (min > max) throw fail(`the value of minInstance ${min} must be smaller than that of maxInstance ${max}`)
  if (min < 0n) throw fail(`the value of minInstance ${min} should be bigger than 0`)
  if (max > INSTANCE_UPPER_LIMIT) {
    throw fail(
      `the value of maxInstance ${max}  must be smaller than that of workerInstanceMax ${INSTANCE_UPPER_LIMIT}`,
    )
  }
  if (concurrent > CONCURRENT_UPPER_LIMIT) {
    throw fail(
      `the value of concurrentNum ${concurrent}  must be smaller than that of workerConcurrentNumMax ${CONCURRENT_UPPER_LIMIT}`,
    )
  }
  if (concurrent < 1n) throw fail(`the value of concurrentNum ${concurrent} should be bigger than 1 `)
  return { minInstance: Number(min), maxInstance: Number(max), concurrentNum: Number(concurrent) }
}

function checkLayerCount(body: FunctionBody): void {
  const layers = (body.layers as unknown[] | undefined) ?? []
  if (layers.length > LAYER_MAX) {
    throw metaErrors.invalidUserParam(`the number of function reference layers cannot exceed ${LAYER_MAX}`)
  }
}

/** The spec a validated body describes, in stored units. */
function toSpec(body: FunctionBody, counts: ReturnType<typeof toInstanceCounts>): FunctionSpec {
  return toFunctionSpec({
    kind: str(body, 'kind'),
    description: str(body, 'description'),
    handler: str(body, 'handler'),
    runtime: str(body, 'runtime'),
    cpu: num(body, 'cpu'),
    memory: num(body, 'memory'),
    timeout: num(body, 'timeout'),
    // Named, not `...counts`: a key added after a spread is slow on Node 20 (decision 0017).
    minInstance: counts.minInstance,
    maxInstance: counts.maxInstance,
    concurrentNum: counts.concurrentNum,
    environment: (body.environment as Record<string, string> | undefined) ?? {},
    customResources: (body.customResources as Record<string, number> | undefined) ?? null,
    tags: (body.tags as Record<string, string> | undefined) ?? null,
    storageType: str(body, 'storageType'),
    codePath: str(body, 'codePath'),
    s3CodePath: { ...EMPTY_S3_CODE_PATH, ...(body.s3CodePath as object | undefined) },
    layers: (body.layers as string[] | undefined) ?? [],
    device: (body.device as Record<string, unknown> | undefined) ?? {},
    enableMetrics: body.enableMetrics === true,
    poolId: str(body, 'poolId'),
    priorityAz: str(body, 'priorityAz'),
    sandboxType: str(body, 'sandboxType'),
    rootfs: toRootfs(body.rootfs as Record<string, unknown> | undefined),
    extendedHandler: (body.extendedHandler as Record<string, string> | undefined) ?? null,
    extendedTimeout: (body.extendedTimeout as Record<string, number> | undefined) ?? null,
  })
}

/**
 * Validates a create body in the real order (struct tags, then `Validate`), then applies
 * `ValidateTimeout`: negative means 900, above 8,640,000 is clamped. Failures are 4104.
 */
export function toCreateSpec(
  body: FunctionBody,
  config: MetaConfig,
): { name: string; spec: FunctionSpec; codeUploadType: string } {
  const basic = toBasicTagErrors(body)
  const errors: ValidatorError[] = basic.length > 0 ? [basic] : []
  const name = str(body, 'name')
  if (name === '') errors.push('name: non zero value required')
  else if (!NAME_GRAMMARS[config.serverVersion].create.test(name)) errors.push(NAME_FORMAT)
  if (str(body, 'runtime') === '') errors.push('runtime: non zero value required')
  throwTagErrors(errors)
  checkLayerCount(body)
  checkCpuAndMemory(body, config)
  if (!config.runtimes.includes(str(body, 'runtime'))) {
    throw metaErrors.invalidUserParamText(`runtime ${str(body, 'runtime')} is not valid`)
  }
  const spec = toSpec(body, toInstanceCounts(body))
  const timeout = spec.timeout < 0 ? DEFAULT_TIMEOUT : Math.min(spec.timeout, MAX_TIMEOUT)
  return { name, spec: { ...spec, timeout }, codeUploadType: str(body, 'codeUploadType') }
}

/** Validates an update body: the same tags and checks, but any runtime passes (it cannot change). */
export function toUpdateSpec(body: FunctionBody, config: MetaConfig): UpdateRequest {
  const basic = toBasicTagErrors(body)
  throwTagErrors(basic.length > 0 ? [basic] : [])
  checkLayerCount(body)
  checkCpuAndMemory(body, config)
  return {
    revisionId: str(body, 'revisionId'),
    codeUploadType: str(body, 'codeUploadType'),
    spec: toSpec(body, toInstanceCounts(body)),
    sent: {
      environment: body.environment !== undefined,
      customResources: body.customResources !== undefined,
    },
  }
}
