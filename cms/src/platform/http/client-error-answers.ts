import { APIError, QueryError, ValidationError, type AfterErrorHook, type PayloadRequest } from 'payload'
import { ClientError, clientMessage, languageOfRequest, type ClientReason, type Language } from './client-errors.ts'

/** The HTTP status an error carries (a GraphQL error carries it on the error it wraps), 500 when none. */
export function statusOf(error: unknown): number {
  const own = (error as { status?: unknown } | null)?.status
  const wrapped = (error as { originalError?: { status?: unknown } } | null)?.originalError?.status
  const status = typeof own === 'number' ? own : typeof wrapped === 'number' ? wrapped : 500
  return status >= 400 && status <= 599 ? status : 500
}

/** What the multipart parser (busboy) says of a malformed form: the client's fault. */
const MULTIPART_FAULTS = /^(Malformed (content type|part header|urlencoded form)|Missing Content-Type|Multipart: Boundary not found|Unexpected end of (file|form))$/

/** Whether the client caused the error (a 4xx), judged the same way by the logger and by the error answer. */
export const isClientError = (error: unknown): boolean => statusOf(error) < 500 || error instanceof SyntaxError || (error instanceof Error && MULTIPART_FAULTS.test(error.message))

/** Payload's own client messages that it writes in English whatever the request's language. */
const PAYLOAD_ENGLISH: Array<[RegExp, ClientReason]> = [
  [/^You are not allowed to perform this action/, 'forbidden'],
  [/^The requested resource was not found/, 'not-found'],
  [/^Not Found$/i, 'not-found'],
  [/^(ID was not specified|Missing ID of version)/, 'bad-id'],
  [/^No (collection|global) was specified/, 'route-not-found'],
  [/^(Collection|Global) with the slug .* was not found/, 'route-not-found'],
  [/^Unauthorized/i, 'unauthorized'],
  [/^(Missing|Invalid) (email|password|token|username)/i, 'bad-body'],
  [/^Token is either invalid or has expired/, 'token-invalid'],
  [/^No User$/, 'unauthorized'],
  [/^An unknown error occurred/, 'bad-request'],
]

const REASON_BY_STATUS: Record<number, ClientReason> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'body-too-large',
}

/** Database refusals a client can cause under load: a busy database is worth a retry, a uniqueness race is a conflict. */
function databaseRefusal(error: unknown): { reason: ClientReason; status: number } | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '')
    const message = String((e as { message?: unknown }).message ?? '')
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked|database table is locked/.test(message)) return { reason: 'busy', status: 503 }
    if (code.startsWith('SQLITE_CONSTRAINT_UNIQUE') || /UNIQUE constraint failed|E11000 duplicate key/.test(message)) return { reason: 'conflict', status: 409 }
  }
  return null
}

/** Field messages Payload's validators write in English, said in the request's language. */
function fieldMessage(message: unknown, language: Language): unknown {
  if (typeof message !== 'string' || language === 'en') return message
  if (/^This relationship field has the following invalid relationships/.test(message))
    return `Questo campo collega contenuti che non esistono: ${message.split(':').slice(1).join(':').trim()}`
  if (/^This field has the following invalid selections/.test(message)) return `Questo campo ha scelte non valide: ${message.split(':').slice(1).join(':').trim()}`
  return message
}

interface Answer {
  status: number
  message: string
  reason?: ClientReason
  data?: unknown
}

/** What the client is told about an error it caused, in its language; null for server faults, left as Payload answers them. */
export function clientAnswer(error: unknown, req: PayloadRequest): Answer | null {
  const language = languageOfRequest(req)
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (original instanceof ClientError) return { status: statusOf(original), message: original.message, reason: original.reason, data: original.data }
  if (original instanceof QueryError) {
    const paths = Array.isArray(original.data) ? (original.data as Array<{ path?: string }>).map((d) => d.path).join(', ') : undefined
    return { status: 400, message: clientMessage('bad-path', language, paths), reason: 'bad-path', data: { reason: 'bad-path', paths } }
  }
  if (original instanceof ValidationError) {
    const data = original.data as { errors?: Array<{ path?: string; label?: unknown; message?: unknown }> } & Record<string, unknown>
    const errors = (data?.errors ?? []).map((e) => ({ ...e, message: fieldMessage(e.message, language) }))
    const labelOf = (e: { path?: string; label?: unknown }) =>
      typeof e.label === 'string' ? e.label : typeof e.label === 'object' && e.label ? String((e.label as Record<string, string>)[language] ?? e.path) : e.path
    const head = req.t ? req.t('error:followingFieldsInvalid', { count: errors.length }) : clientMessage('bad-field', language, '')
    return { status: 400, message: `${head} ${errors.map(labelOf).join(', ')}`.trim(), reason: 'bad-field', data: { ...data, errors } }
  }
  if (original instanceof Error && !('status' in original) && MULTIPART_FAULTS.test(original.message))
    return { status: 400, message: clientMessage('bad-body', language), reason: 'bad-body' }
  if (original instanceof SyntaxError) return { status: 400, message: clientMessage('bad-json', language), reason: 'bad-json' }
  const refusal = databaseRefusal(original)
  if (refusal) return { status: refusal.status, message: clientMessage(refusal.reason, language), reason: refusal.reason }
  const status = statusOf(original)
  if (status >= 500) return null
  const message = original instanceof Error ? original.message : ''
  const known = PAYLOAD_ENGLISH.find(([pattern]) => pattern.test(message))?.[1]
  const reason = known === 'bad-request' || (!message && !known) ? (REASON_BY_STATUS[status] ?? 'bad-request') : known
  if (reason && (language === 'it' || known === 'bad-request' || !message))
    return { status, message: clientMessage(reason, language), reason, data: original instanceof APIError ? original.data : undefined }
  return { status, message, data: original instanceof APIError ? original.data : undefined }
}

const pathOf = (req: PayloadRequest) => {
  try {
    return new URL(req.url ?? '/', 'http://cms').pathname.slice(0, 200)
  } catch {
    return '?'
  }
}

/**
 * Answers client-caused errors with a 4xx in the request's language, and logs each in one line (method, path,
 * status, reason); server faults keep Payload's answer and its full log.
 */
export const answerClientErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const answer = clientAnswer(error, req)
  if (!answer) return
  const reason = answer.reason ?? (answer.data as { reason?: string } | undefined)?.reason ?? 'client-error'
  req.payload.logger.info(`${req.method ?? 'POST'} ${pathOf(req)} ${answer.status} ${reason}: ${answer.message.slice(0, 160).replace(/\s+/g, ' ')}`)
  if (answer.status === 503) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('retry-after', '1')
  }
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: answer.message,
        extensions: { ...graphqlResult.extensions, statusCode: answer.status, ...(answer.data ? { data: answer.data } : {}) },
      },
    }
  }
  const name = result?.errors?.[0]?.name
  return {
    status: answer.status,
    response: { errors: [{ ...(name ? { name } : {}), message: answer.message, ...(answer.data ? { data: answer.data as Record<string, unknown> } : {}) }] },
  }
}
