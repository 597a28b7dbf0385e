import { readdirSync, readFileSync } from 'node:fs'

// Linux reports process times in clock ticks of USER_HZ, which is 100 on every mainstream
// kernel (getconf CLK_TCK).
const ticksPerSecond = 100

/** utime + stime of a /proc/<pid>/stat line, in seconds (all threads of the process). */
function statSeconds(stat: string): number {
  // The command name is in parentheses and may hold spaces; fields count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/** CPU seconds a process has used so far, or 0 once it is gone. */
export function cpuSecondsOf(pid: number): number {
  try {
    return statSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return 0
  }
}

/**
 * CPU seconds used so far by every process with this command name (e.g. `postgres`: the
 * server and its backends). A process that ends between two readings drops out of the sum,
 * so read it around work that keeps its connections open.
 */
export function cpuSecondsOfCommand(command: string): number {
  let total = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === command)
        total += statSeconds(stat)
    } catch {
      // gone meanwhile
    }
  }
  return total
}
