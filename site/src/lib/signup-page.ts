import type { Locale, UiKey } from '../i18n/index.ts'
import { translator } from '../i18n/index.ts'
import { CmsUnavailableError, postForm } from './cms.ts'
import { spendFormAttempt } from './rate-limit.ts'

export interface SignupOutcome {
  status: number
  message: string
  kind: 'success' | 'error'
  errors?: Record<string, string>
  values?: Record<string, string>
}

const FIELDS = ['name', 'email', 'phone', 'organization', 'accessibilityNeeds', 'website', 'locale'] as const
const MAX_FIELD = 5_000

/** Handles a sign-up form post: rate limit, then the CMS endpoint; returns what to show and the status. */
export async function handleSignupPost(request: Request, target: { laboratory: number | string } | { event: number | string }, clientAddress: string, locale: Locale): Promise<SignupOutcome> {
  const t = translator(locale)
  const wait = await spendFormAttempt(clientAddress)
  if (wait !== null) return { status: 429, kind: 'error', message: t('signup.rateLimited', { minutes: Math.ceil(wait / 60) }) }
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
  const answer = await postForm('/api/registrations/sign-up', { ...values, consent: values.consent === 'yes', ...target, locale }, clientAddress)
  const redisplay = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, MAX_FIELD)]))
  switch (answer.code) {
    case 'received':
      return { status: 202, kind: 'success', message: t('signup.received') }
    case 'invalid':
      return { status: 400, kind: 'error', message: t('signup.invalid'), errors: answer.fieldErrors, values: redisplay }
    case 'rate-limited':
      return { status: 429, kind: 'error', message: t('signup.rateLimited', { minutes: 10 }), values: redisplay }
    case 'closed':
    case 'not-yet-open':
      return { status: 409, kind: 'error', message: t(answer.code === 'closed' ? 'signup.closed' : 'signup.notYetOpen') }
    default:
      return { status: answer.status >= 400 ? answer.status : 400, kind: 'error', message: t('signup.badRequest' as UiKey), values: redisplay }
  }
}

/**
 * The seats after a sign-up, shown with its answer; when the CMS is too busy to say (a burst of
 * sign-ups), the seats read before it, so the person still sees their answer rather than an error page.
 */
export async function seatsAfterSignup<T>(load: () => Promise<T>, before: T): Promise<T> {
  try {
    return await load()
  } catch (err) {
    if (err instanceof CmsUnavailableError) return before
    throw err
  }
}
