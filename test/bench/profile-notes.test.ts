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
  it.each([
    ['1 throughput', 'full page (9 versions), wrk p99 ms', PROFILE_HEADINGS.tail],
    ['1 throughput', '/healthz, wrk -t1 -c16, req/s', PROFILE_HEADINGS.healthz],
    ['1 throughput', 'full page (9 versions), wrk -t1 -c16, req/s', PROFILE_HEADINGS.fullPage],
    ['2 mixed workload', "the soak's mix, req/s", PROFILE_HEADINGS.mix],
    ['3 memory', 'default seed, right after start, resident MiB', PROFILE_HEADINGS.memory],
    ['4 in-process', 'full page through MSW (`fetch`)', PROFILE_HEADINGS.msw],
    ['5 peers', 'vs json-server: cold start (spawn to first 200) ms', PROFILE_HEADINGS.coldStart],
    ['5 peers', 'vs json-server: resident MiB after start', PROFILE_HEADINGS.memory],
    ['6 cold start', 'built CLI, spawn to first 200, ms', PROFILE_HEADINGS.coldStart],
    ['6 reset', 'reset of the default session, µs', undefined],
  ])('names the profile that explains a "%s" row: %s', (goal, measure, heading) => {
    expect(toProfileHeading(row(goal, measure))).toBe(heading)
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
