/**
 * Import cycles among files: the strongly connected components of the import graph with more than
 * one file (Tarjan's algorithm), each as its files in a stable order. Type-only imports count too: a
 * cycle of types still ties the files' meanings together.
 */
export function findImportCycles(imports: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file) as number)
    stack.push(file)
    onStack.add(file)
    for (const next of imports.get(file) ?? []) {
      if (!imports.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number))
      } else if (onStack.has(next))
        low.set(file, Math.min(low.get(file) as number, index.get(next) as number))
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top)
      component.push(top)
      if (top === file) break
    }
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const file of imports.keys()) if (!index.has(file)) visit(file)
  return cycles
}
