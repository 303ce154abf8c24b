import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Form posts allowed per client address in each window (SIGNUP_RATE_LIMIT per SIGNUP_RATE_WINDOW_SECONDS), as in the CMS. */
const limiter = new RateLimiterMemory({
  keyPrefix: 'site-forms',
  points: Number(process.env.SIGNUP_RATE_LIMIT || 10),
  duration: Number(process.env.SIGNUP_RATE_WINDOW_SECONDS || 600),
})

/** Spends one attempt for `client`; the seconds to wait when over the limit, else null. */
export async function spendFormAttempt(client: string): Promise<number | null> {
  try {
    await limiter.consume(client)
    return null
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
    throw res
  }
}
