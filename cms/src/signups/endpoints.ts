import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'
import { signupFieldErrors } from '@quartieri/shared/signups/signup-form'
import { hasRole, assignedNeighbourhoodIds, roleOf } from '../platform/access/roles.ts'
import { clientAddress } from '../platform/auth/client-address.ts'
import { isDocumentId } from '../platform/http/document-ids.ts'
import { jsonObjectBody } from '../platform/http/json-body.ts'
import { portalLocales } from '../platform/locales.ts'
import { formPostLimiter } from '@quartieri/shared/platform/rate-limit'
import { config } from '../platform/config.ts'
import type { ActivityKind } from './activity.ts'
import { availability, cancelSignup, confirmSignup, signUp, SignupError, type SignupRequest } from './service.ts'
import { isWellFormedToken } from './tokens.ts'
import { idOf } from '@quartieri/shared/platform/ids'

/** The CMS's budget of sign-up, confirmation and cancellation posts per client address. */
const spendFormAttempt = formPostLimiter(config)

type Message = { it: string; en: string }

const MESSAGES: Record<string, Message> = {
  received: { it: 'Richiesta ricevuta: controlla la tua casella di posta e segui le istruzioni.', en: 'Request received: check your inbox and follow the instructions.' },
  invalid: { it: 'Alcuni campi non sono validi: correggili e riprova.', en: 'Some fields are not valid: correct them and try again.' },
  'bad-json': { it: 'Richiesta non valida.', en: 'Invalid request.' },
  'rate-limited': { it: 'Troppe richieste da questo indirizzo: riprova tra qualche minuto.', en: 'Too many requests from this address: try again in a few minutes.' },
  'lab-not-found': { it: 'Laboratorio non trovato.', en: 'Laboratory not found.' },
  closed: { it: 'Le iscrizioni a questo laboratorio sono chiuse.', en: 'Sign-up for this laboratory is closed.' },
  'not-yet-open': { it: 'Le iscrizioni a questo laboratorio non sono ancora aperte.', en: 'Sign-up for this laboratory is not open yet.' },
  'token-unknown': { it: 'Il link non è valido o è già stato usato.', en: 'The link is not valid or has already been used.' },
  'token-expired': { it: 'Il link è scaduto: il posto non è più riservato.', en: 'The link has expired: the seat is no longer held.' },
  forbidden: { it: 'Non hai i permessi per questa operazione.', en: 'You are not allowed to do this.' },
}

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

const fail = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json(status, { ok: false, code, message: MESSAGES[code] ?? MESSAGES['bad-json'], ...extra }, headers)

function signupErrorResponse(err: unknown): Response {
  if (err instanceof SignupError) return fail(err.status, err.code)
  throw err
}

/** POST /api/registrations/sign-up — the public sign-up (the site's form posts here). */
export const signUpEndpoint: Endpoint = {
  path: '/sign-up',
  method: 'post',
  handler: async (req) => {
    const wait = await spendFormAttempt(clientAddress(req))
    if (wait !== null) return fail(429, 'rate-limited', {}, { 'retry-after': String(wait) })
    const body = await jsonObjectBody(req)
    if (!body) return fail(400, 'bad-json')
    // A filled honeypot means a bot: answer as if all went well, store nothing.
    if (typeof body.website === 'string' && body.website.trim() !== '') return json(202, { ok: true, code: 'received', message: MESSAGES.received })
    // Ids as the database has them (a positive whole number on SQLite): 1e309, -1, 1.5, arrays or objects find nothing.
    const target = isDocumentId(req.payload, 'events', body.event)
      ? { event: body.event }
      : isDocumentId(req.payload, 'laboratories', body.laboratory)
        ? { laboratory: body.laboratory }
        : null
    if (!target) return fail(400, 'lab-not-found')
    // The page's locale, among the portal's: the person's mails are written in it.
    const form = signupFieldErrors(body, portalLocales())
    if (!form.ok) return fail(400, 'invalid', { fieldErrors: form.errors })
    let seats: Awaited<ReturnType<typeof signUp>>['seats']
    try {
      ;({ seats } = await signUp(req.payload, { ...form.data, ...target } as SignupRequest))
    } catch (err) {
      return signupErrorResponse(err)
    }
    // The seat figures with this sign-up counted (counts only, as the availability endpoint gives them).
    return json(202, { ok: true, code: 'received', message: MESSAGES.received, availability: seats })
  },
}

function tokenEndpoint(path: string, action: typeof confirmSignup | typeof cancelSignup): Endpoint {
  return {
    path,
    method: 'post',
    handler: async (req) => {
      const wait = await spendFormAttempt(clientAddress(req))
      if (wait !== null) return fail(429, 'rate-limited', {}, { 'retry-after': String(wait) })
      const body = await jsonObjectBody(req)
      if (!body || !isWellFormedToken(body.token)) return fail(400, 'token-unknown')
      try {
        const result = await action(req.payload, body.token)
        return json(200, { ok: true, code: result.outcome, laboratory: result.lab })
      } catch (err) {
        return signupErrorResponse(err)
      }
    },
  }
}

/** POST /api/registrations/confirm {token} */
export const confirmEndpoint = tokenEndpoint('/confirm', confirmSignup)
/** POST /api/registrations/cancel {token} — a button press, never a link opened by a mail scanner. */
export const cancelEndpoint = tokenEndpoint('/cancel', cancelSignup)

/** GET /api/{laboratories|events}/:id/availability — seat counts of a published activity, no personal data. */
export function availabilityEndpoint(kind: ActivityKind): Endpoint {
  return {
    path: '/:id/availability',
    method: 'get',
    handler: async (req) => {
      const id = req.routeParams?.id
      if (!isDocumentId(req.payload, kind, id)) return fail(404, 'lab-not-found')
      try {
        return json(200, await availability(req.payload, kind, id))
      } catch (err) {
        return signupErrorResponse(err)
      }
    },
  }
}

const CSV_COLUMNS = [
  ['attivita', 'Laboratorio o evento'],
  ['stato', 'Stato'],
  ['nome', 'Nome'],
  ['email', 'E-mail'],
  ['telefono', 'Telefono'],
  ['organizzazione', 'Organizzazione'],
  ['esigenze_accessibilita', 'Esigenze di accessibilità'],
  ['email_verificata', 'E-mail verificata'],
  ['iscritto_il', 'Iscritto il'],
  ['informativa_versione', 'Versione informativa'],
  ['consenso_il', 'Consenso il'],
  ['presenze', 'Presenze'],
] as const

/** GET /api/registrations/export.csv?laboratory=ID or ?event=ID — staff only; operators get their neighbourhoods' only. */
export const exportEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'operator')) return fail(req.user ? 403 : 401, 'forbidden')
    const labParam = req.searchParams.get('laboratory')
    const eventParam = req.searchParams.get('event')
    const filter =
      eventParam !== null
        ? { collection: 'events' as const, field: 'event', id: eventParam }
        : labParam !== null
          ? { collection: 'laboratories' as const, field: 'laboratory', id: labParam }
          : null
    if (filter) {
      const found = isDocumentId(req.payload, filter.collection, filter.id)
        ? await req.payload.find({ collection: filter.collection, where: { id: { equals: filter.id } }, depth: 0, limit: 1, draft: true, overrideAccess: true })
        : null
      const doc = found?.docs[0]
      if (!doc) return fail(404, 'lab-not-found')
      const neighbourhood = idOf(doc.neighbourhood)
      if (roleOf(req.user) === 'operator' && !assignedNeighbourhoodIds(req.user).map(String).includes(String(neighbourhood))) return fail(403, 'forbidden')
    }
    const result = await req.payload.find({
      collection: 'registrations',
      where: filter ? { [filter.field]: { equals: filter.id } } : {},
      sort: ['laboratory', 'event', 'createdAt'],
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user: req.user,
    })
    const rows = result.docs.map((r) => [
      typeof r.event === 'object' && r.event ? r.event.title : typeof r.laboratory === 'object' && r.laboratory ? r.laboratory.title : (r.event ?? r.laboratory ?? ''),
      r.status,
      r.name ?? '',
      r.email ?? '',
      r.phone ?? '',
      r.organization ?? '',
      r.accessibilityNeeds ?? '',
      r.emailVerified ? 'sì' : 'no',
      r.createdAt,
      r.consent?.privacyNoticeVersion ?? '',
      r.consent?.acceptedAt ?? '',
      (r.attendance ?? [])
        .filter((a) => a.present)
        .map((a) => a.sessionDate.slice(0, 10))
        .join(' '),
    ])
    // What people typed may start with = + - @: a leading apostrophe keeps spreadsheets from running it as a formula.
    const csv = stringify([CSV_COLUMNS.map(([, label]) => label), ...rows], { bom: true, escape_formulas: true })
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="iscrizioni${filter ? `-${filter.field}-${filter.id}` : ''}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
