import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { config } from '../platform/config.ts'

/** Sign-up attempts allowed per client address in each window (SIGNUP_RATE_LIMIT per SIGNUP_RATE_WINDOW_SECONDS). */
const limiter = new RateLimiterMemory({
  keyPrefix: 'signup',
  points: config.SIGNUP_RATE_LIMIT,
  duration: config.SIGNUP_RATE_WINDOW_SECONDS,
})

/** Spends one attempt for `client`; resolves to the seconds to wait when the limit is hit, else null. */
export async function spendSignupAttempt(client: string): Promise<number | null> {
  try {
    await limiter.consume(client)
    return null
  } catch (res) {
    if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000))
    throw res
  }
}
