// `npm run build:release`: what a release ships besides the npm package, in dist-release/:
// the single executable (yr-meta-mock-<version>-linux-x64) and the Python wheel that carries it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { buildWheel } from './build-wheel.mjs'

const OUT = 'dist-release'
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `build:release: the executable is this node's; the wheel is tagged linux x86-64, so build on linux-x64 (this is ${process.platform}-${process.arch})`,
  )
  process.exit(1)
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT)
execFileSync(process.execPath, ['scripts/build-binary.mjs'], { stdio: 'inherit' })
const executable = `${OUT}/yr-meta-mock-${version}-linux-x64`
copyFileSync('dist-bin/yr-meta-mock', executable)
console.log(`built ${executable}`)
console.log(`built ${buildWheel(executable, OUT)}`)
