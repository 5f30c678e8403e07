import type { DashboardSource } from '../dashboard-source.js'
import type { Html, ViewParams } from '../render-parts.js'

/** One page of the dashboard: what it reads (plain data, also served as JSON) and how it is drawn. */
export interface DashboardView<Model> {
  readonly name: string
  load(source: DashboardSource, params: ViewParams): Model
  render(model: Model): Html
}

/** Declares a view with its model's type checked between `load` and `render`. */
export function defineView<Model>(view: DashboardView<Model>): DashboardView<Model> {
  return view
}
