/**
 * The real server's time formats: `YYYY-MM-DD HH:MM:SS.mmm UTC` for timestamps and a
 * 14–17 digit `revisionId` (UTC, milliseconds with trailing zeros dropped).
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function toUtcParts(date: Date) {
  return {
    day: `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`,
    millis: pad(date.getUTCMilliseconds(), 3),
  }
}

/** Formats a timestamp field. @example formatMetaTime(d) // '2024-03-02 08:31:12.724 UTC' */
export function formatMetaTime(date: Date): string {
  const time = toDayTime(date)
  if (time === undefined) {
    const iso = date.toISOString()
    return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`
  }
  const { day, hours, minutes, seconds, millis } = time
  return [day.dashed, hours, ':', minutes, ':', seconds, '.', millis, ' UTC'].join('')
}

/** Formats a revision id; Go's `.999` layout drops trailing zeros, then the dot. */
export function toRevisionId(date: Date): string {
  const time = toDayTime(date)
  if (time === undefined) {
    const { day, time, millis } = toUtcParts(date)
    return `${day}${time}${millis.replace(/0+$/, '')}`
  }
  const { day, hours, minutes, seconds, trimmedMillis } = time
  return [day.digits, hours, minutes, seconds, trimmedMillis].join('')
}

/** The default publish version: `v` + server-local `YYYYMMDD-HHMMSS`, as the real server does. */
export function toDefaultVersionNumber(date: Date): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  return `v${day}-${time}`
}

/*
 * Why the fast path: seeding the large data set formats ~150,000 timestamps. `toISOString` and the
 * slices and template around it took ~0.8 µs each and left each value as a tree of four strings
 * (~130 bytes kept per record field); the day's text taken once per day and the time of day from
 * tables, joined (a join gives one flat string, ~50 bytes), takes about half (issue 25, session 12).
 */

const MS_PER_DAY = 86_400_000
/** 10000-01-01: from then on `toISOString` writes a six-digit year, and the slow path keeps its text. */
const YEAR_10000 = 253_402_300_800_000

interface DayText {
  /** `2024-03-02 ` */
  readonly dashed: string
  /** `20240302` */
  readonly digits: string
}

interface DayTime {
  readonly day: DayText
  readonly hours: string
  readonly minutes: string
  readonly seconds: string
  readonly millis: string
  /** The milliseconds without trailing zeros (`470` as `47`, `0` as nothing). */
  readonly trimmedMillis: string
}

/**
 * The days formatted, by day number: a seed writes ~150,000 timestamps over ~900 days, and the
 * functions it generates jump days between events. Cleared when full (a day is ~100 bytes).
 */
const days = new Map<number, DayText>()
const MAX_DAYS = 4096
let twoDigits: readonly string[] | undefined
let threeDigits: readonly string[] | undefined
let trimmedThreeDigits: readonly string[] | undefined

/** A date from 1970 to 9999 as its day's text and its time of day's fields; else `undefined` (the slow path). */
function toDayTime(date: Date): DayTime | undefined {
  const ms = date.getTime()
  if (!(ms >= 0 && ms < YEAR_10000)) return undefined
  const index = Math.floor(ms / MS_PER_DAY)
  let day = days.get(index)
  if (day === undefined) {
    if (days.size >= MAX_DAYS) days.clear()
    day = toDayText(date)
    days.set(index, day)
  }
  twoDigits ??= digitTable(100, 2)
  threeDigits ??= digitTable(1000, 3)
  trimmedThreeDigits ??= threeDigits.map((text) => text.replace(/0+$/, ''))
  let rest = ms - index * MS_PER_DAY
  const millis = rest % 1000
  rest = (rest - millis) / 1000
  const seconds = rest % 60
  rest = (rest - seconds) / 60
  const minutes = rest % 60
  const hours = (rest - minutes) / 60
  return {
    day,
    hours: twoDigits[hours] as string,
    minutes: twoDigits[minutes] as string,
    seconds: twoDigits[seconds] as string,
    millis: threeDigits[millis] as string,
    trimmedMillis: trimmedThreeDigits[millis] as string,
  }
}

function toDayText(date: Date): DayText {
  const iso = date.toISOString()
  const dashed = `${iso.slice(0, 10)} `
  return { dashed, digits: dashed.slice(0, 10).replaceAll('-', '') }
}

/** `00`, `01`, … up to `count - 1`, each `width` digits. */
function digitTable(count: number, width: number): readonly string[] {
  return Array.from({ length: count }, (_, value) => pad(value, width))
}
