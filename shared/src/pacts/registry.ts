import { PACT_KINDS, PUBLIC_PACT_STATUSES, type PactKind, type PublicPactStatus } from './pact.ts'

/** Lower case, without accents, punctuation as spaces: "Perché l'Orto?" → "perche l orto". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a search, normalised; at most 12 are used. */
export function queryTerms(query: string): string[] {
  return [...new Set(normalizeText(query).split(' ').filter(Boolean))].slice(0, 12)
}

/** Whether every term occurs in the (normalised) text: word starts and inner parts alike. */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!normalizedText.includes(term)) return false
  return true
}

export const PACT_SORTS = ['recenti', 'meno-recenti', 'codice', 'titolo'] as const
export type PactSort = (typeof PACT_SORTS)[number]

export interface PactFilters {
  q?: string
  neighbourhood?: string
  status?: PublicPactStatus
  year?: number
  kind?: PactKind
  sort: PactSort
  page: number
}

export const MAX_QUERY_LENGTH = 200

/** Why the registry's URL was refused, for a 400 page. */
export type FilterError = 'q' | 'quartiere' | 'stato' | 'anno' | 'tipo' | 'ordina' | 'pagina'

/**
 * The registry's state from its URL (`q`, `quartiere`, `stato`, `anno`, `tipo`, `ordina`, `pagina`); empty
 * values mean "any". Returns the first malformed parameter instead when there is one.
 */
export function pactFilters(params: URLSearchParams): PactFilters | { error: FilterError } {
  const get = (name: string) => {
    const value = params.get(name)
    return value === null || value.trim() === '' ? undefined : value.trim()
  }
  const q = get('q')
  if (q !== undefined && q.length > MAX_QUERY_LENGTH) return { error: 'q' }
  const neighbourhood = get('quartiere')
  if (neighbourhood !== undefined && !/^[a-z0-9-]{1,120}$/.test(neighbourhood)) return { error: 'quartiere' }
  const status = get('stato')
  if (status !== undefined && !(PUBLIC_PACT_STATUSES as readonly string[]).includes(status)) return { error: 'stato' }
  const yearRaw = get('anno')
  if (yearRaw !== undefined && (!/^\d{4}$/.test(yearRaw) || Number(yearRaw) < 1990 || Number(yearRaw) > 2100)) return { error: 'anno' }
  const kind = get('tipo')
  if (kind !== undefined && !(PACT_KINDS as readonly string[]).includes(kind)) return { error: 'tipo' }
  const sort = get('ordina') ?? 'recenti'
  if (!(PACT_SORTS as readonly string[]).includes(sort)) return { error: 'ordina' }
  const pageRaw = get('pagina') ?? '1'
  if (!/^\d{1,5}$/.test(pageRaw) || Number(pageRaw) < 1) return { error: 'pagina' }
  return {
    q,
    neighbourhood,
    status: status as PublicPactStatus | undefined,
    year: yearRaw === undefined ? undefined : Number(yearRaw),
    kind: kind as PactKind | undefined,
    sort: sort as PactSort,
    page: Number(pageRaw),
  }
}

/** The query string for filters (page and default sort left out), for links that keep the state. */
export function pactQuery(filters: Partial<PactFilters>, overrides: Partial<PactFilters> = {}): string {
  const f = { ...filters, ...overrides }
  const params = new URLSearchParams()
  if (f.q) params.set('q', f.q)
  if (f.neighbourhood) params.set('quartiere', f.neighbourhood)
  if (f.status) params.set('stato', f.status)
  if (f.year) params.set('anno', String(f.year))
  if (f.kind) params.set('tipo', f.kind)
  if (f.sort && f.sort !== 'recenti') params.set('ordina', f.sort)
  if (f.page && f.page > 1) params.set('pagina', String(f.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** One field of a published version that differs from the previous published version. */
export interface FieldChange {
  field: string
  from: string
  to: string
}

/** One entry of a pact's public history: when a version was published, and what it changed. */
export interface HistoryEntry {
  publishedAt: string
  first: boolean
  changes: FieldChange[]
}

/**
 * The public history from published versions, oldest first, each flattened to field → text: an entry for
 * the first publication, then one per later publication that changed something public.
 */
export function publicHistory(versions: ReadonlyArray<{ publishedAt: string; fields: Record<string, string> }>): HistoryEntry[] {
  const sorted = [...versions].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
  const entries: HistoryEntry[] = []
  let previous: Record<string, string> | null = null
  for (const version of sorted) {
    if (previous === null) {
      entries.push({ publishedAt: version.publishedAt, first: true, changes: [] })
    } else {
      const changes: FieldChange[] = []
      for (const field of new Set([...Object.keys(previous), ...Object.keys(version.fields)])) {
        const from = previous[field] ?? ''
        const to = version.fields[field] ?? ''
        if (from !== to) changes.push({ field, from, to })
      }
      if (changes.length > 0) entries.push({ publishedAt: version.publishedAt, first: false, changes })
    }
    previous = version.fields
  }
  return entries
}
