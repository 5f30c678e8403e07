import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTION_VERSION_KEYS, FUNCTIONS, USER_FUNCTION_KEYS } from './requests.js'

type Fn = Record<string, unknown>

describeEveryFace('POST /functions', {}, (api) => {
  it('creates $latest and answers the user shape with list-style values', async () => {
    const { status, contentType, body } = await api().call<{ code: number; message: string; function: Fn }>(
      'POST',
      FUNCTIONS,
      createBody({ description: 'a <b> & c', environment: { A: '1' }, tags: { team: 'x' } }),
    )
    expect([status, contentType, body.code, body.message]).toEqual([
      200,
      'application/json; charset=utf-8',
      0,
      'SUCCESS',
    ])
    expect(Object.keys(body.function).join(',')).toBe(USER_FUNCTION_KEYS)
    expect(body.function).toMatchObject({
      id: 'sn:cn:yrk:default:function:0@svc@hello:$latest',
      versionNumber: '$latest',
      versionDesc: '$latest',
      createTime: '2026-03-04 05:06:07.890 UTC',
      Published: '2026-03-04 05:06:07.890 UTC',
      updateTime: '',
      revisionId: '2026030405060789',
      description: 'a <b> & c',
      environment: { A: '1' },
      tag: { team: 'x' },
      minInstance: 0,
      maxInstance: 100,
      concurrentNum: 100,
      storageType: '',
      status: '',
      lastModified: '',
      created: '',
      layers: null,
      customResources: null,
      funcLayer: [],
      device: {},
    })
  })

  it("escapes <, > and & as Go's encoder does", async () => {
    const outcome = await api().send('POST', FUNCTIONS, createBody({ description: '<b>&' }))
    expect(outcome.kind === 'response' && outcome.body).toContain('"description":"\\u003cb\\u003e\\u0026"')
  })

  it('answers the FunctionVersion shape in an envelope for isAdmin', async () => {
    const { body } = await api().call<{ code: number; message: string; result: Fn }>(
      'POST',
      `${FUNCTIONS}?isAdmin=true`,
      createBody(),
    )
    expect([body.code, body.message]).toEqual([0, ''])
    expect(Object.keys(body.result).join(',')).toBe(FUNCTION_VERSION_KEYS)
  })

  it('creates `latest` for kind faas, and stores java1.8 as java8', async () => {
    const { body } = await api().call<{ function: Fn }>(
      'POST',
      FUNCTIONS,
      createBody({ kind: 'faas', runtime: 'java1.8' }),
    )
    expect(body.function).toMatchObject({
      versionNumber: 'latest',
      versionDesc: 'latest',
      runtime: 'java8',
      kind: 'faas',
    })
  })

  it('stores java8 as java1.8 for other kinds', async () => {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody({ runtime: 'java8' }))
    expect(body.function.runtime).toBe('java1.8')
  })

  it('turns a negative timeout into 900 and clamps a huge one', async () => {
    const negative = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody({ timeout: -5 }))
    const huge = await api().call<{ function: Fn }>(
      'POST',
      FUNCTIONS,
      createBody({ name: 'big', timeout: 9_000_000 }),
    )
    expect([negative.body.function.timeout, huge.body.function.timeout]).toEqual([900, 8_640_000])
  })

  it('refuses an existing name with 4101 through the always-500 writer', async () => {
    await api().call('POST', FUNCTIONS, createBody())
    const again = await api().call('POST', FUNCTIONS, createBody())
    expect(again).toEqual({
      status: 500,
      contentType: '',
      body: { code: 4101, message: 'the function name already exists. rename your function' },
    })
  })

  it('keeps names of other tenants apart', async () => {
    await api().call('POST', FUNCTIONS, createBody())
    const other = await api().call('POST', FUNCTIONS, createBody(), { 'X-Tenant-ID': 'tenant-b' })
    expect(other.status).toBe(200)
  })

  it('records nothing when a create fails', async () => {
    await api().call('POST', FUNCTIONS, createBody({ cpu: 1 }))
    const { body } = await api().call('GET', `${FUNCTIONS}/0@svc@hello`)
    expect(body.code).toBe(4115)
  })
})

const CHECK = '. check input parameters'

/** Body errors: 400 with JSON, the decoder's 130600 or the validation's 4104. */
const BAD_BODIES: Array<[string, unknown, number, string]> = [
  ['an empty body', '', 130600, 'EOF'],
  ['a truncated body', '{"name":"a"', 130600, 'unexpected EOF'],
  [
    'an unquoted key',
    '{name: 1}',
    130600,
    "invalid character 'n' looking for beginning of object key string",
  ],
  ['a missing colon', '{"name" 1}', 130600, "invalid character '1' after object key"],
  ['a missing comma', '{"name":"a" "b":1}', 130600, `invalid character '"' after object key:value pair`],
  ['not JSON at all', 'hello', 130600, "invalid character 'h' looking for beginning of value"],
  [
    'a JSON array',
    '[]',
    130600,
    'json: cannot unmarshal array into Go value of type model.FunctionCreateRequest',
  ],
  [
    'minInstance as a number',
    createBody({ minInstance: 1 }),
    130600,
    'json: cannot unmarshal number into Go struct field FunctionCreateRequest.FunctionBasicInfo.minInstance of type string',
  ],
  [
    'a fractional cpu',
    createBody({ cpu: 1.5 }),
    130600,
    'json: cannot unmarshal number 1.5 into Go struct field FunctionCreateRequest.FunctionBasicInfo.cpu of type int64',
  ],
  [
    'a nested type error',
    createBody({ s3CodePath: { bucketId: 7 } }),
    130600,
    'json: cannot unmarshal number into Go struct field S3CodePathInfo.FunctionBasicInfo.s3CodePath.bucketId of type string',
  ],
  [
    'no timeout',
    createBody({ timeout: undefined }),
    4104,
    `FunctionBasicInfo.timeout: non zero value required${CHECK}`,
  ],
  [
    'no name and no runtime',
    { timeout: 1 },
    4104,
    `name: non zero value required;runtime: non zero value required${CHECK}`,
  ],
  [
    'a bad name',
    createBody({ name: 'bad_name' }),
    4104,
    'format is 0@{serviceName}@{funcName} or 0-{serviceName}-{funcName}; serviceName can only contains letters、digits and cannot exceed 16 characters; funcName can only contains lowercase letters、digits、- and cannot exceed 127 characters or end with -. check input parameters',
  ],
  [
    'a long handler',
    createBody({ handler: 'h'.repeat(65) }),
    4104,
    `FunctionBasicInfo.handler: ${'h'.repeat(65)} does not validate as maxstringlength(64)${CHECK}`,
  ],
  ['CPU below range', createBody({ cpu: 299 }), 4104, `CPU not in range [300, 16000]${CHECK}`],
  [
    'memory above range',
    createBody({ memory: 1073741825 }),
    4104,
    `memory not in range [128, 1073741824]${CHECK}`,
  ],
  ['an unknown runtime', createBody({ runtime: 'cobol' }), 4104, `runtime cobol is not valid${CHECK}`],
  [
    'two layers',
    createBody({ layers: ['a', 'b'] }),
    4104,
    `the number of function reference layers cannot exceed 1${CHECK}`,
  ],
  [
    'a non-numeric minInstance',
    createBody({ minInstance: 'abc' }),
    4104,
    `minInstance must be an integer${CHECK}`,
  ],
  [
    'min above max',
    createBody({ minInstance: '5', maxInstance: '2' }),
    4104,
    `the value of minInstance 5 must be smaller than that of maxInstance 2${CHECK}`,
  ],
  [
    'a negative min',
    createBody({ minInstance: '-1' }),
    4104,
    `the value of minInstance -1 should be bigger than 0${CHECK}`,
  ],
  [
    'max above 1000',
    createBody({ maxInstance: '1001' }),
    4104,
    `the value of maxInstance 1001  must be smaller than that of workerInstanceMax 1000${CHECK}`,
  ],
  [
    'concurrency 0',
    createBody({ concurrentNum: '0' }),
    4104,
    `the value of concurrentNum 0 should be bigger than 1 ${CHECK}`,
  ],
]

describeEveryFace('POST /functions with a bad body', {}, (api) => {
  it.each(BAD_BODIES)('answers 400 for %s', async (_title, body, code, message) => {
    expect(await api().call('POST', FUNCTIONS, body)).toEqual({
      status: 400,
      contentType: 'application/json; charset=utf-8',
      body: { code, message },
    })
  })

  it('skips the CPU and memory check for a custom pool', async () => {
    const { status } = await api().call(
      'POST',
      FUNCTIONS,
      createBody({ poolType: 'custom', cpu: 1, memory: 1 }),
    )
    expect(status).toBe(200)
  })
})
