// `node measureCommand.ts <log file> <command> [args…]`: runs the command with its output
// going to the log file and prints one line `MEASURE {"seconds","peakRssMb","exitCode"}`.
// The bench starts it under the site lock, so the time counted excludes waiting for the lock.
import { spawn } from 'node:child_process'
import { existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { watchPeakRss } from './peakMemory.ts'

/** What one measured command cost. */
export type Measured = { seconds: number; peakRssMb: number; exitCode: number }

const gnuTime = '/usr/bin/time'

async function measure(log: string, command: string, args: string[]): Promise<Measured> {
  const out = openSync(log, 'w')
  const timeFile = `${log}.maxrss`
  // GNU time reports the largest resident set of the command (kbytes); else poll /proc.
  const viaTime = existsSync(gnuTime)
  const [file, argv] = viaTime
    ? [gnuTime, ['-o', timeFile, '-f', '%M', command, ...args]]
    : [command, args]
  const started = performance.now()
  const child = spawn(file, argv, { stdio: ['ignore', out, out], env: process.env })
  const watch = viaTime ? undefined : watchPeakRss(child.pid!)
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? 1))
  })
  const seconds = (performance.now() - started) / 1000
  let peakBytes = watch?.stop() ?? 0
  if (viaTime) {
    const kbytes = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1))
    peakBytes = Number.isFinite(kbytes) ? kbytes * 1024 : 0
    rmSync(timeFile, { force: true })
  }
  return { seconds, peakRssMb: peakBytes / 2 ** 20, exitCode }
}

const [log, command, ...args] = process.argv.slice(2)
if (!log || !command) {
  console.error('usage: node measureCommand.ts <log file> <command> [args…]')
  process.exit(2)
}
console.log(`MEASURE ${JSON.stringify(await measure(log, command, args))}`)
