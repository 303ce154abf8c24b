import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Spends one attempt of `key` from `limiter`; resolves to the seconds to wait when its budget is spent, else null. */
export async function spendAttempt(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key)
    return null
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
    throw res
  }
}

/** How many form posts a client address may make in each window: SIGNUP_RATE_LIMIT per SIGNUP_RATE_WINDOW_SECONDS. */
export interface FormPostLimits {
  SIGNUP_RATE_LIMIT: number
  SIGNUP_RATE_WINDOW_SECONDS: number
}

/**
 * Citizens' form posts (sign-ups, confirmations, cancellations), counted per client address by each process that
 * takes them (the CMS, the site) within the limits of its configuration. Spends one post for `client`; resolves to
 * the seconds to wait when over the limit, else null.
 */
export function formPostLimiter(limits: FormPostLimits): (client: string) => Promise<number | null> {
  const formPosts = new RateLimiterMemory({ keyPrefix: 'forms', points: limits.SIGNUP_RATE_LIMIT, duration: limits.SIGNUP_RATE_WINDOW_SECONDS })
  return (client) => spendAttempt(formPosts, client)
}
