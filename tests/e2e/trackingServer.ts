import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { trackingReadToken } from './trackingEnv.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * A tracking API a test starts and stops itself (real server, real SQLite file), to show what
 * the site does while the API is down. The file survives a restart, as in production.
 */
export class TrackingServer {
  readonly url: string
  readonly port: number
  readonly db: string
  readonly origin: string
  private child: ChildProcess | null = null
  constructor(port: number, db: string, origin: string) {
    this.port = port
    this.db = db
    this.origin = origin
    this.url = `http://127.0.0.1:${port}`
  }

  /** Deletes the database file (before the first start). */
  fresh(): void {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.db}${suffix}`, { force: true })
  }

  /** Starts the server and waits until it answers /healthz. */
  async start(): Promise<void> {
    this.child = spawn(`${root}node_modules/.bin/node`, ['tracking/server.ts'], {
      cwd: root,
      stdio: 'ignore',
      env: {
        ...process.env,
        TRACKING_PORT: String(this.port),
        TRACKING_DATABASE_URL: `sqlite:${this.db}`,
        TRACKING_ALLOWED_ORIGINS: this.origin,
        TRACKING_RATE_LIMIT: '0',
        TRACKING_READ_TOKEN: trackingReadToken,
        TRACKING_LOG_LEVEL: 'warn',
      },
    })
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`tracking API on ${this.url} did not start`)
  }

  /** Stops the server (SIGTERM) and waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.child
    this.child = null
    if (!child || child.exitCode !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  }
}
