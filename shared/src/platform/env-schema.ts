/**
 * Building blocks of the workspaces' configuration modules (cms/src/platform/config.ts, site/src/platform/config.ts):
 * one zod schema per kind of environment variable, and the parse that names every bad variable, in Italian and
 * English. Nothing here reads the environment: the configuration modules pass it in.
 *
 * Plain Node loads this file too (the start scripts import the configuration modules): erasable TypeScript only.
 *
 * Unset and empty are the same everywhere: an empty value (`SITE_URL=` in .env, `${SITE_URL:-}` in compose)
 * means the default, as it always has.
 */
import { isIP } from 'node:net'
import { z } from 'zod'

/** The environment, or any record shaped like it. */
export type Env = Readonly<Record<string, string | undefined>>

/** What a variable must be, in both languages, without its name: { it: 'deve essere …', en: 'must be …' }. */
export interface Rule {
  it: string
  en: string
}

/** One bad variable: its name, the rule it breaks, what it held (left out for secrets). */
export interface ConfigProblem {
  variable: string
  rule: Rule
  received?: string
}

/** The configuration cannot be used; `message` names every bad variable, one line each, in Italian then English. */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[]
  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(describeProblem).join('\n'))
    this.name = 'ConfigError'
    this.problems = problems
  }
}

const shown = (received: string | undefined) =>
  received === undefined ? { it: '', en: '' } : { it: ` (ricevuto ${JSON.stringify(received)})`, en: ` (received ${JSON.stringify(received)})` }

/** `Configurazione non valida: SITE_URL deve essere … (ricevuto "ftp:x") / Invalid configuration: SITE_URL must be … (received "ftp:x")`. */
export function describeProblem({ variable, rule, received }: ConfigProblem): string {
  const value = shown(received)
  return `Configurazione non valida: ${variable} ${rule.it}${value.it} / Invalid configuration: ${variable} ${rule.en}${value.en}`
}

/** Unset, or only blanks. */
const isUnset = (value: string | undefined): value is undefined => value === undefined || value.trim() === ''

const RULE_PARAM = 'quartieriRule'

/**
 * A variable read as `T` by `read` (undefined: not acceptable, the issue carries `rule`); unset gives `fallback`.
 * The value reaches `read` trimmed, except for `exact` variables (secrets, passwords), read as given.
 */
export function variable<T>(rule: Rule, read: (text: string) => T | undefined): z.ZodType<T | undefined, string | undefined>
export function variable<T>(rule: Rule, read: (text: string) => T | undefined, fallback: T, exact?: boolean): z.ZodType<T, string | undefined>
export function variable<T>(rule: Rule, read: (text: string) => T | undefined, fallback?: T, exact = false): z.ZodType<T | undefined, string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (isUnset(raw)) return fallback
      const value = read(exact ? raw : raw.trim())
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: rule.en, params: { [RULE_PARAM]: rule } })
        return z.NEVER
      }
      return value
    })
}

/** Text as given (trimmed); unset gives `fallback`. */
export function text(fallback: string): z.ZodType<string, string | undefined>
export function text(): z.ZodType<string | undefined, string | undefined>
export function text(fallback?: string) {
  return fallback === undefined
    ? variable({ it: 'deve essere un testo', en: 'must be text' }, (t) => t)
    : variable({ it: 'deve essere un testo', en: 'must be text' }, (t) => t, fallback)
}

/** A secret, read exactly as given (never trimmed, never shown in a message). */
export function secret(minLength = 1) {
  return variable(
    { it: `deve essere lungo almeno ${minLength} caratteri`, en: `must be at least ${minLength} characters long` },
    (t): string | undefined => (t.length >= minLength ? t : undefined),
    undefined,
    true,
  )
}

const WHOLE = /^[+]?\d+$/

/** A whole number from `min` to `max`; unset gives `fallback`. */
export function integer(fallback: number, { min = 1, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {}) {
  const rule =
    max === Number.MAX_SAFE_INTEGER
      ? min === 1
        ? { it: 'deve essere un numero intero positivo', en: 'must be a positive whole number' }
        : { it: `deve essere un numero intero non minore di ${min}`, en: `must be a whole number of at least ${min}` }
      : { it: `deve essere un numero intero tra ${min} e ${max}`, en: `must be a whole number from ${min} to ${max}` }
  return variable(rule, (t) => (WHOLE.test(t) && Number(t) >= min && Number(t) <= max ? Number(t) : undefined), fallback)
}

/** A number above zero, decimals allowed (e.g. hours); unset gives `fallback`. */
export function positiveNumber(fallback: number) {
  return variable(
    { it: 'deve essere un numero maggiore di zero', en: 'must be a number above zero' },
    (t) => (/^[+]?(\d+\.?\d*|\.\d+)$/.test(t) && Number(t) > 0 ? Number(t) : undefined),
    fallback,
  )
}

const PORT_RULE = { it: 'deve essere una porta tra 1 e 65535', en: 'must be a port from 1 to 65535' }
const readPort = (t: string) => (WHOLE.test(t) && Number(t) >= 1 && Number(t) <= 65535 ? Number(t) : undefined)

/** A TCP port, 1 to 65535; unset gives `fallback`. */
export function port(fallback: number): z.ZodType<number, string | undefined>
/** A TCP port, 1 to 65535, or undefined when unset. */
export function port(): z.ZodType<number | undefined, string | undefined>
export function port(fallback?: number) {
  return fallback === undefined ? variable(PORT_RULE, readPort) : variable(PORT_RULE, readPort, fallback)
}

const TRUE = new Set(['1', 'true', 'yes', 'on'])
const FALSE = new Set(['0', 'false', 'no', 'off'])
const FLAG_RULE = { it: 'deve essere 1 o 0 (oppure true o false)', en: 'must be 1 or 0 (or true or false)' }

/** On or off: 1/true/yes/on or 0/false/no/off, in any case; unset gives `fallback`. */
export function flag(fallback: boolean): z.ZodType<boolean, string | undefined>
/** On or off, or undefined when unset (the caller decides, e.g. differently under `npm start`). */
export function flag(): z.ZodType<boolean | undefined, string | undefined>
export function flag(fallback?: boolean) {
  const read = (t: string) => (TRUE.has(t.toLowerCase()) ? true : FALSE.has(t.toLowerCase()) ? false : undefined)
  return fallback === undefined ? variable(FLAG_RULE, read) : variable(FLAG_RULE, read, fallback)
}

/** `text` when it is an absolute http: or https: URL with a host, else undefined. */
export function absoluteHttpUrl(text: string): string | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined
  try {
    const url = new URL(text)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? text : undefined
  } catch {
    return undefined
  }
}

/** An absolute http(s) URL, kept as written; unset gives `fallback`, or undefined (for a default derived from other variables). */
export function httpUrl(fallback?: string) {
  const rule = { it: 'deve essere un URL assoluto http(s)', en: 'must be an absolute http(s) URL' }
  return fallback === undefined ? variable(rule, absoluteHttpUrl) : variable(rule, absoluteHttpUrl, fallback)
}

/** An e-mail address (name@domain); unset gives `fallback`. */
export function email(fallback: string) {
  return variable({ it: 'deve essere un indirizzo e-mail', en: 'must be an e-mail address' }, (t) => (z.email().safeParse(t).success ? t : undefined), fallback)
}

/** The names proxy-addr knows for address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

/** An IP address, an IP/CIDR range or one of proxy-addr's range names. */
export function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (!version || rest.length > 0) return false
  if (prefix === undefined) return true
  // proxy-addr also takes an IPv4 netmask as the prefix (10.0.0.0/255.0.0.0).
  if (version === 4 && isIP(prefix) === 4) return true
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128)
}

/** A comma-separated list of proxy addresses or CIDR ranges (TRUSTED_PROXIES); unset gives none. */
export function proxyList() {
  return variable(
    { it: 'deve essere un elenco di indirizzi IP o intervalli CIDR separati da virgole', en: 'must be a comma-separated list of IP addresses or CIDR ranges' },
    (t) => {
      const list = t
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
      return list.every(isProxyEntry) ? Object.freeze(list) : undefined
    },
    Object.freeze([]) as readonly string[],
  )
}

/**
 * The variables of `schema` as `env` gives them (defaults applied, undefined for what is unset and has none),
 * deeply frozen; or a ConfigError naming every bad variable. Values of `secrets` are never shown.
 */
export function validateEnv<S extends z.ZodObject>(schema: S, env: Env, secrets: readonly string[] = []): Readonly<z.output<S>> {
  const result = schema.safeParse(env)
  if (result.success) return deepFreeze(result.data)
  const problems = result.error.issues.map((issue): ConfigProblem => {
    const name = String(issue.path[0] ?? '?')
    const rule = (issue as { params?: Record<string, unknown> }).params?.[RULE_PARAM] as Rule | undefined
    return {
      variable: name,
      rule: rule ?? { it: `non è valido (${issue.message})`, en: `is not valid (${issue.message})` },
      received: secrets.includes(name) ? undefined : env[name],
    }
  })
  throw new ConfigError(problems)
}

/**
 * Validates `env` with `schema` (an object of variables), then `derive`s the configuration from the values (it may
 * add problems that involve several variables); returns it deeply frozen, or throws a ConfigError naming every bad
 * variable. Values of `secrets` are never shown.
 */
export function parseEnv<S extends z.ZodObject, C extends object>(
  schema: S,
  env: Env,
  derive: (values: Readonly<z.output<S>>, problems: ConfigProblem[]) => C,
  secrets: readonly string[] = [],
): Readonly<C> {
  const problems: ConfigProblem[] = []
  const config = derive(validateEnv(schema, env, secrets), problems)
  if (problems.length > 0) throw new ConfigError(problems)
  return deepFreeze(config)
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

/** What a configuration module exports besides its parse: see configAccess. */
export interface ConfigAccess<C extends object> {
  /** The configuration, parsed from the environment on first use. */
  config: Readonly<C>
  /**
   * Parses the environment now (with `overrides` on top: tests use them rather than changing the environment;
   * an undefined override unsets) and makes it the configuration from here on.
   */
  loadConfig: (overrides?: Env) => Readonly<C>
  /**
   * For the start paths: the configuration, parsed now; when it is not valid, its message goes to stderr (no
   * stack trace: it names what to fix) and the process exits with 1.
   */
  loadConfigOrExit: () => Readonly<C>
}

/** The lazily parsed, frozen configuration of one process, given how to parse and how to read its environment. */
export function configAccess<C extends object>(parse: (env: Env) => Readonly<C>, environment: () => Env): ConfigAccess<C> {
  let current: Readonly<C> | undefined
  const loadConfig = (overrides: Env = {}) => (current = parse({ ...environment(), ...overrides }))
  const now = () => current ?? loadConfig()
  const config = new Proxy({} as Readonly<C>, {
    get: (_, key) => Reflect.get(now(), key),
    has: (_, key) => Reflect.has(now(), key),
    ownKeys: () => Reflect.ownKeys(now()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(now(), key)
      // A proxy may not report a property of its (empty) target as non-configurable.
      return descriptor && { ...descriptor, configurable: true }
    },
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  })
  const loadConfigOrExit = () => {
    try {
      return loadConfig()
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      console.error(err.message)
      process.exit(1)
    }
  }
  return { config, loadConfig, loadConfigOrExit }
}
