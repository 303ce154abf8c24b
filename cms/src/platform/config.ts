/**
 * The CMS's configuration: every environment variable the CMS, its server (server.mjs), its command-line tools
 * and `npm start` (scripts/) read, validated once with zod, with the documented defaults. Nothing else in the
 * CMS reads `process.env` (site/src/platform/config-guard.test.ts checks the whole repository).
 *
 * Every variable, its default and its meaning: .env.example at the repository root and docs/configuration.md
 * (keep the three in step).
 *
 * A missing or malformed variable is a ConfigError naming each one, in Italian and English; the start paths
 * (scripts/start.mjs, scripts/portal.mjs, server.mjs) parse eagerly and stop there, before any build or database
 * work. Elsewhere the configuration is parsed on first use.
 *
 * Framework variables: NODE_ENV and NEXT_RUNTIME are read here as literal `process.env.NAME` so that Next.js,
 * which inlines them in its server bundles (NEXT_RUNTIME exists only there: 'nodejs' inside the Next server,
 * unset in the command-line tools), still does; NEXT_PHASE is set by `next build`, INIT_CWD by npm.
 *
 * Plain Node loads this file from the .mjs scripts (type stripping): erasable TypeScript only, imports with
 * extensions, no path aliases.
 */
import { z } from 'zod'
import {
  type ConfigProblem,
  type Env,
  configAccess,
  email,
  flag,
  httpUrl,
  integer,
  parseEnv,
  validateEnv,
  port,
  positiveNumber,
  proxyList,
  secret,
  text,
  variable,
} from '@quartieri/shared/platform/env-schema'
import { DEFAULT_LOCALE, DEFAULT_PORTAL_LOCALES, KNOWN_LOCALE_CODES, parseLocaleList, type LocaleCode } from '@quartieri/shared/platform/locales'

export { ConfigError } from '@quartieri/shared/platform/env-schema'

/** The value Payload signs with outside production, when PAYLOAD_SECRET is unset. */
export const DEMO_PAYLOAD_SECRET = 'quartieri-demo-secret-change-me'

const DATABASE_URI = /^(file:|mongodb:\/\/|mongodb\+srv:\/\/|libsql:|https?:\/\/|wss?:\/\/)/i

const optionalEmail = () => variable({ it: 'deve essere un indirizzo e-mail', en: 'must be an e-mail address' }, (t) => (z.email().safeParse(t).success ? t : undefined))

const schema = z.object({
  // Database and files
  DATABASE_URI: variable(
    {
      it: 'deve essere un URI file:…, mongodb://… o mongodb+srv://… (oppure vuoto: SQLite in DATA_DIR)',
      en: 'must be a file:…, mongodb://… or mongodb+srv://… URI (or empty: SQLite in DATA_DIR)',
    },
    (t) => (DATABASE_URI.test(t) ? t : undefined),
  ),
  DATA_DIR: text('data'),
  MEDIA_MAX_BYTES: integer(10 * 1024 * 1024),
  API_JSON_MAX_BYTES: integer(2 * 1024 * 1024),
  GRAPHQL_MAX_BYTES: integer(100 * 1024),

  // Secrets
  PAYLOAD_SECRET: secret(),
  PURGE_SECRET: secret(),

  // Addresses and ports
  CMS_PORT: port(3000),
  SITE_PORT: port(4321),
  HOST: text('127.0.0.1'),
  CMS_PUBLIC_URL: httpUrl(),
  TRUSTED_PROXIES: proxyList(),
  SITE_URL: httpUrl(),
  SITE_INTERNAL_URL: httpUrl(),

  // Content languages: Italian first, then the others the city offers (comma-separated codes).
  PORTAL_LOCALES: variable(
    {
      it: `deve essere un elenco di codici di lingua separati da virgole, tra ${KNOWN_LOCALE_CODES.join(', ')}, che contenga "${DEFAULT_LOCALE}"`,
      en: `must be a comma-separated list of locale codes among ${KNOWN_LOCALE_CODES.join(', ')}, including "${DEFAULT_LOCALE}"`,
    },
    (t): readonly LocaleCode[] | undefined => {
      try {
        return parseLocaleList(t)
      } catch {
        return undefined
      }
    },
    parseLocaleList(DEFAULT_PORTAL_LOCALES),
  ),

  // First start
  ADMIN_EMAIL: email('admin@quartieri.local'),
  ADMIN_PASSWORD: variable({ it: 'non può essere vuota', en: 'cannot be empty' }, (t) => t, 'quartieri-demo', true),
  QUARTIERI_DEMO: flag(),
  // The city's identity, written into the settings on the first start (then changed in the admin).
  CITY_NAME: text(),
  PORTAL_NAME: text(),
  CITY_EMAIL: optionalEmail(),
  CITY_PHONE: text(),
  CITY_ADDRESS: text(),
  CITY_PEC: optionalEmail(),
  CITY_WEBSITE: httpUrl(),
  CITY_ACCESSIBILITY_STATEMENT_URL: httpUrl(),
  CITY_OPEN_DATA_PUBLISHER: text(),
  CITY_DPO_NAME: text(),
  CITY_DPO_EMAIL: optionalEmail(),

  // E-mail
  SMTP_HOST: text(),
  SMTP_PORT: port(587),
  SMTP_SECURE: flag(false),
  SMTP_USER: text(),
  SMTP_PASSWORD: secret(),
  MAIL_FROM: email('noreply@quartieri.local'),
  MAIL_FROM_NAME: text('Quartieri'),

  // Sign-ups
  SIGNUP_HOLD_HOURS: positiveNumber(24),
  SIGNUP_RATE_LIMIT: integer(10),
  SIGNUP_RATE_WINDOW_SECONDS: integer(600),
  SIGNUP_RETENTION_DAYS: integer(365),
  SIGNUP_CANCELLED_RETENTION_DAYS: integer(30),
  SIGNUP_OPEN_LAB_RETENTION_DAYS: integer(730),

  // Staff login
  LOGIN_RATE_LIMIT: integer(5),
  LOGIN_ADDRESS_RATE_LIMIT: integer(20),
  LOGIN_ACCOUNT_RATE_LIMIT: integer(100),
  LOGIN_RATE_WINDOW_SECONDS: integer(900),

  // The site's, read by the CMS only to tell when the site will show an import it did not hear of.
  SITE_PACT_INDEX_TTL_SECONDS: integer(600),

  // Staff previews of drafts on the site: how long a preview link works.
  PREVIEW_LINK_MINUTES: integer(15),

  // Operations and tests
  QUARTIERI_HOUSEKEEPING: flag(true),
  QUARTIERI_SQLITE_TRANSACTIONS: flag(false),
  QUARTIERI_PAUSE_POINT: text(),

  // Set by the tools
  NODE_ENV: text(),
  NEXT_PHASE: text(),
  NEXT_RUNTIME: text(),
  INIT_CWD: text(),
})

/** Variables whose values never appear in a message. */
const SECRETS = ['DATABASE_URI', 'PAYLOAD_SECRET', 'PURGE_SECRET', 'ADMIN_PASSWORD', 'SMTP_PASSWORD']

function derive(values: Readonly<z.output<typeof schema>>, problems: ConfigProblem[]) {
  const building = values.NEXT_PHASE === 'phase-production-build'
  if (!values.PAYLOAD_SECRET && values.NODE_ENV === 'production' && values.QUARTIERI_DEMO !== true && !building) {
    problems.push({
      variable: 'PAYLOAD_SECRET',
      rule: {
        it: 'è obbligatoria in produzione (anche con `npm start` e QUARTIERI_DEMO=0): vedi .env.example',
        en: 'is required in production (including `npm start` with QUARTIERI_DEMO=0): see .env.example',
      },
    })
  }
  const siteUrl = values.SITE_URL ?? `http://localhost:${values.SITE_PORT}`
  return {
    ...values,
    PAYLOAD_SECRET: values.PAYLOAD_SECRET ?? DEMO_PAYLOAD_SECRET,
    CMS_PUBLIC_URL: values.CMS_PUBLIC_URL ?? `http://localhost:${values.CMS_PORT}`,
    SITE_URL: siteUrl,
    SITE_INTERNAL_URL: values.SITE_INTERNAL_URL ?? siteUrl,
  }
}

export type CmsConfig = Readonly<ReturnType<typeof derive>>

/** The name of every variable this module reads (.env.example lists each). */
export const VARIABLES: readonly string[] = Object.freeze(Object.keys(schema.shape))

/**
 * The variables as `env` gives them, validated, before the defaults that come from other variables are filled in
 * (those are undefined when unset): for `npm start`, which fills them in with the ports it picked.
 */
export function parseVariables(env: Env) {
  return validateEnv(schema, env, SECRETS)
}

/** The configuration `env` describes, deeply frozen; a ConfigError names every bad variable. Reads nothing else. */
export function parseConfig(env: Env): CmsConfig {
  return parseEnv(schema, env, derive, SECRETS)
}

/** This process's environment, with the variables Next.js inlines read where it can inline them. */
const processEnvironment = (): Env => ({ ...process.env, NODE_ENV: process.env.NODE_ENV, NEXT_RUNTIME: process.env.NEXT_RUNTIME })

export const { config, loadConfig, loadConfigOrExit } = configAccess(parseConfig, processEnvironment)

/**
 * The environment a child process is started with: this one's, passed on whole, with `extra` on top. For the
 * start scripts and the tests that start servers and tools; not a way to read a setting.
 */
export function childEnvironment(extra: Env = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra }
}
