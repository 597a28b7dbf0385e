import type { Manifest } from './manifest.ts'

/** The CMS tables worth naming in a summary: the collections editors work with. */
const cmsCollections = [
  'flows',
  'lessons',
  'courses',
  'videos',
  'checklists',
  'faqs',
  'media',
  'video_files',
  'caption_files',
  'users',
]

/** One line per database and one for the files: what an archive holds, for people. */
export function describeContents(manifest: Manifest): string[] {
  const lines = manifest.databases.map((database) => {
    const counts =
      database.name === 'tracking'
        ? `${database.tables.events ?? 0} events`
        : cmsCollections
            .filter((table) => table in database.tables)
            .map((table) => `${database.tables[table]} ${table}`)
            .join(', ')
    return `${database.name} database (SQLite snapshot, ${database.path}): ${counts}`
  })
  const databaseFiles = new Set(manifest.databases.map((database) => database.path))
  const others = manifest.files.filter((file) => !databaseFiles.has(file.path))
  const folders = new Map<string, number>()
  const loose: string[] = []
  for (const file of others) {
    const parts = file.path.split('/').slice(1)
    if (parts.length > 1) folders.set(parts[0]!, (folders.get(parts[0]!) ?? 0) + 1)
    else loose.push(parts[0]!)
  }
  const folderText = [...folders].map(([folder, count]) => `${count} in ${folder}/`)
  lines.push(`${others.length} other files: ${[...folderText, ...loose].join(', ') || 'none'}`)
  return lines
}
