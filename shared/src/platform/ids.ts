/**
 * Ids of related documents. A relationship reads back as a bare id (number or string) at depth 0 and as the
 * document itself once populated; these give the id either way.
 */
export type Id = number | string

/** The id of a relation value: the value itself when it is an id, the `id` of a populated document; undefined for anything else (null, missing). */
export function idOf(value: unknown): Id | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** The id of a relation value as text, for map keys and comparisons across number and string ids; undefined when it has none. */
export function idKey(value: unknown): string | undefined {
  const id = idOf(value)
  return id === undefined ? undefined : String(id)
}

/** The ids of a relation that may hold one value or many, leaving out empty ones. */
export function idsOf(value: unknown): Id[] {
  return (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is Id => id !== undefined && id !== '')
}
