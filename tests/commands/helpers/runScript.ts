import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** The repository root. */
export const root = path.resolve(import.meta.dirname, '..', '..', '..')

/** How a command run ended. */
export type ScriptRun = { code: number | null; stdout: string; stderr: string }

/**
 * Generous: a command takes seconds to a minute on a 2-core machine, several times that when
 * other work shares the cores; a command that does not exit never does.
 */
export const exitLimitMs = 240_000

/**
 * Runs `scripts/<script>` as `npm run` does: a child process of Node 24 from node_modules,
 * from the repository root, without NODE_ENV (Vitest sets it to "test", which changes how
 * Payload starts; `npm run` does not). Rejects with "did not exit" when the command is still
 * running after `limitMs`, and kills it.
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
  limitMs = exitLimitMs,
): Promise<ScriptRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  Reflect.deleteProperty(childEnv, 'NODE_ENV') // typed read-only by Next's declarations
  for (const [key, value] of Object.entries(env))
    if (value === undefined) Reflect.deleteProperty(childEnv, key)
  return new Promise((resolve, reject) => {
    const { child, stdout, stderr } = spawnNode(path.join(root, 'scripts', script), args, childEnv)
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(
          `scripts/${script} did not exit within ${limitMs / 1000} s.\nstdout:\n${stdout()}\nstderr:\n${stderr()}`,
        ),
      )
    }, limitMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout: stdout(), stderr: stderr() })
    })
  })
}

/** Starts `file` with Node 24 from node_modules, from the repository root, collecting its output. */
export function spawnNode(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; stdout: () => string; stderr: () => string } {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'node'), [file, ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return { child, stdout: () => stdout, stderr: () => stderr }
}

/** The lines a failed command printed on stderr with a stack frame among them, if any. */
export function stackLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at .+[(:]/.test(line))
}
