import type { ServerVersion } from '../contract/server-version.js'

/**
 * The real server's grammars for names, versions and aliases (reference §5.1).
 * Kept as data-free predicates so every layer checks names the same way.
 */

// (a) plain name; (b) `0-svc-fn` is a plain name already; (c) `0@svc@fn`.
const PLAIN_NAME = '[A-Za-z0-9.](?:[A-Za-z0-9.-]{0,126}[A-Za-z0-9.])?'
const FUNCTION_NAME = new RegExp(`^(?:0@[0-9A-Za-z]{1,16}@)?${PLAIN_NAME}$`)
const VERSION_NUMBER = /^(?:[0-9]{1,16}|[A-Za-z0-9](?:[A-Za-z0-9._-]{0,40}[A-Za-z0-9])?)$/
const PUBLISH_VERSION_NUMBER = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,40}[A-Za-z0-9])?$/
const ALIAS = /^[a-z][a-z0-9-]{0,14}[a-z0-9]$/
const YRLIB_SERVICE_PREFIX = /^0-[0-9a-zA-Z]{1,16}-/

/** The record name of the latest version, by kind: `latest` for `faas`, `$latest` otherwise. */
export function toLatestVersion(kind: string): string {
  return kind === 'faas' ? 'latest' : '$latest'
}

/** Whether a version key names a latest record (`$latest` or `latest`). */
export function isLatestVersion(version: string): boolean {
  return version === '' || version === '$latest' || version === 'latest'
}

/** Whether `name` fits one of the three function-name forms. @example isFunctionName('0@faaspy@hello2') // true */
export function isFunctionName(name: string): boolean {
  return FUNCTION_NAME.test(name)
}

/**
 * A release's two function-name grammars: the create body's `functionName` validator
 * (`utils/customvalidator.go`) and the one a name in a path must fit not to be read as a URN
 * (`service/query.go`). They agree in 0.7.0 and 0.10.0; 0.8.0's path grammar still wants a
 * lowercase service in `0@svc@fn`.
 */
export interface NameGrammar {
  readonly create: RegExp
  readonly query: RegExp
}

// 0.7.0: lowercase names, starting with a letter; `0-svc-` is a form of its own (it starts with a digit).
const OLD_NAME = '(?:[a-z0-9][a-z0-9-]{0,126}[a-z0-9]|[a-z])'
const OLD_FUNCTION_NAME = new RegExp(
  `^(?:0-[0-9a-zA-Z]{1,16}-${OLD_NAME}|[a-z][a-z0-9-]{0,126}[a-z0-9]|[a-z]|0@[0-9a-zA-Z]{1,16}@${OLD_NAME})$`,
)

/** Each release's function-name grammars. @example NAME_GRAMMARS['0.7.0'].create.test('Fn') // false */
export const NAME_GRAMMARS: Readonly<Record<ServerVersion, NameGrammar>> = {
  '0.7.0': { create: OLD_FUNCTION_NAME, query: OLD_FUNCTION_NAME },
  '0.8.0': { create: FUNCTION_NAME, query: new RegExp(`^(?:0@[0-9a-z]{1,16}@)?${PLAIN_NAME}$`) },
  '0.10.0': { create: FUNCTION_NAME, query: FUNCTION_NAME },
}

/** Whether `version` is a valid qualifier or URN version part. */
export function isVersionQualifier(version: string): boolean {
  return version === '$latest' || version === 'latest' || VERSION_NUMBER.test(version)
}

/** Whether `version` may be given as the `versionNumber` of a publish. */
export function isPublishVersionNumber(version: string): boolean {
  return PUBLISH_VERSION_NUMBER.test(version)
}

/** Whether a qualifier fits the alias grammar (and so is looked up as an alias). */
export function isAlias(qualifier: string): boolean {
  return qualifier !== 'latest' && ALIAS.test(qualifier)
}

/** The name as the real server prints it in 4115 messages: `0-svc-fn` loses its `0-svc-`. */
export function toDisplayName(name: string): string {
  return name.replace(YRLIB_SERVICE_PREFIX, '')
}
