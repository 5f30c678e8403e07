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
  const iso = date.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`
}

/** Formats a revision id; Go's `.999` layout drops trailing zeros, then the dot. */
export function toRevisionId(date: Date): string {
  const { day, time, millis } = toUtcParts(date)
  return `${day}${time}${millis.replace(/0+$/, '')}`
}

/** The default publish version: `v` + server-local `YYYYMMDD-HHMMSS`, as the real server does. */
export function toDefaultVersionNumber(date: Date): string {
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  return `v${day}-${time}`
}
