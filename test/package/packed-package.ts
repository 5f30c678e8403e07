/**
 * The package as npm would publish it: `npm pack` of this clone (its `files` and `exports`), unpacked
 * into a consumer project's node_modules beside this clone's dependencies, and what that project can
 * import from it: at run time (ESM and CommonJS) and in types (tsc, module nodenext).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocImport } from './doc-imports.js'

export interface PackedPackage {
  /** The consumer project; the package is in its node_modules/yr-meta-mock. */
  readonly dir: string
  remove(): void
}

/** Packs `root` (its dist/ must be built) and installs the tarball's files into a consumer project. */
export function createPackedPackage(root: string): PackedPackage {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-packed-'))
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root })
    .toString()
    .trim()
    .split('\n')
    .at(-1) as string
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir])
  const modules = join(dir, 'node_modules')
  mkdirSync(modules)
  renameSync(join(dir, 'package'), join(modules, 'yr-meta-mock'))
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name))
  }
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "packed-consumer", "type": "module", "private": true }\n',
  )
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

const LOAD_NAMES = `
import { createRequire } from 'node:module'
const require = createRequire(process.cwd() + '/')
const names = {}
for (const [form, specifier] of JSON.parse(process.argv[1])) {
  try {
    const loaded = form === 'require' ? require(specifier) : await import(specifier)
    names[form + ' ' + specifier] = Object.keys(loaded)
  } catch (error) {
    names[form + ' ' + specifier] = 'cannot load: ' + error.message
  }
}
console.log(JSON.stringify(names))
`

/**
 * The imports the packed package does not satisfy, each as "where: what is missing": a value or
 * required name its module does not export at run time, or any name its types do not export.
 */
export function findMissingImports(
  packed: PackedPackage,
  root: string,
  imports: readonly DocImport[],
): string[] {
  const missing: string[] = []
  const loads = [
    ...new Set(imports.filter((entry) => entry.form !== 'type').map((e) => `${e.form} ${e.specifier}`)),
  ]
  const loaded = JSON.parse(
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', LOAD_NAMES, JSON.stringify(loads.map((l) => l.split(' ')))],
      {
        cwd: packed.dir,
      },
    ).toString(),
  ) as Record<string, string[] | string>
  for (const entry of imports.filter((e) => e.form !== 'type')) {
    const names = loaded[`${entry.form} ${entry.specifier}`]
    if (typeof names === 'string') missing.push(`${entry.where}: ${entry.specifier} ${names}`)
    else if (!names?.includes(entry.name)) {
      missing.push(
        `${entry.where}: ${entry.name} is not exported by ${entry.specifier} (${entry.form === 'require' ? 'require' : 'import'})`,
      )
    }
  }
  return [...missing, ...findMissingTypes(packed, root, imports)]
}

/** One `import type { name }` line per ESM import, type-checked: the lines tsc refuses. */
function findMissingTypes(packed: PackedPackage, root: string, imports: readonly DocImport[]): string[] {
  const esm = imports.filter((entry) => entry.form !== 'require')
  const lines = esm.map(
    (entry, index) => `import type { ${entry.name} as N${index} } from '${entry.specifier}'`,
  )
  writeFileSync(join(packed.dir, 'check.ts'), `${lines.join('\n')}\nexport {}\n`)
  const tsconfig = {
    compilerOptions: { module: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: ['check.ts'],
  }
  writeFileSync(join(packed.dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  const { stdout } = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', '.', '--pretty', 'false'], {
    cwd: packed.dir,
    encoding: 'utf8',
  })
  return stdout
    .split('\n')
    .map((line) => /^check\.ts\((\d+),\d+\): (.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => {
      const entry = esm[Number(match[1]) - 1] as DocImport
      return `${entry.where}: ${entry.name} from ${entry.specifier} (types): ${match[2]}`
    })
}
