import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { config } from './config.ts'

/** Form posts allowed per client address in each window (SIGNUP_RATE_LIMIT per SIGNUP_RATE_WINDOW_SECONDS), as in the CMS. */
const limiter = new RateLimiterMemory({
  keyPrefix: 'site-forms',
  points: config.SIGNUP_RATE_LIMIT,
  duration: config.SIGNUP_RATE_WINDOW_SECONDS,
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
