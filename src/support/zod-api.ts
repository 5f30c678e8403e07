// The part of zod's API the fake uses, by name: esbuild keeps in the package only what these reach.

export type { core, infer, input, output, RefinementCtx, ZodObject, ZodRawShape, ZodType } from 'zod'
export {
  array,
  boolean,
  config,
  enum,
  globalRegistry,
  int,
  iso,
  literal,
  looseObject,
  null,
  number,
  object,
  record,
  registry,
  strictObject,
  string,
  toJSONSchema,
  tuple,
  union,
  unknown,
} from 'zod'
