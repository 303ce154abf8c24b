/** Staff roles, from the widest to the narrowest. */
export const ROLES = ['admin', 'editor', 'operator'] as const
export type Role = (typeof ROLES)[number]

/** Who asks: a signed-in staff role, or an anonymous reader (the public site, a citizen, a stranger). */
export type Actor = Role | 'anonymous'
export const ACTORS: readonly Actor[] = ['anonymous', 'operator', 'editor', 'admin']

/**
 * What an actor may do with a collection. Publish and unpublish are operations of their own: `update`
 * lets a person save drafts, only `publish` lets them change what the public sees. `cancel` is staff
 * cancelling a sign-up on the person's behalf, with a reason, through the sign-up service; `erase` is staff
 * erasing a person's data from their sign-ups (the anonymous records stay, so counts stay right).
 */
export const OPERATIONS = ['read', 'readVersions', 'create', 'update', 'delete', 'publish', 'unpublish', 'unlock', 'cancel', 'erase'] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * The extent of a permission:
 * - `all`: every document;
 * - `own`: documents of the operator's assigned neighbourhoods (every neighbourhood of the document must be theirs to write it);
 * - `self`: the user's own account;
 * - `published`: published documents only;
 * - `public-files`: files a published document uses, or that staff marked public;
 * - `own-files`: to update, files used only by documents of the operator's neighbourhoods (or an unused file they uploaded); to delete, only an unused file they uploaded;
 * - `none` (and any cell left out): nothing.
 */
export type Scope = 'all' | 'own' | 'self' | 'published' | 'public-files' | 'own-files' | 'none'

export interface CollectionRules {
  /** Where a document names its neighbourhood(s): `neighbourhood`, `neighbourhoods`, or `id` for neighbourhoods themselves. */
  neighbourhoodPath?: string
  /** The same path inside a stored version (`version.neighbourhood`, or `parent` for neighbourhoods). */
  versionNeighbourhoodPath?: string
  ops: Partial<Record<Operation, Partial<Record<Actor, Scope>>>>
  /** The only top-level fields an actor may change; an actor left out may change every field its `update` cell allows. */
  writableFields?: Partial<Record<Actor, readonly string[]>>
  /** Relationships an operator may point only at documents of their own neighbourhoods (field → collection). */
  ownReferences?: Record<string, string>
}

const STAFF_ALL: Partial<Record<Actor, Scope>> = { operator: 'all', editor: 'all', admin: 'all' }
const EDITORS: Partial<Record<Actor, Scope>> = { editor: 'all', admin: 'all' }
const OPERATORS_OWN: Partial<Record<Actor, Scope>> = { operator: 'own', editor: 'all', admin: 'all' }
const PUBLIC_READ: Partial<Record<Actor, Scope>> = { anonymous: 'published', ...STAFF_ALL }

/** Public content that operators draft in their neighbourhoods and editors publish. */
function draftedInNeighbourhoods(path: 'neighbourhood' | 'neighbourhoods', ownReferences?: Record<string, string>): CollectionRules {
  return {
    neighbourhoodPath: path,
    versionNeighbourhoodPath: `version.${path}`,
    ops: { read: PUBLIC_READ, readVersions: OPERATORS_OWN, create: OPERATORS_OWN, update: OPERATORS_OWN, delete: EDITORS, publish: EDITORS, unpublish: EDITORS },
    ownReferences,
  }
}

/**
 * The access matrix: role × collection × operation. The one place where access is decided; every
 * collection's `access`, its publication checks and its field checks are built from it
 * (`apply-access-matrix.ts`), and `access-matrix.int.test.ts` walks every cell.
 */
export const ACCESS_MATRIX: Record<string, CollectionRules> = {
  neighbourhoods: {
    neighbourhoodPath: 'id',
    versionNeighbourhoodPath: 'parent',
    ops: { read: PUBLIC_READ, readVersions: OPERATORS_OWN, create: EDITORS, update: OPERATORS_OWN, delete: EDITORS, publish: EDITORS, unpublish: EDITORS },
  },
  laboratories: draftedInNeighbourhoods('neighbourhood'),
  events: draftedInNeighbourhoods('neighbourhood', { laboratory: 'laboratories' }),
  organizations: {
    ...draftedInNeighbourhoods('neighbourhoods'),
    // Organisations work across neighbourhoods: staff may read the history of any of them.
    ops: { ...draftedInNeighbourhoods('neighbourhoods').ops, readVersions: STAFF_ALL },
  },
  pacts: draftedInNeighbourhoods('neighbourhoods', { laboratory: 'laboratories' }),
  projects: draftedInNeighbourhoods('neighbourhood', { pact: 'pacts' }),
  indicators: draftedInNeighbourhoods('neighbourhoods', { pact: 'pacts', project: 'projects' }),
  results: draftedInNeighbourhoods('neighbourhoods'),
  grants: {
    ops: { read: PUBLIC_READ, readVersions: STAFF_ALL, create: EDITORS, update: EDITORS, delete: EDITORS, publish: EDITORS, unpublish: EDITORS },
  },
  // Sign-ups: personal data. Created and moved between statuses only by the sign-up service; what a
  // citizen entered is read-only for everyone, staff only record attendance and cancel on the person's behalf.
  registrations: {
    neighbourhoodPath: 'neighbourhood',
    ops: { read: OPERATORS_OWN, update: OPERATORS_OWN, delete: EDITORS, cancel: OPERATORS_OWN, erase: OPERATORS_OWN },
    writableFields: { operator: ['attendance'], editor: ['attendance'], admin: ['attendance'] },
  },
  // Head counts of meetings: written by the attendance roster's endpoints, read through them (src/signups/roster.ts).
  'meeting-attendance': { ops: {} },
  // Seats in use: written by the sign-up service only, never through an API.
  'seat-claims': { ops: {} },
  media: {
    ops: {
      read: { anonymous: 'public-files', ...STAFF_ALL },
      create: STAFF_ALL,
      update: { operator: 'own-files', editor: 'all', admin: 'all' },
      // An operator removes only an unused file they uploaded: deleting one in use would change published documents unreviewed.
      delete: { operator: 'own-files', editor: 'all', admin: 'all' },
    },
  },
  // Which document uses which file: kept by hooks (src/media/track-media-use.ts), never through an API.
  'media-uses': { ops: {} },
  // Former slugs of published documents: kept by a hook (src/platform/permalinks), read only by its redirect endpoint.
  'slug-history': { ops: {} },
  users: {
    ops: {
      read: { operator: 'self', editor: 'self', admin: 'all' },
      create: { admin: 'all' },
      update: { operator: 'self', editor: 'self', admin: 'all' },
      delete: { admin: 'all' },
      unlock: { admin: 'all' },
    },
    // Staff change their own name, e-mail and password; only administrators change roles and neighbourhoods.
    writableFields: { operator: ['name', 'email', 'password'], editor: ['name', 'email', 'password'] },
  },
}

/** Globals: read by everyone, changed by administrators. */
export const GLOBAL_MATRIX: Record<string, { read: Partial<Record<Actor, Scope>>; update: Partial<Record<Actor, Scope>> }> = {
  settings: { read: { anonymous: 'all', ...STAFF_ALL }, update: { admin: 'all' } },
}

/** The cell for an actor, an operation and a collection; `none` where the matrix says nothing (deny by default). */
export function scopeOf(collection: string, operation: Operation, actor: Actor): Scope {
  return ACCESS_MATRIX[collection]?.ops[operation]?.[actor] ?? 'none'
}

const CELL: Record<Scope, string> = { all: 'all', own: 'own', self: 'self', published: 'published', 'public-files': 'public files', 'own-files': 'own files', none: '—' }

/** The matrix as docs/access.md shows it: one row per collection, each cell "anonymous · operator · editor · admin". */
export function matrixTable(): string {
  const header = `| collection | ${OPERATIONS.join(' | ')} |`
  const rule = `|---|${OPERATIONS.map(() => '---').join('|')}|`
  const rows = Object.keys(ACCESS_MATRIX).map((slug) => `| ${slug} | ${OPERATIONS.map((op) => ACTORS.map((actor) => CELL[scopeOf(slug, op, actor)]).join(' · ')).join(' | ')} |`)
  const fields = Object.entries(ACCESS_MATRIX).flatMap(([slug, rules]) =>
    Object.entries(rules.writableFields ?? {}).map(([actor, names]) => `- ${slug}, ${actor}: may change only ${names!.join(', ')}`),
  )
  return [header, rule, ...rows, '', ...fields].join('\n')
}
