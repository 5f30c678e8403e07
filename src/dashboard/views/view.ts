import type { ZodType } from 'zod'
import { lazy } from '../../support/lazy.js'
import { z } from '../../support/zod.js'
import type { DashboardSource } from '../dashboard-source.js'
import type { Html, ViewParams } from '../render-parts.js'

/** One page of the dashboard: what it reads (plain data, also served as JSON) and how it is drawn. */
export interface DashboardView<Model> {
  readonly name: string
  /**
   * The parameters it reads, as a strict schema: any other key, or one given twice, is a 400. Built
   * on the view's first request: a fake whose dashboard is never opened never builds it (issue 25).
   */
  readonly query: () => ZodType
  load(source: DashboardSource, params: ViewParams): Model
  render(model: Model): Html
}

/** Declares a view with its model's type checked between `load` and `render`; its query built once. */
export function defineView<Model>(view: DashboardView<Model>): DashboardView<Model> {
  return { ...view, query: lazy(view.query) }
}

/** The parameters views share: a session as the forms send it, and page numbers. */
export const viewParams = lazy(() => ({
  session: z
    .string()
    .regex(/^s:/, 'a session as "s:<id>" ("s:" is the default session)')
    .optional()
    .describe('the session'),
  page: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, 'a page number from 1')
    .optional(),
}))
