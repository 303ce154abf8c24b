import type { FlattenedField, Payload, PayloadRequest } from 'payload'
import { validOperatorSet } from 'payload/shared'
import { ClientError, languageOfRequest, type ClientReason } from './client-errors.ts'
import { idKindOf, isWellFormedId } from './document-ids.ts'

/** What a filter path ends on, as far as checking the values compared with it goes. */
type Target = { kind: 'id'; collection: string } | { kind: 'number' | 'date' | 'checkbox' | 'point' | 'other' }

const MAX_WHERE_DEPTH = 8
const MAX_WHERE_TERMS = 200
const MAX_LIST = 1_000
const MAX_TEXT = 2_000
const MAX_SORT_FIELDS = 10
/** Bounds of the numeric query parameters; Payload clamps depth to its maxDepth anyway. */
const NUMBER_BOUNDS = { limit: [0, 100_000], page: [1, 1_000_000], depth: [0, 20] } as const

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
const NUMBER_TEXT = /^-?\d{1,20}(\.\d{1,20})?([eE][+-]?\d{1,3})?$/
const isFiniteNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && NUMBER_TEXT.test(v) && Number.isFinite(Number(v)))
const isBooleanLike = (v: unknown) => typeof v === 'boolean' || v === 'true' || v === 'false'
function isDateLike(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime())
  if (typeof v !== 'string' && typeof v !== 'number') return false
  if (typeof v === 'string' && (v.length > 64 || v.trim() === '')) return false
  const time = new Date(v).getTime()
  return Number.isFinite(time) && Math.abs(time) < 8.64e15 && new Date(time).getUTCFullYear() <= 9999
}

class Checker {
  private terms = 0
  constructor(
    private readonly payload: Payload,
    private readonly collection: string | undefined,
    private readonly global: string | undefined,
    private readonly req: PayloadRequest,
  ) {}

  fail(reason: ClientReason, value?: unknown): never {
    throw new ClientError(reason, languageOfRequest(this.req), 400, value)
  }

  private fieldsOf(collection: string | undefined): FlattenedField[] | undefined {
    if (collection) return (this.payload.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)[collection]?.config.flattenedFields
    return this.payload.config.globals.find((g) => g.slug === this.global)?.flattenedFields
  }

  /** Follows a dotted path through groups, arrays and single-collection relationships; null when it cannot tell. */
  target(path: string, versions: boolean): Target | null {
    let segments = path.split('.')
    let collection = this.collection
    const head = segments[0] ?? ''
    if (versions) {
      if (head === 'parent' && segments.length === 1 && collection) return { kind: 'id', collection }
      if (head === 'version') segments = segments.slice(1)
      else if (['createdAt', 'updatedAt'].includes(head) && segments.length === 1) return { kind: 'date' }
      else if (['latest', 'autosave', 'snapshot'].includes(head) && segments.length === 1) return { kind: 'checkbox' }
    }
    let fields = this.fieldsOf(collection)
    for (let i = 0; i < segments.length && fields; i++) {
      const name = segments[i]
      const last = i === segments.length - 1
      const field = fields.find((f) => 'name' in f && f.name === name)
      // A version's own id is the versions table's, of the same kind as the collection's.
      if (!field) return name === 'id' && last ? { kind: 'id', collection: collection ?? '' } : null
      switch (field.type) {
        case 'number':
          return last ? { kind: 'number' } : null
        case 'date':
          return last ? { kind: 'date' } : null
        case 'checkbox':
          return last ? { kind: 'checkbox' } : null
        case 'point':
          return last ? { kind: 'point' } : null
        case 'relationship':
        case 'upload': {
          const relationTo = typeof field.relationTo === 'string' ? field.relationTo : null
          if (last) return relationTo ? { kind: 'id', collection: relationTo } : { kind: 'other' }
          if (!relationTo) return null
          collection = relationTo
          fields = this.fieldsOf(relationTo)
          break
        }
        case 'group':
        case 'array':
        case 'tab':
          if (last) return { kind: 'other' }
          fields = field.flattenedFields
          break
        default:
          return last ? { kind: 'other' } : null
      }
    }
    return null
  }

  private scalar(target: Target | null, operator: string, value: unknown, path: string): void {
    if (value === null || value === 'null') return
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') this.fail('bad-where-value', path)
    if (typeof value === 'string' && value.length > MAX_TEXT) this.fail('bad-where-value', path)
    if (typeof value === 'number' && !Number.isFinite(value)) this.fail('bad-where-value', path)
    const textual = operator === 'like' || operator === 'not_like'
    switch (target?.kind) {
      case 'id':
        if (!textual && !isWellFormedId(idKindOf(this.payload, target.collection), value)) this.fail('bad-id', value)
        return
      case 'number':
        if (!textual && !isFiniteNumber(value)) this.fail('bad-where-value', value)
        return
      case 'date':
        if (!textual && !isDateLike(value)) this.fail('bad-where-value', value)
        return
      case 'checkbox':
        if (!isBooleanLike(value)) this.fail('bad-where-value', value)
        return
      case 'point':
        this.fail('bad-where-value', path)
    }
  }

  private operand(target: Target | null, operator: string, value: unknown, path: string): void {
    switch (operator) {
      case 'exists':
        if (!isBooleanLike(value)) this.fail('bad-where-value', `${path}.exists`)
        return
      case 'near':
      case 'within':
      case 'intersects':
        if (this.payload.db.name !== 'mongoose') this.fail('unsupported-operator', operator)
        if (target?.kind !== 'point' && operator === 'near') this.fail('bad-path', path)
        return
      case 'in':
      case 'not_in':
      case 'all': {
        // A list given with indices (where[id][in][0]=1) reads as an object; named keys make no list.
        if (isPlainObject(value) && Object.keys(value).some((key) => !/^\d{1,4}$/.test(key))) this.fail('bad-where-value', path)
        const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : isPlainObject(value) ? Object.values(value) : [value]
        if (list.length > MAX_LIST) this.fail('bad-where-value', path)
        for (const item of list) this.scalar(target, 'equals', item, path)
        return
      }
      default:
        this.scalar(target, operator, value, path)
    }
  }

  where(where: unknown, versions: boolean, depth = 0): void {
    if (!isPlainObject(where) || depth > MAX_WHERE_DEPTH) this.fail('bad-where', depth > MAX_WHERE_DEPTH ? undefined : where)
    for (const [key, value] of Object.entries(where)) {
      if (++this.terms > MAX_WHERE_TERMS) this.fail('bad-where')
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        const list = Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : this.fail('bad-where', key)
        for (const item of list) this.where(item, versions, depth + 1)
        continue
      }
      if (key.length > 200 || !/^[A-Za-z_][\w.]*$/.test(key)) this.fail('bad-path', key)
      if (!isPlainObject(value)) this.fail('bad-where', key)
      const target = this.target(key, versions)
      for (const [operator, operand] of Object.entries(value)) {
        if (!validOperatorSet.has(operator as never)) this.fail('bad-operator', operator)
        this.operand(target, operator, operand, key)
      }
    }
  }

  sort(sort: unknown, versions: boolean): void {
    if (sort === undefined || sort === null || sort === '') return
    const list = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : this.fail('bad-sort', sort)
    if (list.length > MAX_SORT_FIELDS) this.fail('bad-sort', sort)
    for (const entry of list) {
      if (typeof entry !== 'string') this.fail('bad-sort', entry)
      const path = entry.trim().replace(/^[-+]/, '')
      if (path.length > 200 || !/^[A-Za-z_][\w.]*$/.test(path)) this.fail('bad-sort', entry)
      if (this.target(path, versions) === null) this.fail('bad-path', path)
    }
  }

  /** Relationship ids and numbers in a document being written: well-formed ids, finite numbers (1e309 reads as Infinity). */
  data(fields: FlattenedField[] | undefined, data: unknown, prefix = '', depth = 0): void {
    if (!fields || !isPlainObject(data) || depth > MAX_WHERE_DEPTH) return
    for (const field of fields) {
      if (!('name' in field)) continue
      const value = data[field.name]
      const path = `${prefix}${field.name}`
      if (value === undefined || value === null || value === '') continue
      switch (field.type) {
        case 'relationship':
        case 'upload': {
          const one = (item: unknown) => {
            if (item === null || item === '') return
            if (typeof field.relationTo === 'string') {
              const id = isPlainObject(item) ? (item.id ?? item.value) : item
              if (!isWellFormedId(idKindOf(this.payload, field.relationTo), id)) this.fail('bad-field', path)
            } else if (
              !isPlainObject(item) ||
              typeof item.relationTo !== 'string' ||
              !field.relationTo.includes(item.relationTo as never) ||
              !isWellFormedId(idKindOf(this.payload, item.relationTo), isPlainObject(item.value) ? item.value.id : item.value)
            ) {
              this.fail('bad-field', path)
            }
          }
          if (Array.isArray(value)) value.forEach(one)
          else one(value)
          break
        }
        case 'number':
          for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'number' && !Number.isFinite(item)) this.fail('bad-field', path)
          break
        case 'group':
        case 'tab':
          this.data(field.flattenedFields, value, `${path}.`, depth + 1)
          break
        case 'array':
          if (Array.isArray(value)) for (const row of value) this.data(field.flattenedFields, row, `${path}.`, depth + 1)
          break
      }
    }
  }

  writes(data: unknown): void {
    this.data(this.fieldsOf(this.collection), data)
  }

  number(name: keyof typeof NUMBER_BOUNDS, value: unknown): void {
    if (value === undefined || value === null || value === '') return
    const [min, max] = NUMBER_BOUNDS[name]
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
    if (!Number.isSafeInteger(number) || number < min || number > max) this.fail('bad-number', name)
  }
}

/**
 * The raw query string parameters and route id, when this operation is the one the REST route asked for; the
 * operations it runs on other collections (populating relationships) read the same request and are not meant by them.
 */
function routeInput(req: PayloadRequest, collection: string | undefined, global: string | undefined): { query: Record<string, unknown>; id: unknown } {
  const own = req.payloadAPI === 'REST' && (collection ? req.routeParams?.collection === collection : req.routeParams?.global === global)
  return own ? { query: isPlainObject(req.query) ? req.query : {}, id: req.routeParams?.id } : { query: {}, id: undefined }
}

/**
 * Refuses, with a 400 in the request's language, an operation whose id, filter, sort, paging, depth or locale
 * came malformed from a client. Calls made by the CMS's own code (the local API) are trusted.
 */
export function checkOperationInput(input: { args: Record<string, unknown> | undefined; req: PayloadRequest; collection?: string; global?: string; operation: string }): void {
  const { req, args = {}, collection, global } = input
  if (req.payloadAPI === 'local') return
  const checker = new Checker(req.payload, collection, global, req)
  const { query, id: rawId } = routeInput(req, collection, global)
  const versions = /version/i.test(input.operation) || /\/versions(\/|$)/.test(new URL(req.url ?? '/', 'http://cms').pathname)

  if (rawId !== undefined || 'id' in args) {
    // A version's id is the versions table's, of the same kind as the collection's own (a global's: the database's).
    const kind = idKindOf(req.payload, collection ?? '')
    if (rawId !== undefined && !isWellFormedId(kind, rawId)) checker.fail('bad-id', rawId)
    if ('id' in args && args.id !== undefined && !isWellFormedId(kind, args.id)) checker.fail('bad-id', args.id)
  }
  for (const name of ['limit', 'page', 'depth'] as const) {
    checker.number(name, query[name])
    checker.number(name, args[name])
  }
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    // The admin sends `locale=undefined` when the CMS has no locales: any short word passes, Payload ignores the unknown.
    if (value !== undefined && (typeof value !== 'string' || !/^[\w-]{0,16}$/.test(value))) checker.fail('bad-locale', value)
  }
  for (const name of ['draft', 'trash', 'pagination', 'autosave', 'overrideLock', 'flattenLocales']) {
    const value = query[name]
    if (value !== undefined && value !== '' && !isBooleanLike(value)) checker.fail('bad-parameter', name)
  }
  for (const name of ['select', 'populate', 'joins']) {
    const value = query[name]
    if (value !== undefined && typeof value !== 'string' && !isPlainObject(value)) checker.fail('bad-parameter', name)
  }
  if ('where' in query && typeof query.where !== 'string') checker.where(query.where, versions)
  if (args.where !== undefined && args.where !== null) checker.where(args.where, versions)
  checker.sort(query.sort, versions)
  checker.sort(args.sort, versions)
  if (args.data !== undefined) checker.writes(args.data)
}
