import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'
import { clientErrorResponse, languageOfHeaders, logRefusal, type Language } from './client-errors.ts'
import { config } from '../config.ts'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response> | Response

/** Largest JSON body the API reads (API_JSON_MAX_BYTES, 2 MB: a long pact with its rich text fits many times over). */
const JSON_MAX_BYTES = config.API_JSON_MAX_BYTES
/** Largest multipart body: the upload limit plus room for the form's other fields. */
const MULTIPART_MAX_BYTES = config.MEDIA_MAX_BYTES + 1024 * 1024
/** GraphQL documents are small; a huge one is an attack on the parser. */
const GRAPHQL_MAX_BYTES = config.GRAPHQL_MAX_BYTES
const GRAPHQL_MAX_DEPTH = 12
const GRAPHQL_MAX_TOKENS = 5_000
/** Fields of auth routes that Payload expects to be text. */
const AUTH_TEXT_FIELDS = ['email', 'username', 'password', 'token', 'confirm-password']

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

/** Whether the path decodes to text without control characters. */
function decodablePath(url: URL): boolean {
  try {
    return !CONTROL.test(decodeURIComponent(url.pathname))
  } catch {
    return false
  }
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? ''
const hasBody = (request: Request) => request.body !== null && request.headers.get('content-length') !== '0'

/** Reads the body up to `max` bytes; null when it is longer. */
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  const reader = request.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

type Parsed = { json: unknown; request: Request } | { refusal: Response }

/** Reads a JSON body within `max` bytes and hands back the same request to pass on, or the 4xx to answer with. */
async function readJsonBody(request: Request, language: Language, max: number): Promise<Parsed> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > max) return { refusal: clientErrorResponse('body-too-large', language, 413) }
  const bytes = await readCapped(request, max)
  if (bytes === null) return { refusal: clientErrorResponse('body-too-large', language, 413) }
  let json: unknown
  if (bytes.byteLength > 0) {
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch {
      return { refusal: clientErrorResponse('bad-json', language) }
    }
  }
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  // Payload reads a body as JSON only under this exact media type.
  headers.set('content-type', 'application/json')
  return { json, request: new Request(request.url, { method: request.method, headers, body: bytes.byteLength > 0 ? (bytes as BodyInit) : undefined, signal: request.signal }) }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** No document of the CMS nests this deep (rich text included); deeper JSON only exhausts the stack of whoever walks it. */
const MAX_JSON_DEPTH = 64

/** Whether a parsed JSON value nests deeper than `max` (walked without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth >= max) return true
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return false
}

/** Payload's own test of a multipart content type it can read: a boundary is required. */
const MULTIPART_TYPE = /multipart\/[\w'"()+,./:<=>?@[\\\]^-]+(?:; ?[\w'"()+,./:<=>?@[\\\]^-]*)+$/i

/** What is wrong with a REST request before Payload sees it, as the answer to give; null when nothing is. */
async function checkRestRequest(request: Request, language: Language): Promise<Parsed | { refusal: Response } | null> {
  const url = new URL(request.url)
  if (!decodablePath(url)) return { refusal: clientErrorResponse('bad-address', language) }
  for (const name of ['where', 'data']) {
    const raw = url.searchParams.get(name)
    if (raw === null || raw === '') continue
    try {
      if (!isPlainObject(JSON.parse(raw))) return { refusal: clientErrorResponse(name === 'where' ? 'bad-where' : 'bad-body', language, 400, raw) }
    } catch {
      return { refusal: clientErrorResponse(name === 'where' ? 'bad-where' : 'bad-json', language, 400, raw) }
    }
  }
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS' || !hasBody(request)) return null
  const type = mediaType(request)
  if (type.startsWith('multipart/')) {
    const contentType = request.headers.get('content-type') ?? ''
    if (!contentType.includes('boundary=') || !MULTIPART_TYPE.test(contentType)) return { refusal: clientErrorResponse('bad-content-type', language, 415) }
    if (Number(request.headers.get('content-length') ?? 0) > MULTIPART_MAX_BYTES) return { refusal: clientErrorResponse('body-too-large', language, 413) }
    return null
  }
  // The admin's relationship fields send long searches as a form posted with a method override (Payload reads it).
  const searchOverride = /^get$/i.test(request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override') ?? '')
  if (type === 'application/x-www-form-urlencoded' && searchOverride) {
    if (Number(request.headers.get('content-length') ?? 0) > JSON_MAX_BYTES) return { refusal: clientErrorResponse('body-too-large', language, 413) }
    return null
  }
  if (type !== 'application/json') {
    // A body Payload cannot read: refused unless it is empty.
    const bytes = await readCapped(request, 1)
    if (bytes !== null && bytes.byteLength === 0)
      return { json: undefined, request: new Request(request.url, { method: request.method, headers: request.headers, signal: request.signal }) }
    return { refusal: clientErrorResponse('bad-content-type', language, 415) }
  }
  const parsed = await readJsonBody(request, language, JSON_MAX_BYTES)
  if ('refusal' in parsed) return parsed
  if (parsed.json !== undefined && (!isPlainObject(parsed.json) || nestsDeeperThan(parsed.json, MAX_JSON_DEPTH))) return { refusal: clientErrorResponse('bad-body', language) }
  if (/\/(login|forgot-password|reset-password|unlock|first-register)$/.test(url.pathname) && isPlainObject(parsed.json)) {
    for (const field of AUTH_TEXT_FIELDS) {
      const value = parsed.json[field]
      if (value !== undefined && value !== null && (typeof value !== 'string' || value.length > 1_000)) return { refusal: clientErrorResponse('bad-field', language, 400, field) }
    }
  }
  return parsed
}

/** Payload's "Route not found" for an unknown address, said in the request's language. */
async function localizeNotFound(response: Response, language: Language): Promise<Response> {
  if (response.status !== 404 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  const text = await response.clone().text()
  if (!/^\{"message":"Route not found/.test(text)) return response
  return clientErrorResponse('route-not-found', language, 404, undefined, Object.fromEntries([...response.headers].filter(([k]) => k.startsWith('access-control-'))))
}

/** What a handler threw: a server fault, logged whole and answered without details. */
function serverFault(err: unknown, request: Request, language: Language): Response {
  console.error(`Errore non gestito / unhandled error: ${request.method} ${new URL(request.url).pathname}`, err)
  return Response.json(
    { errors: [{ message: language === 'en' ? 'Internal error: try again later.' : 'Errore interno: riprova più tardi.' }] },
    { status: 500, headers: { 'cache-control': 'no-store' } },
  )
}

/** Wraps Payload's REST route handlers: malformed addresses, bodies and content types get a 4xx before Payload reads them. */
export function guardRest<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const language = languageOfHeaders(request.headers)
    const checked = await checkRestRequest(request, language)
    if (checked && 'refusal' in checked) {
      logRefusal(request, checked.refusal)
      return checked.refusal
    }
    try {
      return await localizeNotFound(await handler(checked?.request ?? request, context), language)
    } catch (err) {
      return serverFault(err, request, language)
    }
  }
}

/** How deep the selections of a GraphQL document go, fragments counted where they are spread; a fragment cycle counts as too deep. */
function selectionDepth(document: DocumentNode): number {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d.selectionSet]))
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>, level: number): number => {
    if (!set || level > GRAPHQL_MAX_DEPTH) return level
    let deepest = level
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, depthOf(selection.selectionSet, seen, level + 1))
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(selection.selectionSet, seen, level))
      else if (seen.has(selection.name.value)) return GRAPHQL_MAX_DEPTH + 1
      else deepest = Math.max(deepest, depthOf(fragments.get(selection.name.value), new Set([...seen, selection.name.value]), level))
    }
    return deepest
  }
  return Math.max(0, ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depthOf(d.selectionSet, new Set(), 0) : 0)))
}

const graphqlRefusal = (language: Language, detail: string, status = 400) =>
  Response.json(
    {
      errors: [
        { message: `${language === 'en' ? 'Invalid GraphQL request' : 'Richiesta GraphQL non valida'}: ${detail}`, extensions: { reason: 'bad-graphql', statusCode: status } },
      ],
    },
    { status, headers: { 'cache-control': 'no-store', 'content-language': language, 'x-refusal-reason': 'bad-graphql' } },
  )

/** GraphQL's own messages (syntax, validation) carry no status: they are put in the request's language. */
async function localizeGraphqlErrors(response: Response, language: Language): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: Array<{ message?: string; extensions?: { statusCode?: number } }> } | null
  if (!body?.errors?.some((e) => e.extensions?.statusCode === undefined)) return response
  const prefix = language === 'en' ? 'Invalid GraphQL request' : 'Richiesta GraphQL non valida'
  const errors = body.errors.map((e) => (e.extensions?.statusCode === undefined ? { ...e, message: `${prefix}: ${e.message ?? ''}` } : e))
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify({ ...body, errors }), { status: response.status, headers })
}

/** Wraps Payload's GraphQL handler: bodies, documents and nesting are checked before the schema runs them. */
export function guardGraphql<C>(handler: RouteHandler<C>): RouteHandler<C> {
  const checked = checkedGraphql(handler)
  return async (request, context) => {
    const response = await checked(request, context)
    if (response.headers.has('x-refusal-reason')) logRefusal(request, response)
    return response
  }
}

function checkedGraphql<C>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (request, context) => {
    const language = languageOfHeaders(request.headers)
    if (!decodablePath(new URL(request.url))) return clientErrorResponse('bad-address', language)
    if (mediaType(request) !== 'application/json')
      return graphqlRefusal(language, language === 'en' ? 'send a JSON body (application/json)' : 'invia un corpo JSON (application/json)', 415)
    const parsed = await readJsonBody(request, language, GRAPHQL_MAX_BYTES)
    if ('refusal' in parsed)
      return parsed.refusal.status === 413
        ? graphqlRefusal(language, language === 'en' ? 'the document is too large' : 'il documento è troppo grande', 413)
        : graphqlRefusal(language, language === 'en' ? 'the body is not valid JSON' : 'il corpo non è un JSON valido')
    const body = parsed.json
    if (!isPlainObject(body) || nestsDeeperThan(body, MAX_JSON_DEPTH))
      return graphqlRefusal(language, language === 'en' ? 'the body must be a JSON object' : 'il corpo deve essere un oggetto JSON')
    const { query, variables, operationName } = body
    if (typeof query !== 'string' || query.trim() === '')
      return graphqlRefusal(language, language === 'en' ? '“query” must be a non-empty string' : '«query» deve essere un testo non vuoto')
    if (variables !== undefined && variables !== null && !isPlainObject(variables))
      return graphqlRefusal(language, language === 'en' ? '“variables” must be an object' : '«variables» deve essere un oggetto')
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
      return graphqlRefusal(language, language === 'en' ? '“operationName” must be a string' : '«operationName» deve essere un testo')
    let document: DocumentNode
    try {
      document = parse(query, { maxTokens: GRAPHQL_MAX_TOKENS })
    } catch (err) {
      return graphqlRefusal(language, err instanceof Error ? err.message : String(err))
    }
    if (document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription'))
      return graphqlRefusal(language, language === 'en' ? 'subscriptions are not supported' : 'le sottoscrizioni non sono supportate')
    if (selectionDepth(document) > GRAPHQL_MAX_DEPTH)
      return graphqlRefusal(language, language === 'en' ? 'the selections are nested too deeply' : 'le selezioni sono annidate troppo in profondità')
    try {
      return await localizeGraphqlErrors(await handler(parsed.request, context), language)
    } catch (err) {
      return serverFault(err, request, language)
    }
  }
}
