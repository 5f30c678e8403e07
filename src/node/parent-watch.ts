/**
 * Stops the CLI when whatever started it goes away, so a test runner that kills its wrapper
 * (`npx`, a shell, a pytest fixture's Popen) leaves no orphan holding the port.
 */

/** How often the parent is checked: well inside the 1 s a test waits for the port to be free. */
const PARENT_CHECK_MS = 100

/**
 * Calls `onGone` once the parent process exits (the process is then re-parented, so its ppid
 * changes). `parent` is the ppid read as the process started: a parent killed the moment the
 * ready line appears is gone before the server is up, so reading it here would be too late.
 * Does nothing when started by PID 1 or a container runtime (ppid 0 or 1): there is no starter
 * to outlive. Returns a function that stops watching.
 */
export function watchParent(parent: number, onGone: (reason: string) => void): () => void {
  if (parent <= 1) return () => undefined
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    onGone(
      `the process that started the fake (PID ${parent}) exited, so the fake stops with it ` +
        '(--no-parent-watch keeps it running)',
    )
  }, PARENT_CHECK_MS)
  timer.unref()
  return () => clearInterval(timer)
}

/**
 * Calls `onGone` when stdin reaches its end: a parent holding a pipe to stdin closes it when it
 * exits, however it exits (SIGKILL included), even through wrappers that pass stdin on.
 */
export function watchStdin(onGone: (reason: string) => void): void {
  const stdin = process.stdin
  let done = false
  const end = () => {
    if (done) return
    done = true
    onGone('stdin closed (--exit-on-stdin-close)')
  }
  stdin.on('end', end)
  stdin.on('close', end)
  stdin.on('error', end)
  // Read and discard whatever arrives; only the end matters.
  stdin.on('data', () => undefined)
  stdin.resume()
}
