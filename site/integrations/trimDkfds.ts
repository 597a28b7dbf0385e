import type { Plugin } from 'vite'

/**
 * Drops DKFDS's own @font-face rules (every weight, in four formats, with every script):
 * site/styles/fonts.css declares the few Latin weights the site uses instead.
 */
export function trimDkfds(): Plugin {
  return {
    name: 'jobunivers:trim-dkfds',
    enforce: 'pre',
    transform(code, id) {
      if (!/dkfds\/dist\/css\/dkfds[^/]*\.css/.test(id)) return null
      return { code: code.replace(/@font-face\s*\{[^}]*\}/g, ''), map: null }
    },
  }
}
