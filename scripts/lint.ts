/**
 * `npm run lint`: the house rules as checks, fastest first, stopping at the first that fails —
 * jscpd (no block of six or more lines written twice), Prettier's check (Astro files too), Knip
 * (unused files, exports and dependencies), `astro check`, and ESLint (type-checked rules, JSDoc
 * on exports, the import rules) with no warnings allowed.
 */
import path from 'node:path'
import { run } from './lib/children.ts'
import { root } from './lib/cmsFromEnv.ts'

const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
// Each tool runs on this Node (24), not on whatever `node` its script's shebang finds first.
const steps: [string, string, string[]][] = [
  // Six or more lines written twice (.jscpd.json); each such pair becomes one piece.
  ['jscpd', bin('jscpd'), ['--no-colors', '.']],
  ['Prettier', bin('prettier'), ['--check', '--log-level', 'warn', '.']],
  ['Knip', bin('knip'), ['--no-progress']],
  ['astro check', bin('astro'), ['check', '--minimumSeverity', 'warning']],
  ['ESLint', bin('eslint'), ['--max-warnings', '0', '.']],
]

for (const [name, command, args] of steps) {
  console.log(`▶ ${name}`)
  try {
    await run(process.execPath, [command, ...args], process.env)
  } catch {
    console.error(`✗ lint stopped at ${name}: fix what it printed above.`)
    process.exit(1)
  }
}
console.log('lint: every check passed')
