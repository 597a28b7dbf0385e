import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '..', '..', '..')
/** Node 24, as `npm start` runs every service. */
export const node = path.join(root, 'node_modules', '.bin', 'node')

/** A service started as a child process, as `npm start` starts it. */
export type Service = {
  child: ChildProcess
  /** Everything it printed so far (stdout and stderr). */
  output: () => string
  /** True while the process runs. */
  alive: () => boolean
  /** SIGTERM, then SIGKILL after 5 s; resolves once it has exited. */
  stop: () => Promise<void>
}

/** Starts `node <args>` and resolves once its output matches `ready` (rejects if it exits). */
export function startService(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
): Promise<Service> {
  const child = spawn(node, args, {
    cwd: root,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const service: Service = {
    child,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () =>
      new Promise((resolve) => {
        if (!service.alive()) {
          resolve()
          return
        }
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`not ready after ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (ready.test(output)) {
        clearTimeout(timer)
        resolve(service)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`exited (${code ?? signal}) before it was ready:\n${output}`))
    })
  })
}
