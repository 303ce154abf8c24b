import type { Endpoint } from 'payload'
import { jsonObjectBody } from '../platform/http/json-body.ts'
import { registrationOfRoute } from './registration-of-route.ts'
import { cancelRegistration, SignupError } from './service.ts'

type Message = { it: string; en: string }

const MESSAGES = {
  forbidden: { it: 'Non puoi annullare questa iscrizione.', en: 'You may not cancel this sign-up.' },
  'not-found': { it: 'Iscrizione non trovata.', en: 'Sign-up not found.' },
  'reason-missing': { it: 'Scrivi il motivo dell’annullamento (da 3 a 500 caratteri).', en: 'Write the reason for the cancellation (3 to 500 characters).' },
  'not-active': { it: 'Questa iscrizione non è più attiva: non c’è niente da annullare.', en: 'This sign-up is no longer active: there is nothing to cancel.' },
  cancelled: { it: 'Iscrizione annullata: la persona è stata avvisata per e-mail.', en: 'Sign-up cancelled: the person has been told by e-mail.' },
} satisfies Record<string, Message>

const answer = (status: number, code: keyof typeof MESSAGES, extra: Record<string, unknown> = {}) =>
  Response.json({ ok: status < 400, code, message: MESSAGES[code], ...extra }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * POST /api/registrations/:id/staff-cancel {reason} — staff cancel a sign-up on the person's behalf.
 * Who may is the access matrix's `cancel` cell; the change goes through the sign-up service, so the
 * seat is released and the waitlist promoted exactly as when the person cancels.
 */
export const staffCancelEndpoint: Endpoint = {
  path: '/:id/staff-cancel',
  method: 'post',
  handler: async (req) => {
    const registration = await registrationOfRoute(req, 'cancel')
    if (registration === 'signed-out') return answer(401, 'forbidden')
    if (registration === 'not-found') return answer(404, 'not-found')
    if (registration === 'forbidden') return answer(403, 'forbidden')
    const body = await jsonObjectBody(req)
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : ''
    if (reason.length < 3 || reason.length > 500) return answer(400, 'reason-missing', { fieldErrors: { reason: 'required' } })
    try {
      // Decided again in the activity's turn: someone may have cancelled, or the hold expired, meanwhile.
      const { outcome } = await cancelRegistration(req.payload, registration, new Date(), { reason, by: req.user!.id })
      if (outcome !== 'cancelled') return answer(409, 'not-active')
    } catch (err) {
      if (err instanceof SignupError) return answer(404, 'not-found')
      throw err
    }
    req.payload.logger.info({ msg: `Sign-up ${registration.id} cancelled by staff`, user: req.user!.id })
    return answer(200, 'cancelled')
  },
}
