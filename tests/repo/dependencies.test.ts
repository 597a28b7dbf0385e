import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

type KnipIssue = { file: string } & Record<string, unknown>

/** Knip's JSON report, as `npx knip` prints it for the dependency checks only. */
function knipDependencyReport(): KnipIssue[] {
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'knip'),
    [
      '--include',
      'dependencies,unlisted,unresolved,binaries',
      '--no-progress',
      '--reporter',
      'json',
    ],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  )
  if (result.error) throw result.error
  const report = JSON.parse(result.stdout) as { issues: KnipIssue[] }
  return report.issues
}

/** Each finding as one line: "<file>: <kind> <name>". */
function findings(issues: KnipIssue[]): string[] {
  return issues.flatMap((issue) =>
    Object.entries(issue)
      .filter(([, value]) => Array.isArray(value))
      .flatMap(([kind, value]) =>
        (value as { name: string }[]).map((item) => `${issue.file}: ${kind} ${item.name}`),
      ),
  )
}

test('every imported package is declared in package.json, and every declared one is used', () => {
  expect(findings(knipDependencyReport())).toEqual([])
})
