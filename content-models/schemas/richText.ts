import { z } from 'zod'

/** A Lexical node as stored by Payload's rich text editor (checked loosely: type and children). */
export type LexicalNode = { type: string; children?: LexicalNode[]; [field: string]: unknown }

const lexicalNode: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({ type: z.string(), children: z.array(lexicalNode).optional() }),
)

/** Rich text as Lexical JSON, the shape Payload stores and the site renders. */
export const richText = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNode) }),
})
/** Rich text as Lexical JSON. */
export type RichText = z.infer<typeof richText>
