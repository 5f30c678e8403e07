import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type SequenceSpec, spec } from '../dsl.js'
import { RAW_NUMBERS } from './go-values.js'

const VALID = JSON.stringify(createBody('fn')).slice(1, -1)

/**
 * Bodies for Go's `encoding/json` decoder (a `json.Decoder` reading one value): escapes, surrogates,
 * byte order marks, duplicate and case-folded keys, nesting depth, numbers Go parses differently
 * from JavaScript, and what follows the first value.
 */
const BODIES: readonly string[] = [
  `{${VALID},"description":"\\ud800"}`,
  `{${VALID},"description":"\\udc00\\ud800x"}`,
  `{${VALID},"description":"\\ud83d\\ude00"}`,
  `{${VALID},"description":"\\u0000\\u001f"}`,
  `{${VALID},"description":"a\\/b\\b\\f\\n\\r\\t"}`,
  `{${VALID},"description":"\\x"}`,
  `{${VALID},"description":"\u2028\u2029"}`,
  `\ufeff{${VALID}}`,
  `{${VALID}}\ufeff`,
  ` \t\r\n{${VALID}} \n`,
  `{${VALID}}{"name":"x"}`,
  `{${VALID}}]`,
  `{${VALID},"name":"fn2","name":"fn3"}`,
  `{${VALID},"NAME":"fn4"}`,
  `{${VALID},"Name":"fn5","name":"fn6"}`,
  `{${VALID},"CPU":600,"Memory":300}`,
  `{${VALID},"ſcpu":600}`,
  `{${VALID},"environment":{"A":"1","a":"2","A":"3"}}`,
  `{${VALID},"environment":{"A":"1"},"environment":{"B":"2"}}`,
  `{${VALID},"environment":null,"environment":{"C":"3"}}`,
  `{${VALID},"tags":{"a":"1"},"tags":null}`,
  `{${VALID},"description":${'['.repeat(10001)}${']'.repeat(10001)}}`,
  `{${VALID},"description":${'['.repeat(9999)}${']'.repeat(9999)}}`,
  `{${VALID},"x":${'{"a":'.repeat(10001)}1${'}'.repeat(10001)}}`,
  ...RAW_NUMBERS.map((n) => `{${VALID},"cpu":${n}}`),
  ...RAW_NUMBERS.map((n) => `{${VALID},"customResources":{"a":${n}}}`),
  `{${VALID},"cpu":1e2}`,
  `{${VALID},"memory":-}`,
  `{${VALID},"memory":01}`,
  `{${VALID},"memory":.5}`,
  `{${VALID},"memory":+1}`,
  `{${VALID},"description":'x'}`,
  `{${VALID},"description":"x"`,
  `{${VALID},}`,
  `{${VALID} "x":1}`,
  `{${VALID},"a":tru}`,
  `{${VALID},"a":nul}`,
  `{${VALID},"a":NaN}`,
  '{"name":"fn7","runtime":"python3.9","cpu":500,"memory":256,"timeout":30,"layers":[],"layers":null}',
  '%',
  '\u00e9',
]

function decoderSpec(name: string, method: string, path: string, prefix = ''): SequenceSpec {
  return spec(`space/decoder/${name}`, (s) => {
    if (prefix) s.post(FUNCTIONS, createBody('fn'))
    for (const body of BODIES) s.add(method, path, { body: prefix ? body.replace(VALID, prefix) : body })
    s.get(FUNCTIONS)
  })
}

export const decoderSpaceSpecs: SequenceSpec[] = [
  decoderSpec('create', 'POST', FUNCTIONS),
  decoderSpec(
    'update',
    'PUT',
    `${FUNCTIONS}/fn`,
    '"revisionId":"<rev#1>","cpu":500,"memory":256,"timeout":30',
  ),
  decoderSpec('publish', 'POST', `${FUNCTIONS}/fn/versions`, '"revisionId":"<rev#1>","versionNumber":"1"'),
  decoderSpec('reserve', 'POST', RESERVE, '"funcName":"0@s@f","version":"latest","instanceLabel":"l"'),
  decoderSpec('pools', 'POST', PODPOOLS, '"pools":[]'),
  decoderSpec('pool-update', 'PUT', `${PODPOOLS}/none`, '"size":1'),
]
