import { isSlug } from './slug.ts'

/**
 * Permanent links: the collections whose published documents have a page of their own on the public site, and
 * the first segment of that page's path. A slug such a document was published with keeps leading to it after
 * the slug changes (the CMS remembers it, the site answers the old address with a 301).
 */
export const PERMALINK_PATHS = {
  neighbourhoods: 'quartieri',
  laboratories: 'laboratori',
  events: 'eventi',
  pacts: 'patti',
  projects: 'progetti',
  results: 'risultati',
} as const

export type PermalinkCollection = keyof typeof PERMALINK_PATHS

export const PERMALINK_COLLECTIONS = Object.keys(PERMALINK_PATHS) as PermalinkCollection[]

export const isPermalinkCollection = (value: unknown): value is PermalinkCollection => typeof value === 'string' && Object.hasOwn(PERMALINK_PATHS, value)

/** What a pact's code may be in an address: letters, digits, dots, dashes and underscores (PC-2024-002). */
export const PACT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/

const COLLECTION_OF_SEGMENT = new Map<string, PermalinkCollection>(Object.entries(PERMALINK_PATHS).map(([collection, segment]) => [segment, collection as PermalinkCollection]))

/**
 * What follows a document's slug in the addresses that name it: nothing (its page), its JSON, its calendar, or a
 * neighbourhood's calendar.
 */
const SUFFIXES = ['', '.json', '.ics', '/eventi.ics'] as const

/** A request for a document's address: which collection, the slug (or pact code) it names, and what follows. */
export interface PermalinkRequest {
  collection: PermalinkCollection
  /** A slug, or (for pacts) perhaps a code. */
  name: string
  suffix: (typeof SUFFIXES)[number]
}

/**
 * The document an unprefixed route path names, when it is one of the document addresses: '/patti/x.json' →
 * { pacts, 'x', '.json' }. Null for any other path and for names no slug or code can be (so that a stray path
 * never costs a question to the CMS).
 */
export function permalinkRequest(route: string): PermalinkRequest | null {
  const match = /^\/([a-z]+)\/([^/]+?)(\.json|\.ics|\/eventi\.ics)?$/.exec(route)
  if (!match) return null
  const collection = COLLECTION_OF_SEGMENT.get(match[1]!)
  if (!collection) return null
  const name = match[2]!
  const suffix = (match[3] ?? '') as PermalinkRequest['suffix']
  if (!isSlug(name) && !(collection === 'pacts' && PACT_CODE_PATTERN.test(name))) return null
  return { collection, name, suffix }
}

/** The unprefixed path of a document's address with another slug: the same collection and suffix. */
export function permalinkPath(request: PermalinkRequest, slug: string): string {
  return `/${PERMALINK_PATHS[request.collection]}/${slug}${request.suffix}`
}
