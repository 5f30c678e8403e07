import type { TenantScope } from '../model/scope.js'
import { toFunctionSpec } from '../resources/functions/function-spec.js'
import type { FunctionHistory } from './function-history.js'

/** The function of the documentation's versions example (`查询函数的所有版本`). */
export const DOC_EXAMPLE_FUNCTION = '0@faaspy@hello2'

/**
 * The history that yields the documentation's example exactly: created 08:31:12.724, updated
 * 08:47:50.473 (its revisionId), published as `1` ("version2") at 09:07:53.390.
 */
export function toDocExampleHistory(scope: TenantScope): FunctionHistory {
  const spec = toFunctionSpec({
    description: 'this is a function',
    handler: 'handler.my_handler',
    runtime: 'python3.9',
    cpu: 600,
    memory: 512,
    timeout: 600,
    minInstance: 0,
    maxInstance: 10,
    concurrentNum: 10,
  })
  return {
    scope,
    name: DOC_EXAMPLE_FUNCTION,
    createdAt: new Date('2024-03-02T08:31:12.724Z'),
    spec,
    events: [
      { type: 'update', at: new Date('2024-03-02T08:47:50.473Z'), spec },
      {
        type: 'publish',
        at: new Date('2024-03-02T09:07:53.390Z'),
        versionNumber: '1',
        versionDesc: 'version2',
      },
    ],
  }
}
