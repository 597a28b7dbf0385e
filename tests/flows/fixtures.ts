import { readFileSync } from 'node:fs'
import type { Flow } from '../../content-models/index.ts'
import type { FlowCatalog, FlowProblem } from '../../flows/index.ts'
import type { PatchOperation } from './patch.ts'

const read = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

/** A flow for new dagpenge recipients that uses every feature and validates clean. */
export const validFlow = read('valid-flow.json') as Flow

/** The published documents `validFlow` points at. */
export const catalog = read('catalog.json') as FlowCatalog

/** One fault per case: a change to `validFlow` (and maybe the catalog) and the problems it must cause. */
export type FaultCase = {
  behaviour: string
  patch: PatchOperation[]
  catalogPatch?: PatchOperation[]
  problems: FlowProblem[]
}
export const faultCases = read('faults.json') as FaultCase[]
