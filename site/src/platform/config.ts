/**
 * The site's configuration: every environment variable the site, its server (server.mjs) and its Astro config
 * read, validated once with zod, with the documented defaults. Nothing else in the site reads `process.env`
 * (src/platform/config-guard.test.ts checks it; the one exception, a variable server.mjs sets for the Astro
 * adapter, is listed there).
 *
 * Every variable, its default and its meaning: .env.example at the repository root and docs/configuration.md
 * (keep the three in step).
 *
 * A missing or malformed variable is a ConfigError naming each one, in Italian and English; server.mjs (and
 * `npm start`, before it builds anything) parse eagerly and stop there. Elsewhere the configuration is parsed on
 * first use, when the server starts, never at build time: what it holds is the running server's environment.
 *
 * Plain Node loads this file from server.mjs and the CMS's start scripts (type stripping): erasable TypeScript
 * only, imports with extensions, no path aliases.
 */
import { z } from 'zod'
import { type Env, configAccess, httpUrl, integer, parseEnv, validateEnv, port, proxyList, secret, text, variable } from '@quartieri/shared/platform/env-schema'
import { DEFAULT_LOCALE, DEFAULT_PORTAL_LOCALES, KNOWN_LOCALE_CODES, parseLocaleList, type LocaleCode } from '@quartieri/shared/platform/locales'

export { ConfigError } from '@quartieri/shared/platform/env-schema'

const schema = z.object({
  // Addresses and ports
  HOST: text('127.0.0.1'),
  SITE_PORT: port(4321),
  PORT: port(),
  SITE_URL: httpUrl(),
  CMS_PORT: port(3000),
  CMS_INTERNAL_URL: httpUrl(),
  CMS_URL: httpUrl(),
  CMS_PUBLIC_URL: httpUrl(),
  TRUSTED_PROXIES: proxyList(),

  // Secret shared with the CMS
  PURGE_SECRET: secret(),

  // Reading the CMS
  CMS_TIMEOUT_MS: integer(5_000),
  CMS_FORM_TIMEOUT_MS: integer(10_000, { min: 500 }),
  SITE_STALE_IF_ERROR_SECONDS: integer(300, { min: 0 }),
  SITE_INDEX_PAGE_SIZE: integer(1_000),

  // Caches and indexes
  SITE_CACHE_TTL_SECONDS: integer(300, { min: 0 }),
  SITE_PAGE_CACHE_ENTRIES: integer(2_000),
  SITE_EVENT_INDEX_TTL_SECONDS: integer(600),
  SITE_PACT_INDEX_TTL_SECONDS: integer(600),

  // Content languages, as the CMS is configured (Italian first)
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

  // Maps
  MAP_LIST_LIMIT: integer(100),
  MAP_STYLE_TIMEOUT_MS: integer(3_000),

  // Form limits, as in the CMS
  SIGNUP_RATE_LIMIT: integer(10),
  SIGNUP_RATE_WINDOW_SECONDS: integer(600),
})

function derive(values: Readonly<z.output<typeof schema>>) {
  const { PORT: given, ...rest } = values
  // PORT is what the Node adapter (and many hosts) name the listening port: when set, it wins over SITE_PORT.
  const listenPort = given ?? values.SITE_PORT
  const cmsInternalUrl = values.CMS_INTERNAL_URL ?? values.CMS_URL ?? `http://localhost:${values.CMS_PORT}`
  return {
    ...rest,
    PORT: listenPort,
    SITE_URL: values.SITE_URL ?? `http://localhost:${listenPort}`,
    CMS_INTERNAL_URL: cmsInternalUrl,
    CMS_PUBLIC_URL: values.CMS_PUBLIC_URL ?? cmsInternalUrl,
  }
}

export type SiteConfig = Readonly<ReturnType<typeof derive>>

/** The name of every variable this module reads (.env.example lists each). */
export const VARIABLES: readonly string[] = Object.freeze(Object.keys(schema.shape))

/**
 * The variables as `env` gives them, validated, before the defaults that come from other variables are filled in
 * (those are undefined when unset): for `npm start`, which fills them in with the ports it picked.
 */
export function parseVariables(env: Env) {
  return validateEnv(schema, env, ['PURGE_SECRET'])
}

/** The configuration `env` describes, deeply frozen; a ConfigError names every bad variable. Reads nothing else. */
export function parseConfig(env: Env): SiteConfig {
  return parseEnv(schema, env, derive, ['PURGE_SECRET'])
}

export const { config, loadConfig, loadConfigOrExit } = configAccess(parseConfig, () => process.env)
