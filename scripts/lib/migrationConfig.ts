/**
 * The Payload configuration `npm run migrate:create` hands to `payload migrate:create`: the
 * CMS's own (cms/payload.config.ts), with the migrations written into
 * `<JOBUNIVERS_MIGRATIONS_DIR>/<dialect>/` when that is set (tests use a copy of cms/migrations),
 * else into cms/migrations/<dialect>/ as always.
 */
import path from 'node:path'
import config from '../../cms/payload.config.ts'

const resolved = await config
const base = process.env.JOBUNIVERS_MIGRATIONS_DIR
if (base) {
  const init = resolved.db.init
  resolved.db.init = (args) => {
    const adapter = init(args)
    adapter.migrationDir = path.join(path.resolve(base), path.basename(adapter.migrationDir))
    return adapter
  }
}

export default resolved
