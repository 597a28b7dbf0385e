import { spawn, type ChildProcess } from 'node:child_process'

const running: ChildProcess[] = []

/** Starts a long-running service, its output prefixed with its name; if it dies, everything stops. */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `[${name}] ${line}`)
      .join('\n') + '\n'
  child.stdout.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)))
  child.stderr.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)))
  child.on('exit', (code, signal) => {
    if (stopping) return
    console.error(`[${name}] stopped (${signal ?? `exit code ${code}`}); stopping the rest.`)
    stopAll(1)
  })
  running.push(child)
  return child
}

/** Runs a command to completion, its output passed through; rejects with the command on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed with exit code ${code}`)),
    )
  })
}

let stopping = false

/** Stops every service started here and exits. */
function stopAll(code = 0): void {
  if (stopping) return
  stopping = true
  for (const child of running) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 1500).unref()
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))
// However this process ends (a failed step, an uncaught error), it takes its services with it.
process.on('exit', () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM')
})

/** Waits until a URL answers (any HTTP status below 500), or throws after the timeout. */
export async function waitFor(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
