import { toGoType } from './go-schema.js'
import { functionRequestSchemas } from './release-request-schemas.js'
import type { RequestGoTypes } from './request-go-types.js'
import { requestSchemas } from './request-schemas.js'

/**
 * Derives every request body's Go type from the zod schemas (decision 0015). The fake does not call
 * this at run time: `npm run generate:go-types` writes its result to `request-go-types.generated.ts`,
 * and `test/unit/request-go-types.test.ts` holds the two equal (decision 0044).
 */
export function deriveRequestGoTypes(): RequestGoTypes {
  const schemas = requestSchemas()
  const releases = functionRequestSchemas()
  return {
    rootfs: toGoType(schemas.rootfsSchema),
    publish: toGoType(schemas.publishRequestSchema),
    functionCreate: toGoType(schemas.functionCreateRequestSchema),
    functionUpdate: toGoType(schemas.functionUpdateRequestSchema),
    functionCreate080: toGoType(releases['0.8.0'].create),
    functionUpdate080: toGoType(releases['0.8.0'].update),
    functionCreate070: toGoType(releases['0.7.0'].create),
    functionUpdate070: toGoType(releases['0.7.0'].update),
    reserveCreate: toGoType(schemas.reserveInstanceCreateRequestSchema),
    reserveDelete: toGoType(schemas.reserveInstanceDeleteRequestSchema),
    reserveGet: toGoType(schemas.reserveInstanceGetRequestSchema),
    podPoolCreate: toGoType(schemas.podPoolCreateRequestSchema),
    podPoolUpdate: toGoType(schemas.podPoolUpdateRequestSchema),
  }
}
