import { backends } from './helpers/backends.ts'
import { describeStoreContract } from './storeContract.ts'

for (const backend of backends) describeStoreContract(backend.name, backend.skip, backend.make)
