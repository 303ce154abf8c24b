import {
  APIError,
  type Access,
  type AccessArgs,
  type AccessResult,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  type GlobalConfig,
  type PayloadRequest,
  type Where,
} from 'payload'
import { ACCESS_MATRIX, GLOBAL_MATRIX, scopeOf, type Actor, type CollectionRules, type Operation, type Scope } from './matrix.ts'
import { MEDIA_SCOPES } from '../../media/media-scopes.ts'
import { assignedNeighbourhoodIds, roleOf } from './roles.ts'
import { idOf } from '@quartieri/shared/platform/ids'

type Id = number | string
type Doc = Record<string, unknown>

export const actorOf = (user: PayloadRequest['user']): Actor => roleOf(user) ?? 'anonymous'

/** A refusal the client sees as is (403), in Italian and English, with a reason code for programs. */
export class AccessDeniedError extends APIError {
  constructor(it: string, en: string, reason: string, field?: string) {
    super(`${it} / ${en}`, 403, { reason, ...(field ? { field } : {}) }, true)
    // Set explicitly: minified builds lose class names, and Payload formats errors by name.
    this.name = 'AccessDeniedError'
  }
}

/** Refusal of a publication change: it tells the operator what to do instead. */
export class PublishForbiddenError extends AccessDeniedError {
  constructor(unpublish = false) {
    super(
      unpublish
        ? 'Solo la redazione e gli amministratori possono ritirare un contenuto pubblicato'
        : 'Solo la redazione e gli amministratori possono pubblicare: salva come bozza, la redazione la rivede e la pubblica',
      unpublish ? 'Only editors and administrators can unpublish' : 'Only editors and administrators can publish: save a draft, editors review and publish it',
      unpublish ? 'unpublish-forbidden' : 'publish-forbidden',
    )
    this.name = 'PublishForbiddenError'
  }
}

/** A relation value's id, or the value itself when it holds none (so an unreadable value matches no neighbourhood). */
const idOrValue = (value: unknown): unknown => idOf(value) ?? value
const idsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]).map(idOrValue).filter((id) => id !== undefined && id !== null && id !== '')

/** Turns one cell of the matrix into what Payload expects: a yes, a no, or a query the documents must match. */
function resolveScope(scope: Scope, args: AccessArgs, path: string | undefined, operation: Operation): AccessResult | Promise<AccessResult> {
  const { req } = args
  switch (scope) {
    case 'all':
      return true
    case 'published':
      return { _status: { equals: 'published' } }
    case 'self':
      return req.user ? { id: { equals: req.user.id } } : false
    case 'own': {
      const ids = assignedNeighbourhoodIds(req.user)
      if (ids.length === 0 || !path) return false
      // A new document has no neighbourhood yet to match: the write check below looks at the one it names.
      return operation === 'create' ? true : { [path]: { in: ids } }
    }
    case 'public-files':
      return MEDIA_SCOPES.publicFiles(args)
    case 'own-files':
      if (operation === 'update' || operation === 'delete') return MEDIA_SCOPES.ownFiles[operation](args)
      return false
    case 'none':
      return false
  }
}

function accessFor(slug: string, operation: Operation, rules: CollectionRules): Access {
  const path = operation === 'readVersions' ? rules.versionNeighbourhoodPath : rules.neighbourhoodPath
  return (args) => resolveScope(scopeOf(slug, operation, actorOf(args.req.user)), args, path, operation)
}

/**
 * Whether the matrix lets this user do `operation` on one stored document: for the operations a custom
 * endpoint carries out (a staff cancellation), where no Payload access function is called.
 */
export function mayOnDocument(slug: string, operation: Operation, user: PayloadRequest['user'], doc: Doc): boolean {
  const scope = scopeOf(slug, operation, actorOf(user))
  if (scope === 'all') return true
  if (scope !== 'own') return false
  const path = ACCESS_MATRIX[slug]?.neighbourhoodPath
  if (!path) return false
  const mine = new Set(assignedNeighbourhoodIds(user).map(String))
  const theirs = idsOf(path === 'id' ? doc.id : doc[path]).map(String)
  return theirs.length > 0 && theirs.every((id) => mine.has(id))
}

const canAtAll = (slug: string, operation: Operation, actor: Actor) => scopeOf(slug, operation, actor) !== 'none'

/** Empty values are alike; relationships compare by id; dates by instant; everything else by its text. */
function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
  if (empty(a) && empty(b)) return true
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => sameValue(item, b[i]))
  }
  const aObject = typeof a === 'object' && a !== null
  const bObject = typeof b === 'object' && b !== null
  if (aObject && bObject) {
    const keys = new Set([...Object.keys(a as Doc), ...Object.keys(b as Doc)])
    return [...keys].every((key) => sameValue((a as Doc)[key], (b as Doc)[key]))
  }
  if (aObject || bObject) return String(idOrValue(a)) === String(idOrValue(b))
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-\d\d-\d\dT/.test(a) && /^\d{4}-\d\d-\d\dT/.test(b)) return Date.parse(a) === Date.parse(b)
  return String(a) === String(b)
}

/** Names of the top-level data fields of a collection (rows and unnamed tabs flattened). */
function topLevelFieldNames(fields: Field[]): string[] {
  const names: string[] = []
  for (const field of fields) {
    if ('name' in field && field.name) names.push(field.name)
    else if ('fields' in field && Array.isArray(field.fields)) names.push(...topLevelFieldNames(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) names.push(...('name' in tab && tab.name ? [tab.name] : topLevelFieldNames(tab.fields)))
  }
  return names
}

const PAYLOAD_KEYS = new Set(['id', '_status', 'createdAt', 'updatedAt'])

/** A field change outside the actor's writable fields is refused, not silently dropped. */
function refuseForbiddenFields(collection: CollectionConfig, actor: Actor, data: Doc, current: Doc | null) {
  const writable = ACCESS_MATRIX[collection.slug]?.writableFields?.[actor]
  if (!writable) return
  const known = new Set(topLevelFieldNames(collection.fields))
  for (const [name, value] of Object.entries(data)) {
    if (PAYLOAD_KEYS.has(name) || writable.includes(name) || !known.has(name)) continue
    if (current && sameValue(value, current[name])) continue
    throw new AccessDeniedError(`Non puoi modificare il campo «${name}»`, `You may not change the field “${name}”`, 'field-forbidden', name)
  }
}

type PublicationChange = 'publish' | 'unpublish' | null

/**
 * What a write does to the public version: `publish` when it creates or replaces what the public
 * sees, `unpublish` when it withdraws it, null for a draft save (the public version stays as it is).
 */
function publicationChange(args: { draft?: boolean; data?: Doc }, mainStatus: unknown, latestStatus: unknown): PublicationChange {
  const asked = args.data?._status
  if (args.draft && asked !== 'published') return null
  const next = asked ?? latestStatus ?? 'draft'
  if (next === 'published') return 'publish'
  return mainStatus === 'published' ? 'unpublish' : null
}

async function documentsToUpdate(req: PayloadRequest, slug: string, args: { id?: Id; where?: Where }): Promise<Array<{ main: Doc | null; latest: Doc }>> {
  const { payload } = req
  const collection = slug as 'laboratories'
  if (args.id !== undefined && args.id !== null) {
    const latest = (await payload.findByID({ collection, id: args.id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
    if (!latest) return []
    const main = (await payload.findByID({ collection, id: args.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null
    return [{ main, latest }]
  }
  const found = await payload.find({ collection, where: args.where ?? {}, draft: true, depth: 0, pagination: false, overrideAccess: false, user: req.user, req })
  return Promise.all(
    found.docs.map(async (latest) => ({
      latest: latest as unknown as Doc,
      main: (await payload.findByID({ collection, id: latest.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })) as Doc | null,
    })),
  )
}

/**
 * Runs before every create, update and restore made on someone's behalf (REST, GraphQL, the admin,
 * Local API calls with `overrideAccess: false`): publication changes need `publish`/`unpublish`,
 * fields outside an actor's writable ones are refused.
 */
const guardWrites: CollectionBeforeOperationHook = async ({ args, operation, req, collection, overrideAccess }) => {
  if (overrideAccess === true) return args
  const actor = actorOf(req.user)
  const slug = collection.slug
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const a = args as { id?: Id; where?: Where; data?: Doc; draft?: boolean; duplicateFromID?: Id }
  if (operation === 'restoreVersion') {
    // Restoring an old version over the public one is a publication; restoring it as a draft is not.
    if (!a.draft && !canAtAll(slug, 'publish', actor)) throw new PublishForbiddenError()
    return args
  }
  if (operation === 'create') {
    const data = a.data ?? {}
    refuseForbiddenFields(collection, actor, data, null)
    if (drafts && !a.draft) {
      let status = data._status
      if (status === undefined && a.duplicateFromID !== undefined) {
        const original = (await req.payload.findByID({
          collection: slug as 'laboratories',
          id: a.duplicateFromID,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as Doc | null
        status = original?._status
      }
      if (status === 'published' && !canAtAll(slug, 'publish', actor)) throw new PublishForbiddenError()
    }
    return args
  }
  if (operation !== 'update') return args
  const data = a.data ?? {}
  for (const { main, latest } of await documentsToUpdate(req, slug, a)) {
    refuseForbiddenFields(collection, actor, data, latest)
    if (!drafts) continue
    const change = publicationChange(a, main?._status, latest._status)
    if (change && !canAtAll(slug, change, actor)) throw new PublishForbiddenError(change === 'unpublish')
  }
  return args
}

async function neighbourhoodsOfTarget(req: PayloadRequest, slug: string, id: unknown): Promise<unknown[] | null> {
  const path = ACCESS_MATRIX[slug]?.neighbourhoodPath
  if (!path) return null
  const doc = (await req.payload.findByID({
    collection: slug as 'laboratories',
    id: id as Id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Doc | null
  if (!doc) return null
  return path === 'id' ? [doc.id] : idsOf(doc[path])
}

/**
 * An operator writes only in their neighbourhoods: the document's own neighbourhoods (after any
 * assignment from its point) and the documents it links to must all be theirs.
 */
function ownNeighbourhoodsOnWrite(slug: string, rules: CollectionRules): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc }) => {
    if (actorOf(req.user) !== 'operator' || scopeOf(slug, originalDoc ? 'update' : 'create', 'operator') !== 'own') return data
    const own = assignedNeighbourhoodIds(req.user).map(String)
    const path = rules.neighbourhoodPath
    if (path && path !== 'id') {
      const ids = idsOf(path in data ? data[path] : originalDoc?.[path])
      if (ids.length === 0 || !ids.every((id) => own.includes(String(id)))) {
        throw new AccessDeniedError('Puoi lavorare solo sui tuoi quartieri', 'You can only work on your own neighbourhoods', 'not-your-neighbourhood', path)
      }
    }
    for (const [field, target] of Object.entries(rules.ownReferences ?? {})) {
      if (!(field in data) || sameValue(data[field], originalDoc?.[field])) continue
      for (const id of idsOf(data[field])) {
        const theirs = await neighbourhoodsOfTarget(req, target, id)
        if (!theirs || theirs.length === 0 || !theirs.every((n) => own.includes(String(n)))) {
          throw new AccessDeniedError('Puoi collegare solo contenuti dei tuoi quartieri', 'You can only link content of your own neighbourhoods', 'not-your-neighbourhood', field)
        }
      }
    }
    return data
  }
}

const PUBLISH_BUTTON = '/src/platform/admin/publish-controls#PublishForEditors'
const UNPUBLISH_BUTTON = '/src/platform/admin/publish-controls#UnpublishForEditors'

/**
 * Gives every collection its access from the matrix (deny by default: a collection the matrix does
 * not list stops the CMS at start), the write guard, the neighbourhood check, and publication buttons
 * that only editors and administrators see.
 */
export function applyAccessMatrix(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const rules = ACCESS_MATRIX[collection.slug]
    if (!rules) throw new Error(`The access matrix has no rules for the collection "${collection.slug}"`)
    const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
    const access: CollectionConfig['access'] = {
      read: accessFor(collection.slug, 'read', rules),
      readVersions: accessFor(collection.slug, 'readVersions', rules),
      create: accessFor(collection.slug, 'create', rules),
      update: accessFor(collection.slug, 'update', rules),
      delete: accessFor(collection.slug, 'delete', rules),
      ...(collection.auth ? { unlock: accessFor(collection.slug, 'unlock', rules) } : {}),
      ...(collection.access?.admin ? { admin: collection.access.admin } : {}),
    }
    const ownCheck = rules.neighbourhoodPath && rules.neighbourhoodPath !== 'id' ? [ownNeighbourhoodsOnWrite(collection.slug, rules)] : []
    const edit = collection.admin?.components?.edit
    return {
      ...collection,
      access,
      hooks: {
        ...collection.hooks,
        beforeOperation: [guardWrites, ...(collection.hooks?.beforeOperation ?? [])],
        beforeChange: [...(collection.hooks?.beforeChange ?? []), ...ownCheck],
      },
      admin: drafts
        ? {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              edit: { ...edit, PublishButton: edit?.PublishButton ?? PUBLISH_BUTTON, UnpublishButton: edit?.UnpublishButton ?? UNPUBLISH_BUTTON },
            },
          }
        : collection.admin,
    }
  })
}

/** The same for globals: read and update from GLOBAL_MATRIX, nothing else. */
export function applyGlobalMatrix(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => {
    const cells = GLOBAL_MATRIX[global.slug]
    if (!cells) throw new Error(`The access matrix has no rules for the global "${global.slug}"`)
    const cell =
      (operation: 'read' | 'update'): Access =>
      ({ req }) =>
        (cells[operation][actorOf(req.user)] ?? 'none') === 'all'
    return { ...global, access: { read: cell('read'), update: cell('update') } }
  })
}
