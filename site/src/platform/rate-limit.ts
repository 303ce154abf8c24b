import { formPostLimiter } from '@quartieri/shared/platform/rate-limit'
import { config } from './config.ts'

/** The site's budget of form posts per client address (the sign-up, confirmation and cancellation pages share it). */
export const spendFormAttempt = formPostLimiter(config)
