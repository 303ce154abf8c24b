import { translator, type Locale, type UiKey } from '../i18n/index.ts'
import { postForm } from './cms.ts'
import { spendFormAttempt } from './rate-limit.ts'

const OUTCOME_KEYS: Record<string, UiKey> = {
  confirmed: 'token.confirmed',
  'already-confirmed': 'token.alreadyConfirmed',
  'waitlist-verified': 'token.waitlistVerified',
  cancelled: 'token.cancelled',
  'already-cancelled': 'token.alreadyCancelled',
  'token-expired': 'token.expired',
  'token-unknown': 'token.unknown',
}

/** Presses the button of a confirmation or cancellation link: the CMS decides, this says it in words. */
export async function handleTokenPost(request: Request, action: 'confirm' | 'cancel', clientAddress: string, locale: Locale) {
  const t = translator(locale)
  const wait = await spendFormAttempt(clientAddress)
  if (wait !== null) return { status: 429, outcome: { kind: 'error' as const, message: t('signup.rateLimited', { minutes: Math.ceil(wait / 60) }) } }
  const token = await request
    .formData()
    .then((form) => form.get('token'))
    .catch(() => null)
  if (typeof token !== 'string' || token.length > 100) return { status: 400, outcome: { kind: 'error' as const, message: t('token.unknown') } }
  const answer = await postForm(`/api/registrations/${action}`, { token }, clientAddress)
  const key = OUTCOME_KEYS[answer.code] ?? 'token.unknown'
  const lab = answer.laboratory
  return {
    status: answer.status,
    outcome: { kind: answer.status < 400 ? ('success' as const) : ('error' as const), message: t(key, { lab: lab?.title ?? '' }), lab },
  }
}
