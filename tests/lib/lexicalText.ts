/** A Lexical text node as Payload's editor serializes it; `format` is Lexical's bit mask (1 bold, 2 italic). */
export const lexicalText = (value: string, format = 0) => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
})
