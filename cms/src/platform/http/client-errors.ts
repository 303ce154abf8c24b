import { extractHeaderLanguage } from '@payloadcms/translations'
import { APIError } from 'payload'

/** The two languages the CMS answers in: Italian unless the request asks for English. */
export type Language = 'it' | 'en'

/** One refusal, said in both languages; `{value}` is replaced by what the client sent (shortened). */
export type ClientMessage = { it: string; en: string }

/** What the CMS says to malformed requests, by reason code (the code goes to programs as `data.reason`). */
export const CLIENT_MESSAGES = {
  'bad-request': { it: 'Richiesta non valida.', en: 'Invalid request.' },
  'bad-address': { it: 'L’indirizzo della richiesta non è valido.', en: 'The request address is not valid.' },
  'bad-json': { it: 'Il corpo della richiesta non è un JSON valido.', en: 'The request body is not valid JSON.' },
  'bad-body': { it: 'Il corpo della richiesta deve essere un oggetto JSON.', en: 'The request body must be a JSON object.' },
  'bad-content-type': { it: 'Tipo di contenuto non accettato: invia JSON o un modulo multipart.', en: 'Content type not accepted: send JSON or a multipart form.' },
  'body-too-large': { it: 'Il corpo della richiesta è troppo grande.', en: 'The request body is too large.' },
  'headers-too-large': { it: 'Le intestazioni della richiesta sono troppo grandi.', en: 'The request headers are too large.' },
  'bad-id': { it: 'Identificativo non valido: {value}', en: 'Invalid identifier: {value}' },
  'bad-where': { it: 'Filtro non valido: {value}', en: 'Invalid filter: {value}' },
  'bad-where-value': { it: 'Valore non valido nel filtro: {value}', en: 'Invalid value in the filter: {value}' },
  'bad-operator': { it: 'Operatore di filtro sconosciuto: {value}', en: 'Unknown filter operator: {value}' },
  'unsupported-operator': { it: 'Questo database non supporta l’operatore di filtro {value}', en: 'This database does not support the filter operator {value}' },
  'bad-path': { it: 'Non si può filtrare o ordinare per: {value}', en: 'Cannot filter or sort by: {value}' },
  'bad-sort': { it: 'Ordinamento non valido: {value}', en: 'Invalid sort: {value}' },
  'bad-number': { it: 'Il parametro {value} deve essere un numero intero nei limiti ammessi.', en: 'The parameter {value} must be a whole number within the allowed range.' },
  'bad-parameter': { it: 'Parametro non valido: {value}', en: 'Invalid parameter: {value}' },
  'bad-locale': { it: 'Lingua non valida: {value}', en: 'Invalid locale: {value}' },
  'bad-field': { it: 'Il campo {value} non è valido.', en: 'The field {value} is not valid.' },
  'bad-graphql': { it: 'Richiesta GraphQL non valida: {value}', en: 'Invalid GraphQL request: {value}' },
  'graphql-too-deep': { it: 'La richiesta GraphQL è annidata troppo in profondità.', en: 'The GraphQL request is nested too deeply.' },
  'graphql-too-large': { it: 'La richiesta GraphQL è troppo grande.', en: 'The GraphQL request is too large.' },
  'token-invalid': { it: 'Il link non è valido o è scaduto.', en: 'The link is not valid or has expired.' },
  'not-found': { it: 'Risorsa non trovata.', en: 'Resource not found.' },
  'route-not-found': { it: 'Indirizzo dell’API non trovato.', en: 'API address not found.' },
  'file-not-found': { it: 'File non trovato.', en: 'File not found.' },
  'method-not-allowed': { it: 'Metodo non ammesso per questo indirizzo.', en: 'Method not allowed for this address.' },
  unauthorized: { it: 'Devi accedere per questa operazione.', en: 'You must log in to do this.' },
  forbidden: { it: 'Non hai i permessi per questa operazione.', en: 'You are not allowed to do this.' },
  conflict: { it: 'La richiesta è in conflitto con lo stato attuale dei dati: riprova.', en: 'The request conflicts with the current state of the data: try again.' },
  busy: { it: 'Il servizio è momentaneamente occupato: riprova tra poco.', en: 'The service is busy right now: try again shortly.' },
} satisfies Record<string, ClientMessage>

export type ClientReason = keyof typeof CLIENT_MESSAGES

/** What the client sent, quoted in a message: short, one line, no control characters. */
export function quoted(value: unknown): string {
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`
}

export function clientMessage(reason: ClientReason, language: Language, value?: unknown): string {
  const template = CLIENT_MESSAGES[reason][language]
  if (value === undefined) return template.replace(/:? ?\{value\}/, '')
  return template.replace('{value}', typeof value === 'string' && /^[\w.-]{1,60}$/.test(value) ? value : quoted(value))
}

/** A refusal caused by what the client sent: public, with a reason code, never logged as a server fault. */
export class ClientError extends APIError {
  readonly reason: ClientReason
  constructor(reason: ClientReason, language: Language, status = 400, value?: unknown) {
    super(clientMessage(reason, language, value), status, { reason }, true)
    this.reason = reason
    // Set explicitly: minified builds lose class names.
    this.name = 'ClientError'
  }
}

/** The language Payload chose for the request (its `payload-lng` cookie or Accept-Language), Italian by default. */
export const languageOfRequest = (req: { i18n?: { language?: string } } | undefined): Language => (req?.i18n?.language === 'en' ? 'en' : 'it')

/** The same choice from raw headers, made as Payload makes it, for what runs before Payload. */
export function languageOfHeaders(headers: Headers): Language {
  const cookie = headers.get('cookie')?.match(/(?:^|;\s*)payload-lng=([^;]*)/)?.[1]
  if (cookie === 'en' || cookie === 'it') return cookie
  const header = headers.get('accept-language')
  return header && extractHeaderLanguage(header) === 'en' ? 'en' : 'it'
}

/** One line in the log for a request refused before Payload read it. */
export function logRefusal(request: Request, response: Response): void {
  const reason = response.headers.get('x-refusal-reason') ?? 'client-error'
  console.info(`${request.method} ${new URL(request.url).pathname.slice(0, 200)} ${response.status} ${reason}`)
}

/** The body every refusal of the CMS has, as Payload shapes its own: `{ errors: [{ message, data: { reason } }] }`. */
export function clientErrorResponse(reason: ClientReason, language: Language, status = 400, value?: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(
    { errors: [{ message: clientMessage(reason, language, value), data: { reason } }] },
    { status, headers: { 'cache-control': 'no-store', 'content-language': language, 'x-refusal-reason': reason, ...headers } },
  )
}
