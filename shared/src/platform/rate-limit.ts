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

/**
 * Citizens' form posts (sign-ups, confirmations, cancellations) allowed per client address in each window:
 * SIGNUP_RATE_LIMIT per SIGNUP_RATE_WINDOW_SECONDS, counted by each process that takes them (the CMS, the site).
 */
const formPosts = new RateLimiterMemory({
  keyPrefix: 'forms',
  points: Number(process.env.SIGNUP_RATE_LIMIT || 10),
  duration: Number(process.env.SIGNUP_RATE_WINDOW_SECONDS || 600),
})

/** Spends one form post for `client`; the seconds to wait when over the limit, else null. */
export const spendFormAttempt = (client: string): Promise<number | null> => spendAttempt(formPosts, client)
