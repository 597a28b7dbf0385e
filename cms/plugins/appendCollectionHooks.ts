import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  TypeWithID,
} from 'payload'

/** The publication hooks a plugin adds after a collection's own. */
type PublicationHooks<Doc extends TypeWithID> = {
  afterChange: CollectionAfterChangeHook<Doc>
  afterDelete: CollectionAfterDeleteHook<Doc>
}

/**
 * The config's collections, with `hooks` appended to those in `slugs` (after their own hooks and
 * those of plugins listed earlier), the others unchanged.
 */
export function appendCollectionHooks<Doc extends TypeWithID>(
  config: Config,
  slugs: readonly string[],
  hooks: PublicationHooks<Doc>,
): NonNullable<Config['collections']> {
  return (config.collections ?? []).map((collection) =>
    slugs.includes(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
          },
        }
      : collection,
  )
}
