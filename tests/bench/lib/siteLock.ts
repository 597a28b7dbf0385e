// The lock every site build and Playwright run on this machine takes, so builds never share
// node_modules/.cache/jobunivers-* (media staging) or Astro's cache at the same time.
import { existsSync, readFileSync, statSync } from 'node:fs'

/** The lock file other engineers' commands take with `flock /tmp/jobunivers-site.lock …`. */
const siteLockFile = process.env.JOBUNIVERS_SITE_LOCK ?? '/tmp/jobunivers-site.lock'

function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined
  } catch {
    return undefined
  }
}

/** This process and its ancestors, nearest first. */
function ancestry(): Set<number> {
  const pids = new Set<number>()
  for (let pid: number | undefined = process.pid; pid && !pids.has(pid); pid = parentOf(pid))
    pids.add(pid)
  return pids
}

/**
 * Whether the lock is already held by this process or one of its ancestors (for example
 * `flock /tmp/jobunivers-site.lock npm test`): taking it again would wait for ourselves.
 */
function siteLockHeldByAncestor(): boolean {
  if (!existsSync(siteLockFile) || !existsSync('/proc/locks')) return false
  const inode = String(statSync(siteLockFile).ino)
  const mine = ancestry()
  return readFileSync('/proc/locks', 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .some((fields) => {
      // "1: FLOCK  ADVISORY  WRITE 12345 00:2a:67890 0 EOF" (blocked waiters carry "->").
      if (fields[1] !== 'FLOCK' || fields.includes('->')) return false
      const [pid, device] = [Number(fields[4]), fields[5] ?? '']
      return device.split(':')[2] === inode && mine.has(pid)
    })
}

/**
 * The command line that runs `command` under the site lock: `flock <lock> command …args`, or
 * the command itself when an ancestor already holds the lock.
 */
export function underSiteLock(command: string, args: string[]): [string, string[]] {
  if (siteLockHeldByAncestor()) return [command, args]
  return ['flock', [siteLockFile, command, ...args]]
}
