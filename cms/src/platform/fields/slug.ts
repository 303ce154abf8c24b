import type { Field } from 'payload'
import { isSlug, slugify } from '@quartieri/shared/platform/slug'

/** The page address of a document: unique, made from `from` (the title or name) when left empty; `description` helps staff in the admin. */
export function slugField(from: string, description?: { it: string; en: string }): Field {
  return {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    maxLength: 120,
    label: { it: 'Slug (indirizzo della pagina)', en: 'Slug (page address)' },
    admin: { position: 'sidebar', ...(description ? { description } : {}) },
    hooks: { beforeValidate: [({ value, siblingData }) => (value ? value : typeof siblingData?.[from] === 'string' ? slugify(siblingData[from] as string) : value)] },
    validate: (value: unknown) => (typeof value === 'string' && isSlug(value) ? true : 'Solo lettere minuscole, cifre e trattini / lower-case letters, digits and hyphens only'),
  }
}

/** The words of a Lexical rich-text value, for search. */
export function lexicalPlainText(value: unknown): string {
  const words: string[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
    if (typeof text === 'string') words.push(text)
    if (root) walk(root)
    if (Array.isArray(children)) {
      for (const child of children) walk(child)
      words.push(' ')
    }
  }
  walk(value)
  return words.join('').replace(/\s+/g, ' ').trim()
}
