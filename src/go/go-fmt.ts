/**
 * `fmt.Sprintf(format)` with no arguments, as Go 1.24's `doPrintf` prints it. The real server
 * passes text that holds user input as a format string in several places (`errmsg.NewParamError(msg)`,
 * and every plain error the router wraps with it), so a `%` a user sent comes back as `%!d(MISSING)`
 * and the like. Verbs, flags, widths, precisions and `[n]` indexes are read as Go reads them.
 * @example sprintfNoArgs('runtime 100% is not valid') // 'runtime 100%!i(MISSING)s not valid'
 */
export function sprintfNoArgs(format: string): string {
  if (!format.includes('%')) return format
  let out = ''
  let i = 0
  const end = format.length
  while (i < end) {
    const next = format.indexOf('%', i)
    if (next < 0) return out + format.slice(i)
    out += format.slice(i, next)
    const directive = readDirective(format, next + 1)
    out += directive.text
    i = directive.next
  }
  return out
}

const FLAGS = new Set(['#', '0', '+', '-', ' '])

interface Directive {
  readonly text: string
  readonly next: number
}

/** One `%` directive starting after the `%` at `start`: what Go writes for it with no arguments. */
function readDirective(format: string, start: number): Directive {
  const end = format.length
  const state = { i: start, text: '', goodArgNum: true }
  const argNumber = () => {
    const index = argumentIndex(format, state.i)
    state.i = index.next
    // with no arguments, any `[n]` is a bad index
    if (index.bracket) state.goodArgNum = false
    return index.found
  }
  while (state.i < end && FLAGS.has(format[state.i] as string)) state.i++
  let afterIndex = argNumber()
  if (format[state.i] === '*') {
    state.i++
    state.text += '%!(BADWIDTH)'
    afterIndex = false
  } else {
    state.i = digitsEnd(format, state.i)
  }
  if (state.i + 1 < end && format[state.i] === '.') {
    state.i++
    afterIndex = argNumber()
    if (format[state.i] === '*') {
      state.i++
      state.text += '%!(BADPREC)'
      afterIndex = false
    } else {
      state.i = digitsEnd(format, state.i)
    }
  }
  if (!afterIndex) argNumber()
  if (state.i >= end) return { text: `${state.text}%!(NOVERB)`, next: end }
  const verb = String.fromCodePoint(format.codePointAt(state.i) as number)
  const next = state.i + verb.length
  if (verb === '%') return { text: `${state.text}%`, next }
  return { text: `${state.text}%!${verb}(${state.goodArgNum ? 'MISSING' : 'BADINDEX'})`, next }
}

/**
 * Go's `argNumber` at `i`: whether a `[` is there (`bracket`), whether it held a number and a `]`
 * (`found`), and where reading goes on.
 */
function argumentIndex(format: string, i: number): { bracket: boolean; found: boolean; next: number } {
  if (format[i] !== '[') return { bracket: false, found: false, next: i }
  const rest = format.slice(i)
  if (rest.length < 3) return { bracket: true, found: false, next: i + 1 }
  const close = rest.indexOf(']', 1)
  if (close < 0) return { bracket: true, found: false, next: i + 1 }
  const found = close > 1 && digitsEnd(rest, 1) === close
  return { bracket: true, found, next: found ? i + close + 1 : i + close + 1 }
}

function digitsEnd(format: string, i: number): number {
  let j = i
  while (j < format.length && format.charCodeAt(j) >= 48 && format.charCodeAt(j) <= 57) j++
  return j
}
