import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSampleMunicipalities, SampleContentError } from '../../sample-content/index.ts'

const folders: string[] = []
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
})

/** A content folder holding only this `municipalities.md` (or none). */
function folderWith(frontMatter?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'municipalities-'))
  folders.push(dir)
  if (frontMatter !== undefined) {
    fs.writeFileSync(path.join(dir, 'municipalities.md'), `---\n${frontMatter}---\n`)
  }
  return dir
}

/** The fields of the problems reading the folder reports (fails when it reads cleanly). */
function problemFields(dir: string): string[] {
  try {
    readSampleMunicipalities(dir)
  } catch (error) {
    if (error instanceof SampleContentError) return error.problems.map((p) => p.field)
    throw error
  }
  throw new Error('read without problems')
}

const thisted = (code: string) =>
  `  - name: "Thisted Kommune"\n    code: "${code}"\n    contact:\n      phone: "70 00 00 03"\n`

describe('readSampleMunicipalities', () => {
  it('reads none when the file is left out', () => {
    expect(readSampleMunicipalities(folderWith())).toEqual([])
  })

  it('reads the municipalities with their contact', () => {
    const read = readSampleMunicipalities(folderWith(`municipalities:\n${thisted('787')}`))
    expect(read).toEqual([
      { name: 'Thisted Kommune', code: '787', contact: { phone: '70 00 00 03' } },
    ])
  })

  it('refuses a code that is not three digits, and two municipalities with one code', () => {
    expect(problemFields(folderWith(`municipalities:\n${thisted('78')}`))).toEqual([
      'municipalities.0.code',
    ])
    const twice = `municipalities:\n${thisted('787')}${thisted('787')}`
    expect(problemFields(folderWith(twice))).toEqual(['municipalities'])
  })
})
