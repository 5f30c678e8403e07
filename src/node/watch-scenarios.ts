import { type FSWatcher, statSync, watch } from 'node:fs'
import { basename, dirname } from 'node:path'
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
  const target = toWatchTarget(path)
  // The folder is watched, not the file: an editor that saves by rename (or the first save on
  // Linux) replaces the file's inode, and a watcher on the old inode never fires again.
  const watcher: FSWatcher = watch(target.folder, (_event, name) => {
    if (!target.isFixture(name)) return
    clearTimeout(timer)
    timer = setTimeout(reload, SETTLE_MS)
  })
  return () => {
    clearTimeout(timer)
    watcher.close()
  }
}

interface WatchTarget {
  folder: string
  /** Whether a change to this name (as `fs.watch` reports it) can change what `loadScenarios` reads. */
  isFixture: (name: string | null) => boolean
}

function toWatchTarget(path: string): WatchTarget {
  // A null name (platforms that do not say) could be a fixture: reload rather than miss it.
  if (statSync(path).isDirectory()) {
    return { folder: path, isFixture: (name) => name === null || name.endsWith('.json') }
  }
  const file = basename(path)
  return { folder: dirname(path), isFixture: (name) => name === null || name === file }
}

async function reloadOnce(path: string, engine: MetaEngine, report: (line: string) => void): Promise<void> {
  try {
    const scenarios = loadScenarios(path)
    const before = engine.scenarios.active?.scenario.name
    const summary = await engine.reloadScenarios(scenarios)
    const names = scenarios.map((scenario) => scenario.name).join(', ') || '(none)'
    // A scenario whose file went away is not "restarted": it is no longer active at all.
    const rules =
      before !== undefined && summary.active !== before
        ? `; the active scenario "${before}" is gone from ${path}, so none is active now`
        : summary.rulesRestarted
          ? '; the active scenario restarted'
          : ''
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
