// The engine and its in-process face: runtime-neutral, no `node:*` imports.

export type * from './contract/api-types.js'
export type { ServerVersion } from './contract/server-version.js'
// The openYuanrong releases the fake answers as (decision 0025)
export { DEFAULT_SERVER_VERSION, SERVER_VERSIONS } from './contract/server-version.js'
export type { MetaConfig } from './domain/meta-config.js'
// Settings and seed data
export { DEFAULT_META_CONFIG } from './domain/meta-config.js'
// Errors the real server answers with
export { MetaError } from './domain/meta-error.js'
export type { JournalEntry, NearMiss, RequestFilter } from './engine/journal.js'
export type { MetaServiceOptions, MetaSnapshot } from './engine/meta-engine.js'
export type { MetaJournal, MetaService, SessionOption } from './fake/create-meta-service.js'
// Building a fake
export { createMetaService } from './fake/create-meta-service.js'
export type { ImportedTenant, ImportOptions } from './import/import-tenant.js'
// Proxy, record, import: a real server behind the fake, its exchanges as a fixture, a tenant copied
export { importTenant } from './import/import-tenant.js'
export type { ImportSource } from './import/to-imported-fixture.js'
export { toImportedFixture } from './import/to-imported-fixture.js'
export type { Transport, TransportAnswer } from './import/transport.js'
export { ImportError } from './import/transport.js'
export type { SendUpstream, Upstream, UpstreamInit, UpstreamOptions } from './proxy/upstream.js'
export { createUpstream } from './proxy/upstream.js'
export type { Recording, RecordingOptions, SkippedExchanges } from './record/recording.js'
export { startRecording } from './record/recording.js'
// Scenarios
export { parseScenario, parseScenarioText } from './scenarios/parse-scenario.js'
export { ScenarioError } from './scenarios/scenario-error.js'
export type { Scenario, ScenarioInput } from './scenarios/scenario-schema.js'
export { toScenarioJsonSchema } from './scenarios/scenario-schema.js'
export { UnknownScenarioError } from './scenarios/scenario-set.js'
export { DOC_EXAMPLE_FUNCTION } from './seed/doc-example.js'
export type { FunctionFixture } from './seed/function-fixture.js'
export { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED, SECOND_TENANT } from './seed/seed-defaults.js'
export type { Logger, LogLevel } from './support/logger.js'
export type { AdminClient, AdminClientOptions } from './verify/admin-client.js'
// Verification
export { createAdminClient } from './verify/admin-client.js'
export type { MatcherResult, ReceivedOptions, ReceivedSource } from './verify/to-have-received.js'
export { metaMockMatchers, toHaveReceived } from './verify/to-have-received.js'
