import { describe, expect, it } from 'vitest'
import { PROFILE_HEADINGS, toProfileHeading, withProfileNote } from '../../bench/lib/profile-notes.js'
import type { ReportRow } from '../../bench/lib/report.js'

const row = (goal: string, measure: string, met: boolean | undefined = false): ReportRow => ({
  goal,
  measure,
  value: '1',
  baseline: '1',
  ratio: '1',
  target: '1',
  met,
})

describe('profile notes of the benchmark table', () => {
  it('names the profile that explains each kind of row', () => {
    expect(toProfileHeading(row('1 throughput', 'full page (9 versions), wrk p99 ms'))).toBe(
      PROFILE_HEADINGS.tail,
    )
    expect(toProfileHeading(row('1 throughput', '/healthz, wrk -t1 -c16, req/s'))).toBe(
      PROFILE_HEADINGS.healthz,
    )
    expect(toProfileHeading(row('1 throughput', 'full page (9 versions), wrk -t1 -c16, req/s'))).toBe(
      PROFILE_HEADINGS.fullPage,
    )
    expect(toProfileHeading(row('2 mixed workload', "the soak's mix, req/s"))).toBe(PROFILE_HEADINGS.mix)
    expect(toProfileHeading(row('3 memory', 'default seed, right after start, resident MiB'))).toBe(
      PROFILE_HEADINGS.memory,
    )
    expect(toProfileHeading(row('4 in-process', 'full page through MSW (`fetch`)'))).toBe(
      PROFILE_HEADINGS.msw,
    )
    expect(toProfileHeading(row('5 peers', 'vs json-server: cold start (spawn to first 200) ms'))).toBe(
      PROFILE_HEADINGS.coldStart,
    )
    expect(toProfileHeading(row('5 peers', 'vs json-server: resident MiB after start'))).toBe(
      PROFILE_HEADINGS.memory,
    )
    expect(toProfileHeading(row('6 cold start', 'built CLI, spawn to first 200, ms'))).toBe(
      PROFILE_HEADINGS.coldStart,
    )
    expect(toProfileHeading(row('6 reset', 'reset of the default session, µs'))).toBeUndefined()
  })

  it('notes only rows whose goal is not met and that have no note of their own', () => {
    expect(withProfileNote(row('3 memory', 'resident MiB')).note).toBe(
      `see "Profile: ${PROFILE_HEADINGS.memory}" below`,
    )
    expect(withProfileNote(row('3 memory', 'resident MiB', true)).note).toBeUndefined()
    expect(withProfileNote({ ...row('3 memory', 'resident MiB'), met: undefined }).note).toBeUndefined()
    expect(withProfileNote({ ...row('3 memory', 'resident MiB'), note: 'own' }).note).toBe('own')
  })
})
