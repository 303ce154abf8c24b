import type { Payload } from 'payload'

/** Whether a collection's ids are numbers (SQLite) or text (MongoDB, or a custom text id). */
export function idKindOf(payload: Payload, collection: string): 'number' | 'text' {
  const custom = (payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>)[collection]?.customIDType
  return custom ?? (payload.db.defaultIDType === 'number' ? 'number' : 'text')
}

const NUMERIC_ID = /^[1-9]\d{0,15}$/
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/** A well-formed id of that kind: a positive safe integer (or its digits) for numbers; short text without control characters. */
export function isWellFormedId(kind: 'number' | 'text', value: unknown): value is number | string {
  if (kind === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && NUMERIC_ID.test(value) && Number.isSafeInteger(Number(value))
  }
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0
  return typeof value === 'string' && value.length > 0 && value.length <= 128 && !CONTROL.test(value) && value !== '__proto__'
}

/** Whether `value` is a well-formed id of a document of `collection`. */
export const isDocumentId = (payload: Payload, collection: string, value: unknown): value is number | string => isWellFormedId(idKindOf(payload, collection), value)
