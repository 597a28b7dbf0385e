import type { Payload } from 'payload'
import type { Role } from '../../../content-models/index.ts'
import { uniqueSlug } from '../fixtures.ts'

type Doc = { id: string | number } & Record<string, unknown>

/** The municipality with this code, created by the system unless the database has it already. */
export async function ensureMunicipality(
  payload: Payload,
  code: string,
  name: string,
): Promise<Doc> {
  const { docs } = await payload.find({
    collection: 'municipalities',
    where: { code: { equals: code } },
    limit: 1,
  })
  if (docs[0]) return docs[0] as unknown as Doc
  return (await payload.create({
    collection: 'municipalities',
    data: { name, code, contact: { phone: '70 00 00 00', email: `jobcenter-${code}@example.org` } },
  })) as unknown as Doc
}

/** A user of this role working for a municipality (or national staff with `null`). */
export async function createStaff(
  payload: Payload,
  role: Role,
  municipality: Doc['id'] | null,
): Promise<Doc> {
  return (await payload.create({
    collection: 'users',
    data: {
      email: `${uniqueSlug(role)}@test.local`,
      password: 'correct-horse-battery',
      role,
      municipality: municipality as number | null,
    },
  })) as unknown as Doc
}

/**
 * Signs in one new user per actor of a scope matrix: `admin`, or `<scope> <role>` such as
 * `Thisted editor` (the scope's municipality from `municipality`, `national` for none); the
 * `anonymous` actor gets no user.
 */
export async function signInActors<Actor extends string>(
  payload: Payload,
  actors: readonly Actor[],
  municipality: Record<string, Doc['id'] | null>,
): Promise<Record<Actor, { user?: Doc; token?: string }>> {
  const callers = {} as Record<Actor, { user?: Doc; token?: string }>
  for (const actor of actors) {
    if (actor === 'anonymous') {
      callers[actor] = {}
      continue
    }
    const [where = 'national', role] = actor === 'admin' ? ['national', 'admin'] : actor.split(' ')
    const user = await createStaff(payload, role as Role, municipality[where] ?? null)
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email as string, password: 'correct-horse-battery' },
    })
    callers[actor] = { user, token }
  }
  return callers
}
