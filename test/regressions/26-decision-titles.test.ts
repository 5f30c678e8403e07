import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Issue 26: decisions 0012–0014 carried other decisions' numbers in their titles ("# 0011 — …").

const folder = new URL('../../decisions/', import.meta.url)
const notes = readdirSync(folder).filter((name) => /^\d{4}-.*\.md$/.test(name))

describe('decision notes', () => {
  it.each(notes)('%s carries no other note’s number in its title', (name) => {
    const title = readFileSync(new URL(name, folder), 'utf8').split('\n')[0] ?? ''
    expect(title).toMatch(/^# /)
    const number = /^# (\d{4})\b/.exec(title)?.[1]
    if (number !== undefined) expect(number).toBe(name.slice(0, 4))
  })
})
