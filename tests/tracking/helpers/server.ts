import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const node = `${root}node_modules/.bin/node`

/** A tracking server running as a child process, as `node tracking/server.ts` runs it. */
export type RunningServer = { child: ChildProcess; url: string; output: () => string }

/** Starts the server with the given environment; resolves once it prints its URL. */
export function startServer(env: Record<string, string>): Promise<RunningServer> {
  return startListening(['tracking/server.ts'], {
    TRACKING_PORT: '0',
    TRACKING_LOG_LEVEL: 'warn',
    ...env,
  })
}

/**
 * Starts `node <args>` from the repository root with `env` (on NODE_ENV=production and PATH
 * alone); resolves once it prints "listening on <url>". With `trimOutput` only the output's
 * tail is kept, for a server under hours of load.
 */
export function startListening(
  args: string[],
  env: Record<string, string>,
  { trimOutput = false } = {},
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, {
      cwd: root,
      env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve({ child, url: match[1]!, output: () => output })
      if (trimOutput && output.length > 100_000) output = output.slice(-10_000)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code, signal) =>
      reject(
        new Error(`${args.join(' ')} exited (${code ?? signal}) before listening:\n${output}`),
      ),
    )
  })
}

/** Runs the server expecting it to refuse to start; resolves to its exit code and output. */
export function runServerToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, ['tracking/server.ts'], {
      cwd: root,
      env: { NODE_ENV: 'production', PATH: process.env.PATH ?? '', TRACKING_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

/** Resolves when a child process has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}
