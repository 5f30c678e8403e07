import { type FSWatcher, watch } from 'node:fs'
import type { MetaEngine } from '../engine/meta-engine.js'
import { loadScenarios } from './load-scenarios.js'

/** How long file events settle before a reload (editors write in several steps). */
const SETTLE_MS = 150

/**
 * Reloads scenarios when files under `path` change. A reload applies whole or not at all (the
 * engine builds it aside first); the line says which, and a failure names the file and the key.
 * After a failure the last good scenarios and data keep serving. Returns a function that stops watching.
 */
export function watchScenarios(path: string, engine: MetaEngine, report: (line: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let reloading = Promise.resolve()
  const reload = () => {
    reloading = reloading.then(() => reloadOnce(path, engine, report))
  }
  const watcher: FSWatcher = watch(path, () => {
    clearTimeout(timer)
    timer = setTimeout(reload, SETTLE_MS)
  })
  return () => {
    clearTimeout(timer)
    watcher.close()
  }
}

async function reloadOnce(path: string, engine: MetaEngine, report: (line: string) => void): Promise<void> {
  try {
    const scenarios = loadScenarios(path)
    const summary = await engine.reloadScenarios(scenarios)
    const names = scenarios.map((scenario) => scenario.name).join(', ') || '(none)'
    const rules = summary.rulesRestarted ? '; the active scenario restarted' : ''
    report(
      `reloaded ${path}, applied: scenarios ${names}; active ${summary.active ?? '(none)'}; data ${summary.data}${rules}`,
    )
  } catch (error) {
    report(
      `could not reload ${path}, not applied (nothing changed: the last good scenarios and data still serve): ` +
        (error as Error).message,
    )
  }
}
