import { SERVER_VERSIONS } from '../contract/server-version.js'
import { versionRecordSchemas } from '../model/version-record.js'
import { DEFAULT_DATA_BUDGET, maxGeneratedFunctions, RECORDS_PER_GENERATED } from '../seed/data-budget.js'
import { functionFixtureSchemas } from '../seed/function-fixture.js'
import { exactPoolSchema } from '../seed/write-exact-pools.js'
import { exactReservationSchema } from '../seed/write-exact-records.js'
import { otherWriterSchemas } from '../seed/write-other-writer.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'
import { isNestedDeeperThan, MAX_JSON_MATCH_DEPTH } from './json-depth.js'
import { findPathProblem, MAX_PATH_PATTERN_LENGTH, MAX_WILDCARD_PART } from './pattern/path-pattern.js'
import { MAX_PROGRAM_STEPS } from './pattern/pattern-program.js'
import { findPatternProblem, MAX_PATTERN_LENGTH } from './pattern/text-pattern.js'

/** A zod check that reports `find`'s answer (why a value is refused) as the value's issue. */
const refusedBy = (find: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
  const problem = find(value)
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem })
}

function buildScenarioSchemas() {
  const stringOrRegex = z.union([
    z.string().describe('equal to this text'),
    z.strictObject({
      matches: z
        .string()
        .superRefine(refusedBy(findPatternProblem))
        .describe(
          'a regular expression the value must match somewhere (JavaScript syntax, no flags; anchor with ^ and $). ' +
            'Matched in time linear in the value, so nested quantifiers such as (a+)+ are safe; refused: ' +
            `backreferences (\\1, \\k<name>), lookarounds ((?=, (?!, (?<=, (?<!), escapes JavaScript reads ` +
            `loosely (\\p without the u flag, octal \\01), over ${MAX_PATTERN_LENGTH} characters or ` +
            `${MAX_PROGRAM_STEPS} steps once repeats are unrolled`,
        ),
    }),
  ])

  /** The fields of `json`, each nested at most MAX_JSON_MATCH_DEPTH levels (deeper is refused, naming it). */
  const jsonFields = z.record(z.string(), z.unknown()).superRefine((fields, ctx) => {
    for (const [key, value] of Object.entries(fields)) {
      if (isNestedDeeperThan(value, MAX_JSON_MATCH_DEPTH))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a value nested at most ${MAX_JSON_MATCH_DEPTH} levels deep (objects and arrays)`,
        })
    }
  })

  /** A path pattern, checked for size (matching any accepted one is linear). */
  const pathPatternSchema = z
    .string()
    .superRefine(refusedBy(findPathProblem))
    .describe(
      'path pattern: `:param` matches one segment, `*` anything (the rest, or any part); the rest is literal; ' +
        'e.g. */functions/:name/versions. Matched without backtracking, however many `*`; at most ' +
        `${MAX_PATH_PATTERN_LENGTH} characters, of which at most ${MAX_WILDCARD_PART} from the first \`*\` or ` +
        '`:param` on',
    )

  /** Which requests a rule looks at. Every field given must match; absent fields match anything. */
  const ruleMatchSchema = z.strictObject({
    method: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('HTTP method(s), any case'),
    path: pathPatternSchema.optional(),
    query: z
      .record(z.string(), stringOrRegex)
      .optional()
      .describe('query parameters that must be present and match'),
    headers: z
      .record(z.string(), stringOrRegex)
      .optional()
      .describe('request headers (names in any case) that must match'),
    session: z.string().optional().describe('the x-mock-session header value'),
    json: jsonFields
      .optional()
      .describe(
        'top-level fields of the JSON request body that must equal these values (deep equality); each ' +
          `value nested at most ${MAX_JSON_MATCH_DEPTH} levels deep`,
      ),
  })

  /** Which of the matching calls a rule fires on (1-based, counted per rule and session). */
  const ruleCallsSchema = z.union([
    z.strictObject({ nth: z.number().int().min(1).describe('only the nth matching call') }),
    z.strictObject({ first: z.number().int().min(1).describe('the first n matching calls') }),
    z.strictObject({
      from: z.number().int().min(1).describe('from this matching call on'),
      to: z.number().int().min(1).optional().describe('up to and including this call'),
    }),
  ])

  /** A pause before answering: fixed, or drawn within a range from the scenario's seed. */
  const ruleDelaySchema = z.union([
    z.strictObject({ ms: z.number().int().min(0).max(600_000) }),
    z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).max(600_000) }),
  ])

  /** A scripted answer; without one, the fake answers normally (after any delay, before any fault). */
  const ruleRespondSchema = z.strictObject({
    status: z.number().int().min(100).max(599).default(200),
    headers: z.record(z.string(), z.string()).optional(),
    json: z.unknown().optional().describe('a JSON body (Content-Type application/json; charset=utf-8)'),
    body: z.string().optional().describe('a raw body'),
    error: z
      .strictObject({ code: z.number().int(), message: z.string() })
      .optional()
      .describe('a real-server error: HTTP 500, {"code","message"}, empty Content-Type'),
  })

  /** A transport fault: no answer at all, a body cut short, or a body that is not valid JSON. */
  const ruleFaultSchema = z.union([
    z.literal('drop').describe('close the connection without an answer (a network error under MSW)'),
    z.literal('truncate').describe('send the headers and half the body, then cut the connection'),
    z.literal('malformed').describe('answer with the body cut short but complete on the wire: invalid JSON'),
  ])

  /** A request as it was recorded: what `verify` sends to a live server to check the rule's answer. */
  const recordedRequestSchema = z.strictObject({
    method: z.string(),
    path: z.string().describe('path and query exactly as sent'),
    headers: z.record(z.string(), z.string()).optional().describe('credentials already redacted'),
    body: z.string().optional(),
    window: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe(
        'when the upstream answered (ms since the epoch): tells which clock values one request produced',
      ),
    position: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('its place in the recording: verify replays in this order'),
  })

  /** One rule: what it matches, when it fires, and what it does then. */
  const scenarioRuleSchema = z.strictObject({
    name: z.string().optional(),
    match: ruleMatchSchema.default({}),
    state: z
      .string()
      .optional()
      .describe('fires only in this scenario state (the initial state is "Started")'),
    calls: ruleCallsSchema.optional().describe('fires only on these matching calls; every call when absent'),
    delay: ruleDelaySchema.optional(),
    respond: ruleRespondSchema.optional(),
    fault: ruleFaultSchema.optional(),
    newState: z.string().optional().describe('the scenario state after this rule fires'),
    recorded: recordedRequestSchema
      .optional()
      .describe('the request this rule was recorded from (`yr-meta-mock --record`); `verify` sends it again'),
  })

  /** What the JSON Schema says of the data budget, which is checked when the scenarios are loaded. */
  const BUDGET_NOTE =
    `counts toward the data budget, checked before anything is built: by default ${DEFAULT_DATA_BUDGET.records} ` +
    `version records (a generated function counts ${RECORDS_PER_GENERATED}, a loaded one 1 + its versions, an exact ` +
    `record, reservation, pod pool, layer, alias or trigger 1), ${DEFAULT_DATA_BUDGET.functions} functions and ` +
    `${DEFAULT_DATA_BUDGET.bytes} bytes of fixture text across the records; whoever starts the fake may raise it ` +
    '(--data-budget, the dataBudget option), a fixture cannot'

  /** A scenario file: data to serve and rules that change answers. */
  const scenarioSchema = z.strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).optional().describe('defaults to the file name without .json'),
    description: z.string().optional(),
    seed: z.number().int().min(0).optional().describe('seed of the generated data'),
    // No maximum here: the data budget is the limit (whoever starts the fake may raise it).
    functions: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        `functions to generate (at most ${maxGeneratedFunctions(DEFAULT_DATA_BUDGET)} within the default ` +
          `data budget); ${BUDGET_NOTE}`,
      ),
    docExample: z
      .boolean()
      .optional()
      .describe("serve the documentation's example function 0@faaspy@hello2 (default true)"),
    serverVersion: z
      .enum(SERVER_VERSIONS)
      .optional()
      .describe(
        'the openYuanrong release this scenario answers as (default: the one the fake was started with, ' +
          'else the newest); it also picks the default tenant and runtimes unless `config` sets them',
      ),
    config: z
      .strictObject({
        versionMax: z
          .number()
          .int()
          .min(0)
          .optional()
          .describe('published versions allowed beside latest (8)'),
        defaultTenant: z.string().min(1).optional(),
        instanceLabelMax: z.number().int().min(0).optional(),
        clusters: z.array(z.string()).optional(),
        runtimes: z.array(z.string()).optional(),
      })
      .optional()
      .describe("the server's deployment settings for this scenario"),
    load: z
      .array(functionFixtureSchemas().functionFixtureSchema.strict())
      .optional()
      .describe(`functions to load, through the API operations; ${BUDGET_NOTE}`),
    records: z
      .array(versionRecordSchemas().versionRecordSchema.strict())
      .optional()
      .describe(
        'exact version records (`yr-meta-mock import`), written straight into the store with their times, ' +
          "revision ids and list order (modRevision, writeOrder); each function's versions list takes them " +
          `in array order, oldest first: the fake answers as the server they came from; ${BUDGET_NOTE}`,
      ),
    reservations: z
      .array(exactReservationSchema())
      .optional()
      .describe('reserve-instance labels of the exact records, as the server listed them'),
    podPools: z
      .array(exactPoolSchema())
      .refine((pools) => new Set(pools.map((pool) => pool.id)).size === pools.length, 'pool ids are unique')
      .optional()
      .describe(
        "exact pod pools (`yr-meta-mock import`: all the server's pools, which are global), in the order the " +
          'server listed them, newest write first; deleted ones (status 6) too, so their ids stay taken',
      ),
    layers: z
      .array(otherWriterSchemas().otherLayerSchema)
      .optional()
      .describe(
        'layer versions another writer put in etcd (this server has no layer routes): functions created or ' +
          `updated with \`layers\` must find them, and GET shows them as layer version URNs; ${BUDGET_NOTE}`,
      ),
    aliases: z
      .array(otherWriterSchemas().otherAliasSchema)
      .optional()
      .describe(
        'aliases another writer put in etcd: a GET with the alias as qualifier answers its version, and the ' +
          `versions it routes to cannot be deleted; deleting the function deletes them; ${BUDGET_NOTE}`,
      ),
    triggers: z
      .array(otherWriterSchemas().otherTriggerSchema)
      .optional()
      .describe(
        `triggers another writer put in etcd: deleting their function or version deletes them; ${BUDGET_NOTE}`,
      ),
    rules: z.array(scenarioRuleSchema).optional(),
  })
  return {
    pathPatternSchema,
    ruleMatchSchema,
    ruleCallsSchema,
    ruleDelaySchema,
    ruleRespondSchema,
    ruleFaultSchema,
    recordedRequestSchema,
    scenarioRuleSchema,
    scenarioSchema,
  }
}

/** The scenario schemas, built on first use (decision 0039): a start without fixtures needs none. */
export const scenarioSchemas = lazy(buildScenarioSchemas)

type ScenarioSchemas = ReturnType<typeof buildScenarioSchemas>

/** A validated scenario. */
export type Scenario = z.output<ScenarioSchemas['scenarioSchema']> & { readonly name: string }
/** A scenario as written in a file or passed in code. */
export type ScenarioInput = z.input<ScenarioSchemas['scenarioSchema']>
export type ScenarioRule = z.output<ScenarioSchemas['scenarioRuleSchema']>
export type RuleMatch = z.input<ScenarioSchemas['ruleMatchSchema']>
export type RuleRespond = z.output<ScenarioSchemas['ruleRespondSchema']>

/** The JSON Schema editors use to complete and check scenario files, from the same zod schema. */
export function toScenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchemas().scenarioSchema, { io: 'input' }),
    title: 'yr-meta-mock scenario',
  }
}
