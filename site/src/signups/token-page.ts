import type { PublicSettings } from '@quartieri/shared/platform/settings'
import { translator, type Locale, type UiKey } from '../platform/i18n/index.ts'
import { beforeDeadline, type CmsFormAnswer, CmsUnavailableError, formDeadline, postForm } from '../platform/cms.ts'
import { loadSettingsOnly } from '../platform/page-data.ts'
import { spendFormAttempt } from '../platform/rate-limit.ts'

const OUTCOME_KEYS: Record<string, UiKey> = {
  confirmed: 'token.confirmed',
  'already-confirmed': 'token.alreadyConfirmed',
  'waitlist-verified': 'token.waitlistVerified',
  cancelled: 'token.cancelled',
  'already-cancelled': 'token.alreadyCancelled',
  'token-expired': 'token.expired',
  'token-unknown': 'token.unknown',
}

export interface TokenOutcome {
  kind: 'success' | 'error'
  message: string
  lab?: { title: string; slug: string; kind?: 'laboratories' | 'events' }
}

/** Presses the button of a confirmation or cancellation link: the CMS decides, this says it in words. */
export async function handleTokenPost(
  request: Request,
  action: 'confirm' | 'cancel',
  clientAddress: string,
  locale: Locale,
  deadline = formDeadline(),
): Promise<{ status: number; outcome: TokenOutcome; retryAfter?: number }> {
  const t = translator(locale)
  const wait = await spendFormAttempt(clientAddress)
  if (wait !== null) return { status: 429, outcome: { kind: 'error', message: t('signup.rateLimited', { minutes: Math.ceil(wait / 60) }) }, retryAfter: wait }
  const token = await request
    .formData()
    .then((form) => form.get('token'))
    .catch(() => null)
  if (typeof token !== 'string' || token.length > 100) return { status: 400, outcome: { kind: 'error', message: t('token.unknown') } }
  let answer: CmsFormAnswer
  try {
    answer = await postForm(`/api/registrations/${action}`, { token }, clientAddress, deadline)
  } catch (err) {
    if (!(err instanceof CmsUnavailableError)) throw err
    console.error(`${err.message}: the ${action} may or may not have been recorded`)
    return { status: 503, outcome: { kind: 'error', message: t(action === 'confirm' ? 'token.confirmUnavailable' : 'token.cancelUnavailable') } }
  }
  if (answer.code === 'rate-limited') {
    const retryAfter = answer.retryAfter ?? 600
    return { status: 429, outcome: { kind: 'error', message: t('signup.rateLimited', { minutes: Math.ceil(retryAfter / 60) }) }, retryAfter }
  }
  const key = OUTCOME_KEYS[answer.code] ?? 'token.unknown'
  const lab = answer.laboratory
  return {
    status: answer.status,
    outcome: { kind: answer.status < 400 ? 'success' : 'error', message: t(key, { lab: lab?.title ?? '' }), lab },
  }
}

/** What a confirmation or cancellation page answers: its settings (null when the CMS could not give them), the outcome, status and headers. */
export interface TokenPageAnswer {
  settings: PublicSettings | null
  outcome?: TokenOutcome
  status: number
  headers: Record<string, string>
  /** For the error page: why the button's press could not be handled. */
  message?: string
}

/**
 * The page of a confirmation or cancellation link: a GET shows the button, a POST presses it, within
 * CMS_FORM_TIMEOUT_MS. Its URL holds a personal token: never cached, never sent on as a referrer.
 */
export async function tokenPage(request: Request, action: 'confirm' | 'cancel', clientAddress: string, locale: Locale): Promise<TokenPageAnswer> {
  const headers: Record<string, string> = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }
  const t = translator(locale)
  const post = request.method === 'POST'
  const deadline = formDeadline()
  const unavailable = (): TokenPageAnswer => ({
    settings: null,
    status: 503,
    headers,
    message: post ? t(action === 'confirm' ? 'token.confirmUnavailable' : 'token.cancelUnavailable') : undefined,
  })
  let page: Awaited<ReturnType<typeof loadSettingsOnly>>
  try {
    page = post ? await beforeDeadline(loadSettingsOnly(), deadline, `${action} page`) : await loadSettingsOnly()
  } catch (err) {
    if (!(err instanceof CmsUnavailableError)) throw err
    console.error(`${err.message}: ${action} not sent`)
    return unavailable()
  }
  if (page.status !== 200) return unavailable()
  if (!post) return { settings: page.settings, status: 200, headers }
  const result = await handleTokenPost(request, action, clientAddress, locale, deadline)
  return {
    settings: page.settings,
    outcome: result.outcome,
    status: result.status,
    headers: result.retryAfter === undefined ? headers : { ...headers, 'retry-after': String(result.retryAfter) },
  }
}
