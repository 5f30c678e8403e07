/**
 * The folders of src/, bottom first. A folder may import itself and any folder with a lower rank;
 * folders of the same rank are siblings that do not import each other. See decisions/0011.
 */
const ORDER: ReadonlyArray<readonly string[]> = [
  ['support', 'go'],
  ['contract'],
  ['wire'],
  // the differential harness's pure parts: sequences, clock normalization, comparison (tools/diff-real, verify)
  ['drift'],
  ['model'],
  ['store'],
  ['domain'],
  ['http'],
  ['resources'],
  ['seed'],
  ['scenarios'],
  // what answers a request: the fake's own routes, or a real server behind the proxy
  ['real-server', 'proxy'],
  ['engine'],
  // beside the engine's users: recording its exchanges, importing a real tenant as a fixture
  ['dashboard', 'record', 'import'],
  ['admin'],
  ['fake'],
  ['msw', 'node'],
  ['verify', 'testing'],
  ['vitest', 'jest'],
  ['index.ts'],
]

export const LAYERS: ReadonlyMap<string, number> = new Map(
  ORDER.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)),
)

/** The rank of a file under src/ (`engine/journal.ts`), by its top folder. */
export function layerOf(file: string): number | undefined {
  return LAYERS.get(topFolder(file))
}

/** The imports of `file` that point to a higher or a sibling folder, one line each. */
export function findUpwardImports(file: string, imports: readonly string[]): string[] {
  const from = topFolder(file)
  const rank = layerOf(file) ?? Number.NEGATIVE_INFINITY
  return imports
    .filter((target) => {
      const to = topFolder(target)
      return to !== from && (layerOf(target) ?? Number.POSITIVE_INFINITY) >= rank
    })
    .map((target) => `${file} (${from}) imports ${target} (${topFolder(target)})`)
}

function topFolder(file: string): string {
  return file.split('/')[0] as string
}
