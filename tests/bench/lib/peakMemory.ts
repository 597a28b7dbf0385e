// Peak memory of a process tree, read from /proc: the fallback when /usr/bin/time is missing.
import { readdirSync, readFileSync } from 'node:fs'

const pageBytes = 4096

type Proc = { pid: number; ppid: number; rssBytes: number }

function processes(): Proc[] {
  const found: Proc[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // After the command name: state, ppid, … rss is field 24 of the whole line.
      found.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        rssBytes: Number(fields[21]) * pageBytes,
      })
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

/** Resident memory of `root` and all its descendants now, in bytes. */
function treeRssBytes(root: number): number {
  const all = processes()
  const inTree = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const proc of all)
      if (!inTree.has(proc.pid) && inTree.has(proc.ppid)) {
        inTree.add(proc.pid)
        grew = true
      }
  }
  return all.filter((proc) => inTree.has(proc.pid)).reduce((sum, proc) => sum + proc.rssBytes, 0)
}

/** Samples the tree's resident memory every `everyMs` until stopped; `stop()` returns the peak. */
export function watchPeakRss(root: number, everyMs = 100): { stop: () => number } {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(root))
  }
  sample()
  const timer = setInterval(sample, everyMs)
  return {
    stop: () => {
      clearInterval(timer)
      return peak
    },
  }
}
