import type { Endpoint, PayloadRequest } from 'payload'
import { actorOf } from '../platform/access/apply-access-matrix.ts'
import { scopeOf } from '../platform/access/matrix.ts'
import { assignedNeighbourhoodIds } from '../platform/access/roles.ts'
import { registrationOfRoute } from './registration-of-route.ts'
import { eraseByEmail } from './privacy.ts'
import { jsonObjectBody } from '../platform/http/json-body.ts'

type Message = { it: string; en: string }

const MESSAGES = {
  forbidden: { it: 'Non puoi cancellare i dati di questa persona.', en: 'You may not erase this person’s data.' },
  'signed-out': { it: 'Accedi per continuare.', en: 'Sign in to continue.' },
  'not-found': { it: 'Iscrizione non trovata.', en: 'Sign-up not found.' },
  'already-erased': { it: 'I dati di questa persona sono già stati cancellati.', en: 'This person’s data has already been erased.' },
  invalid: { it: 'Scrivi un indirizzo e-mail valido.', en: 'Write a valid e-mail address.' },
  'bad-json': { it: 'Richiesta non valida.', en: 'Invalid request.' },
  erased: { it: 'Dati cancellati.', en: 'Data erased.' },
  'none-found': { it: 'Nessuna iscrizione con questo indirizzo tra quelle che puoi gestire.', en: 'No sign-up with this address among those you manage.' },
} satisfies Record<string, Message>

const answer = (status: number, code: keyof typeof MESSAGES, extra: Record<string, unknown> = {}) =>
  Response.json({ ok: status < 400, code, message: MESSAGES[code], ...extra }, { status, headers: { 'cache-control': 'no-store' } })

/** Where this staff member may erase: everywhere (`undefined`), or their own neighbourhoods (the matrix's `erase` cell). */
const erasableIn = (req: PayloadRequest) => (scopeOf('registrations', 'erase', actorOf(req.user)) === 'all' ? undefined : assignedNeighbourhoodIds(req.user))

/** Erases a person's data from the sign-ups this staff member may erase, and writes who did it in the log (never the address). */
async function erase(req: PayloadRequest, email: string, context: string) {
  const erased = await eraseByEmail(req.payload, email, new Date(), { by: req.user!.id, neighbourhoods: erasableIn(req) })
  req.payload.logger.info({ msg: `Personal data erased from ${erased} sign-up(s) (${context})`, user: req.user!.id })
  return erased
}

/**
 * POST /api/registrations/:id/erase — erases the data of the person behind this sign-up from every sign-up they made
 * that the staff member may erase (an operator: in their neighbourhoods). The records stay, anonymous, so counts stay right.
 */
export const eraseRegistrationEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const registration = await registrationOfRoute(req, 'erase')
    if (registration === 'signed-out') return answer(401, 'signed-out')
    if (registration === 'not-found') return answer(404, 'not-found')
    if (registration === 'forbidden') return answer(403, 'forbidden')
    if (registration.erasedAt || !registration.email) return answer(409, 'already-erased')
    const erased = await erase(req, registration.email, `from sign-up ${registration.id}`)
    return answer(200, 'erased', { erased })
  },
}

/** POST /api/registrations/erase {email} — a person's erasure request, from the sign-ups list: the same rule as above. */
export const eraseByEmailEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return answer(401, 'signed-out')
    if (scopeOf('registrations', 'erase', actorOf(req.user)) === 'none') return answer(403, 'forbidden')
    const body = await jsonObjectBody(req)
    if (!body) return answer(400, 'bad-json')
    const email = typeof body.email === 'string' ? body.email.trim() : ''
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) return answer(400, 'invalid', { fieldErrors: { email: 'invalidEmail' } })
    const erased = await erase(req, email, 'by address')
    return erased === 0 ? answer(404, 'none-found', { erased }) : answer(200, 'erased', { erased })
  },
}
