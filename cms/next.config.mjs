import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The admin lives in cms/ while package.json sits at the root: tell Next where the workspace is. */
const nextConfig = {
  turbopack: { root: projectRoot },
  outputFileTracingRoot: projectRoot,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
