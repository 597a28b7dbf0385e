/**
 * `npm run lint`: the house rules as checks, fastest first, stopping at the first that fails —
 * ESLint (type-checked rules, JSDoc on exports, the import rules) with no warnings allowed,
 * Prettier's check (Astro files too), `astro check`, and Knip (unused files, exports and
 * dependencies).
 */
import path from 'node:path'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const steps: [string, string, string[]][] = [
  ['ESLint', bin('eslint'), ['--max-warnings', '0', '.']],
  ['Prettier', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['astro check', bin('astro'), ['check', '--minimumSeverity', 'warning']],
  ['Knip', bin('knip'), ['--no-progress']],
]

for (const [name, command, args] of steps) {
  console.log(`▶ ${name}`)
  try {
    await run(command, args, process.env)
  } catch {
    console.error(`✗ lint stopped at ${name}: fix what it printed above.`)
    process.exit(1)
  }
}
console.log('lint: every check passed')
