import type { Availability } from '@quartieri/shared/laboratories/laboratory'
import type { Locale, UiKey } from '../platform/i18n/index.ts'
import { translator } from '../platform/i18n/index.ts'
import { beforeDeadline, type CmsFormAnswer, CmsUnavailableError, formDeadline, postForm } from '../platform/cms.ts'
import type { PageData } from '../platform/page-data.ts'
import { spendFormAttempt } from '../platform/rate-limit.ts'

export interface SignupOutcome {
  status: number
  message: string
  kind: 'success' | 'error'
  errors?: Record<string, string>
  values?: Record<string, string>
  /** Seconds to wait before trying again (a 429's Retry-After). */
  retryAfter?: number
  /** After a sign-up: the seats with it counted, as the CMS answered. */
  seats?: Availability
}

const FIELDS = ['name', 'email', 'phone', 'organization', 'accessibilityNeeds', 'website', 'locale'] as const
const MAX_FIELD = 5_000

/** Handles a sign-up form post: rate limit, then the CMS endpoint; returns what to show and the status. */
export async function handleSignupPost(
  request: Request,
  target: { laboratory: number | string } | { event: number | string },
  clientAddress: string,
  locale: Locale,
  deadline = formDeadline(),
): Promise<SignupOutcome> {
  const t = translator(locale)
  const wait = await spendFormAttempt(clientAddress)
  if (wait !== null) return { status: 429, kind: 'error', message: t('signup.rateLimited', { minutes: Math.ceil(wait / 60) }), retryAfter: wait }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return { status: 400, kind: 'error', message: t('signup.badRequest') }
  }
  const values: Record<string, string> = {}
  for (const field of FIELDS) {
    const value = form.get(field)
    // Over-long values are cut for redisplay only; the CMS still sees and refuses the full length.
    if (typeof value === 'string') values[field] = value
  }
  values.consent = form.get('consent') === 'yes' ? 'yes' : ''
  const redisplay = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, MAX_FIELD)]))
  let answer: CmsFormAnswer
  try {
    answer = await postForm('/api/registrations/sign-up', { ...values, consent: values.consent === 'yes', ...target, locale }, clientAddress, deadline)
  } catch (err) {
    if (!(err instanceof CmsUnavailableError)) throw err
    console.error(`${err.message}: the sign-up may or may not have been recorded`)
    return { status: 503, kind: 'error', message: t('signup.unavailable'), values: redisplay }
  }
  switch (answer.code) {
    case 'received':
      return { status: 202, kind: 'success', message: t('signup.received'), seats: answer.availability }
    case 'invalid':
      return { status: 400, kind: 'error', message: t('signup.invalid'), errors: answer.fieldErrors, values: redisplay }
    case 'rate-limited': {
      const retryAfter = answer.retryAfter ?? 600
      return { status: 429, kind: 'error', message: t('signup.rateLimited', { minutes: Math.ceil(retryAfter / 60) }), values: redisplay, retryAfter }
    }
    case 'closed':
    case 'not-yet-open':
      return { status: 409, kind: 'error', message: t(answer.code === 'closed' ? 'signup.closed' : 'signup.notYetOpen') }
    default:
      return { status: Math.max(answer.status, 400), kind: 'error', message: t('signup.badRequest' as UiKey), values: redisplay }
  }
}

/** What a lab's or event's page answers: its data, the outcome of a sign-up just posted, the status and extra headers. */
export interface SignupPageAnswer<D> {
  page: PageData<D>
  result?: SignupOutcome
  status: number
  headers: Record<string, string>
  /** For an error page: why a post could not be handled (the CMS could not be reached). */
  message?: string
}

/** How a page with a sign-up form finds what to sign up for and its seats. */
export interface SignupTarget<D> {
  /** The lab or event to sign up for, or null when this page takes no sign-ups. */
  target: (data: D) => { laboratory: number | string } | { event: number | string } | null
  /** The seats now (asked afresh, not from the cache: they must count the sign-up just made), and the page's data with them. */
  seats: (data: D) => Promise<Availability>
  withSeats: (data: D, seats: Availability) => D
}

/**
 * A page with a sign-up form: a GET shows it; a POST signs up, all within CMS_FORM_TIMEOUT_MS. When the CMS
 * cannot be reached or is too slow, the answer is a 503 that says the sign-up may not have been recorded (a
 * retry is safe: the CMS gives one e-mail address one sign-up per lab or event).
 */
export async function signupPage<D>(
  request: Request,
  clientAddress: string,
  locale: Locale,
  load: () => Promise<PageData<D>>,
  form: SignupTarget<D>,
): Promise<SignupPageAnswer<D>> {
  if (request.method !== 'POST') {
    const page = await load()
    return { page, status: page.status, headers: {} }
  }
  const t = translator(locale)
  const deadline = formDeadline()
  const unavailable = (): SignupPageAnswer<D> => ({
    page: { status: 503, settings: null },
    status: 503,
    headers: { 'cache-control': 'no-store' },
    message: t('signup.unavailable'),
  })
  let page: PageData<D>
  try {
    page = await beforeDeadline(load(), deadline, 'sign-up page')
  } catch (err) {
    if (!(err instanceof CmsUnavailableError)) throw err
    console.error(`${err.message}: sign-up not sent`)
    return unavailable()
  }
  if (page.status === 503) return unavailable()
  if (page.status !== 200) return { page, status: page.status, headers: {} }
  const target = form.target(page.data)
  if (!target) return { page, status: 409, headers: {}, result: { status: 409, kind: 'error', message: t('signup.notOffered') } }
  const result = await handleSignupPost(request, target, clientAddress, locale, deadline)
  const headers: Record<string, string> = { 'cache-control': 'no-store' }
  if (result.retryAfter !== undefined) headers['retry-after'] = String(result.retryAfter)
  if (result.status === 503) return { page, result, status: 503, headers }
  const data = page.data
  // The seats after the sign-up: as the CMS's answer gave them, else asked afresh; when the CMS is too busy to say
  // (a burst of sign-ups), the seats read before it.
  const seats =
    result.seats ??
    (await beforeDeadline(form.seats(data), deadline, 'seats after sign-up').catch((err: unknown) => {
      if (err instanceof CmsUnavailableError) return null
      throw err
    }))
  return { page: seats ? { ...page, data: form.withSeats(data, seats) } : page, result, status: result.status, headers }
}
