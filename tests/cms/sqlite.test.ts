import { cmsContract } from './suite.ts'

cmsContract('sqlite')
