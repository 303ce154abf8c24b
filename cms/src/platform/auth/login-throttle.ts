import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'
import { spendAttempt as spend } from '@quartieri/shared/platform/rate-limit'
import { clientAddress } from './client-address.ts'
import { config } from '../config.ts'

/** Every budget is counted over this window (LOGIN_RATE_WINDOW_SECONDS, 15 minutes). */
const WINDOW_SECONDS = config.LOGIN_RATE_WINDOW_SECONDS

/** Failed logins from one client address, whatever the accounts (stops one address trying many accounts). */
const perAddress = new RateLimiterMemory({ keyPrefix: 'login-address', points: config.LOGIN_ADDRESS_RATE_LIMIT, duration: WINDOW_SECONDS })
/** Failed logins on one account from one address: a stranger guessing is stopped here, the owner elsewhere is not. */
const perAccountAndAddress = new RateLimiterMemory({ keyPrefix: 'login-account-address', points: config.LOGIN_RATE_LIMIT, duration: WINDOW_SECONDS })
/** Failed logins on one account from every address: looser, against guessing from many addresses at once. */
const perAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: config.LOGIN_ACCOUNT_RATE_LIMIT, duration: WINDOW_SECONDS })

/** Account and address pairs that logged in lately: the per-account budget does not stop the owner at their usual address. */
const recentLogins = new Map<string, number>()
const RECENT_LOGIN_MS = 30 * 24 * 60 * 60 * 1000
const RECENT_LOGINS_KEPT = 10_000

/** Payload's hash for a password (generatePasswordSaltHash: pbkdf2, sha256, 600,000 iterations, 32 bytes). */
const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const pbkdf2Async = promisify(pbkdf2)

const MESSAGES = {
  login: {
    it: (minutes: number) => `Troppi tentativi di accesso non riusciti: riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
    en: (minutes: number) => `Too many failed login attempts: try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
  forgotPassword: {
    it: (minutes: number) => `Troppe richieste di reimpostazione della password: riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`,
    en: (minutes: number) => `Too many password reset requests: try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  },
}

const accountOf = (email: unknown) => (typeof email === 'string' ? email.toLowerCase().trim().slice(0, 254) : '')

/** A 429 in the request's language (Italian unless it asks for English), with Retry-After. */
function tooManyAttempts(req: PayloadRequest, seconds: number, kind: keyof typeof MESSAGES): APIError {
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('retry-after', String(seconds))
  req.responseHeaders.set('cache-control', 'no-store')
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  const language = req.i18n?.language === 'en' ? 'en' : 'it'
  return new APIError(MESSAGES[kind][language](minutes), 429, { retryAfterSeconds: seconds }, true)
}

function wasRecentLogin(key: string): boolean {
  const at = recentLogins.get(key)
  if (at === undefined) return false
  if (Date.now() - at < RECENT_LOGIN_MS) return true
  recentLogins.delete(key)
  return false
}

/** What a login attempt spent, for afterLogin to give back. */
interface SpentAttempt {
  address: string
  account: string
  accountBudget: boolean
}

/** Spends the attempt on every budget it touches, and rejects with a 429 when one is spent. */
async function spendLoginAttempt(req: PayloadRequest, account: string): Promise<SpentAttempt> {
  const address = clientAddress(req)
  const accountBudget = !wasRecentLogin(`${account}\n${address}`)
  // In turn: an address already stopped does not eat into the account's budgets.
  const wait = (await spend(perAddress, address)) ?? (await spend(perAccountAndAddress, `${account}\n${address}`)) ?? (accountBudget ? await spend(perAccount, account) : null)
  if (wait !== null) throw tooManyAttempts(req, wait, 'login')
  return { address, account, accountBudget }
}

/** Does the work of checking a password against a stored hash, for an account that does not exist. */
async function hashLikeALogin(password: unknown): Promise<void> {
  await pbkdf2Async(typeof password === 'string' ? password : '', randomBytes(32).toString('hex'), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest)
}

/**
 * Users' beforeOperation: throttles logins (REST, GraphQL and the admin's form all run Payload's login operation)
 * by address, by account and address, and by account, before the password is checked; an unknown e-mail costs
 * the same hashing as a known one, so the answer's time does not tell whether an account exists. Password reset
 * requests spend the address's and the account's budgets too.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data
  const account = accountOf(data?.email)
  if (operation === 'forgotPassword') {
    const address = clientAddress(req)
    const wait = (await spend(perAddress, address)) ?? (await spend(perAccountAndAddress, `${account}\n${address}`))
    if (wait !== null) throw tooManyAttempts(req, wait, 'forgotPassword')
    return args
  }
  req.context.loginAttempt = await spendLoginAttempt(req, account)
  if (account && typeof data?.password === 'string' && data.password.trim() !== '') {
    const known = await req.payload.db.count({ collection: 'users', where: { email: { equals: account } }, req })
    if (known.totalDocs === 0) await hashLikeALogin(data.password)
  }
  return args
}

/** Users' afterLogin: a successful login gives its attempt back and clears the account's count at that address. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const spent = req.context.loginAttempt as SpentAttempt | undefined
  if (!spent) return user
  const key = `${spent.account}\n${spent.address}`
  await Promise.all([perAddress.reward(spent.address, 1), perAccountAndAddress.delete(key), spent.accountBudget ? perAccount.reward(spent.account, 1) : null])
  recentLogins.delete(key)
  recentLogins.set(key, Date.now())
  // Oldest first in a Map: drop the oldest once there are too many.
  if (recentLogins.size > RECENT_LOGINS_KEPT) recentLogins.delete(recentLogins.keys().next().value as string)
  return user
}
