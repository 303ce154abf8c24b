import type { Field } from 'payload'
import { idOf, type Id } from '@quartieri/shared/platform/ids'

/** The collection whose files these helpers follow. */
export const MEDIA_SLUG = 'media' as const

const pointsAtMedia = (relationTo: string | string[]) => (Array.isArray(relationTo) ? relationTo.includes(MEDIA_SLUG) : relationTo === MEDIA_SLUG)

/** True when the fields can hold a file: an upload or relationship to media, or rich text (which can embed uploads). */
export function canReferenceMedia(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'upload' || field.type === 'relationship') return pointsAtMedia(field.relationTo)
    if (field.type === 'richText') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => canReferenceMedia(tab.fields))
    if (field.type === 'blocks') return (field.blocks ?? []).some((block) => canReferenceMedia(block.fields))
    if ('fields' in field && Array.isArray(field.fields)) return canReferenceMedia(field.fields)
    return false
  })
}

/** A relationship value to media: an id, a populated document, or `{ relationTo, value }` for polymorphic ones. */
function mediaIdOf(value: unknown, polymorphic: boolean): Id | null {
  if (!polymorphic) return idOf(value) ?? null
  if (typeof value !== 'object' || value === null) return null
  const { relationTo, value: inner } = value as { relationTo?: unknown; value?: unknown }
  return relationTo === MEDIA_SLUG ? (idOf(inner) ?? null) : null
}

/** Files embedded in a Lexical rich-text value (upload nodes). */
function mediaInRichText(node: unknown, found: Id[]): void {
  if (Array.isArray(node)) {
    for (const child of node) mediaInRichText(child, found)
    return
  }
  if (typeof node !== 'object' || node === null) return
  const { type, relationTo, value } = node as { type?: unknown; relationTo?: unknown; value?: unknown }
  if (type === 'upload' && relationTo === MEDIA_SLUG) {
    const id = idOf(value)
    if (id !== undefined) found.push(id)
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'value' && typeof child === 'object') mediaInRichText(child, found)
  }
}

function collect(fields: Field[], data: unknown, found: Id[]): void {
  if (typeof data !== 'object' || data === null) return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) collect(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, found)
      continue
    }
    if (!('name' in field) || !field.name) {
      // Rows and collapsibles keep their fields at the level of their parent.
      if ('fields' in field && Array.isArray(field.fields)) collect(field.fields, record, found)
      continue
    }
    const value = record[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'upload' || field.type === 'relationship') {
      if (!pointsAtMedia(field.relationTo)) continue
      const polymorphic = Array.isArray(field.relationTo)
      for (const item of Array.isArray(value) ? value : [value]) {
        const id = mediaIdOf(item, polymorphic)
        if (id !== null) found.push(id)
      }
    } else if (field.type === 'richText') {
      mediaInRichText(value, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) collect(field.fields, row, found)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        const block = (field.blocks ?? []).find((b) => b.slug === (row as { blockType?: unknown })?.blockType)
        if (block) collect(block.fields, row, found)
      }
    } else if (field.type === 'group') {
      collect(field.fields, value, found)
    }
  }
}

/** The ids of the files a document refers to, each once, in the order they appear. */
export function mediaIdsIn(fields: Field[], doc: unknown): Id[] {
  const found: Id[] = []
  collect(fields, doc, found)
  const seen = new Set<string>()
  return found.filter((id) => !seen.has(String(id)) && seen.add(String(id)))
}

/**
 * The neighbourhoods a document belongs to: a neighbourhood itself, or its `neighbourhoods` or
 * `neighbourhood` relationship. An empty list means the document belongs to no neighbourhood (city-wide).
 */
export function neighbourhoodIdsOf(collection: string, doc: Record<string, unknown>): Id[] {
  if (collection === 'neighbourhoods') return doc.id === undefined ? [] : [doc.id as Id]
  const value = doc.neighbourhoods ?? doc.neighbourhood
  const ids = (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is Id => id !== undefined)
  return [...new Map(ids.map((id) => [String(id), id])).values()]
}
