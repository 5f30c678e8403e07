import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findRunFolder, RealEtcd } from '../../tools/diff-real/etcd-real.js'
import { etcdStep, type Sequence } from '../../tools/diff-real/exchange.js'
import { runSequence } from '../../tools/diff-real/runner.js'
import { etcdSequences, hasOutage } from '../../tools/diff-real/sequences/etcd.js'
import { FACE_NAMES, openFace, type Target } from '../../tools/diff-real/targets.js'

// Decision 0031: an outage is a step; the fakes switch to the etcd-unavailable scenario and back,
// keeping their data, as the real server's etcd keeps its data through a kill and a restart.

const FN = '/serverless/v1/functions/0@svc@f'
const tenant = { 'X-Tenant-ID': 't1' }
const outage: Sequence = {
  name: 'etcd/test',
  steps: [
    {
      method: 'POST',
      path: '/serverless/v1/functions',
      headers: { ...tenant, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '0@svc@f', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }),
    },
    etcdStep('down'),
    { method: 'GET', path: FN, headers: tenant },
    { method: 'GET', path: '/healthz' },
    etcdStep('up'),
    { method: 'GET', path: FN, headers: tenant },
  ],
}

const statusOf = (answer: { kind: string; status?: number }) => answer.status ?? answer.kind

describe('outage steps on the fakes', () => {
  it.each(FACE_NAMES)(
    '%s: etcd down answers 122002, etcd up answers from the data written before',
    async (face) => {
      const target = await openFace(face)
      try {
        const answers = (await runSequence(target, outage)).map((exchange) => exchange.answer)
        expect(answers.map(statusOf)).toEqual([200, 'etcd', 500, 200, 'etcd', 200])
        expect(answers[1]).toEqual({ kind: 'etcd', state: 'down' })
        expect(answers[2]).toMatchObject({ body: '{"code":122002,"message":"etcd internal error"}' })
      } finally {
        await target.close()
      }
    },
  )

  it('a target that cannot take etcd down says so', async () => {
    const target: Target = {
      name: 'plain',
      beginSequence: async () => {},
      send: async () => ({ kind: 'dropped' }),
      lastWindow: () => [0, 0],
      close: async () => {},
    }
    await expect(runSequence(target, outage)).rejects.toThrow('plain cannot take etcd down')
  })

  it('the outage sequences bring etcd back before they end', () => {
    for (const sequence of etcdSequences('t')) {
      expect(hasOutage(sequence)).toBe(true)
      const states = sequence.steps.flatMap((step) => (step.etcd ? [step.etcd] : []))
      expect(states).toEqual(['down', 'up'])
    }
  })
})

describe("the real server's etcd", () => {
  const base = mkdtempSync(join(tmpdir(), 'etcd-outage-'))
  const previous = process.env.TMPDIR
  afterAll(() => {
    process.env.TMPDIR = previous
    rmSync(base, { recursive: true, force: true })
  })

  function runFolder(port: number, pid: number): string {
    const folder = join(base, `yr-realserver-run.${port}.abc`)
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'env'), `PORT=${port}\nETCD_PORT=1\n`)
    writeFileSync(join(folder, 'etcd.pid'), `${pid}\n`)
    return folder
  }

  it("finds run.sh's folder by the port, when its etcd runs", () => {
    process.env.TMPDIR = base
    const folder = runFolder(41001, process.pid)
    runFolder(41002, 2 ** 22 + 1) // beyond Linux's PID limit: not running
    expect(findRunFolder('http://127.0.0.1:41001')).toBe(folder)
    expect(findRunFolder('http://127.0.0.1:41002')).toBeUndefined()
    expect(findRunFolder('http://127.0.0.1:41003')).toBeUndefined()
  })

  it('kills nothing whose command line does not name the run folder', async () => {
    const etcd = new RealEtcd(runFolder(41004, process.pid), 'http://127.0.0.1:41004')
    await expect(etcd.switch('down')).rejects.toThrow('is not that run')
    expect(etcd.isDown).toBe(false)
    await expect(etcd.switch('up')).rejects.toThrow('is not down')
  })
})
