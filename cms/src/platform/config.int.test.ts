import { describe, expect, it } from 'vitest'
import { ConfigError, DEMO_PAYLOAD_SECRET, parseConfig, parseVariables } from './config.ts'

/** The configuration's schema alone: no Payload, no database. */
const messageOf = (env: Record<string, string>) => {
  try {
    parseConfig(env)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as ConfigError).message
  }
  throw new Error('expected a ConfigError')
}

describe('the CMS’s configuration', () => {
  it('has the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      DATABASE_URI: undefined,
      DATA_DIR: 'data',
      MEDIA_MAX_BYTES: 10_485_760,
      API_JSON_MAX_BYTES: 2_097_152,
      GRAPHQL_MAX_BYTES: 102_400,
      PAYLOAD_SECRET: DEMO_PAYLOAD_SECRET,
      PURGE_SECRET: undefined,
      CMS_PORT: 3000,
      SITE_PORT: 4321,
      HOST: '127.0.0.1',
      CMS_PUBLIC_URL: 'http://localhost:3000',
      TRUSTED_PROXIES: [],
      SITE_URL: 'http://localhost:4321',
      SITE_INTERNAL_URL: 'http://localhost:4321',
      PORTAL_LOCALES: ['it', 'en'],
      ADMIN_EMAIL: 'admin@quartieri.local',
      ADMIN_PASSWORD: 'quartieri-demo',
      QUARTIERI_DEMO: undefined,
      SMTP_HOST: undefined,
      SMTP_PORT: 587,
      SMTP_SECURE: false,
      SMTP_USER: undefined,
      SMTP_PASSWORD: undefined,
      MAIL_FROM: 'noreply@quartieri.local',
      MAIL_FROM_NAME: 'Quartieri',
      SIGNUP_HOLD_HOURS: 24,
      SIGNUP_RATE_LIMIT: 10,
      SIGNUP_RATE_WINDOW_SECONDS: 600,
      SIGNUP_RETENTION_DAYS: 365,
      SIGNUP_CANCELLED_RETENTION_DAYS: 30,
      SIGNUP_OPEN_LAB_RETENTION_DAYS: 730,
      LOGIN_RATE_LIMIT: 5,
      LOGIN_ADDRESS_RATE_LIMIT: 20,
      LOGIN_ACCOUNT_RATE_LIMIT: 100,
      LOGIN_RATE_WINDOW_SECONDS: 900,
      SITE_PACT_INDEX_TTL_SECONDS: 600,
      PREVIEW_LINK_MINUTES: 15,
      QUARTIERI_HOUSEKEEPING: true,
      QUARTIERI_SQLITE_TRANSACTIONS: false,
      QUARTIERI_PAUSE_POINT: undefined,
      NODE_ENV: undefined,
      NEXT_PHASE: undefined,
      NEXT_RUNTIME: undefined,
      INIT_CWD: undefined,
    })
  })

  it('derives addresses from the ports and from each other', () => {
    expect(parseConfig({ CMS_PORT: '5001', SITE_PORT: '5000' })).toMatchObject({
      CMS_PUBLIC_URL: 'http://localhost:5001',
      SITE_URL: 'http://localhost:5000',
      SITE_INTERNAL_URL: 'http://localhost:5000',
    })
    expect(parseConfig({ SITE_URL: 'https://quartieri.example.org' })).toMatchObject({
      SITE_URL: 'https://quartieri.example.org',
      SITE_INTERNAL_URL: 'https://quartieri.example.org',
    })
    expect(parseConfig({ SITE_URL: 'https://quartieri.example.org', SITE_INTERNAL_URL: 'http://site:4321' }).SITE_INTERNAL_URL).toBe('http://site:4321')
    // Before those defaults, for `npm start`: what was given, undefined when unset.
    const given = parseVariables({ SITE_PORT: '5000' })
    expect([given.SITE_PORT, given.SITE_URL, given.SITE_INTERNAL_URL, given.CMS_PUBLIC_URL, given.PAYLOAD_SECRET]).toEqual([5000, undefined, undefined, undefined, undefined])
  })

  it('reads numbers, flags and lists from their text', () => {
    const config = parseConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      QUARTIERI_DEMO: '1',
      QUARTIERI_HOUSEKEEPING: '0',
      QUARTIERI_SQLITE_TRANSACTIONS: '1',
      SIGNUP_HOLD_HOURS: '0.5',
      LOGIN_ACCOUNT_RATE_LIMIT: '8',
      TRUSTED_PROXIES: '127.0.0.2',
      DATABASE_URI: 'mongodb://mongo:27017/quartieri?replicaSet=rs0',
    })
    expect(config).toMatchObject({
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      QUARTIERI_DEMO: true,
      QUARTIERI_HOUSEKEEPING: false,
      QUARTIERI_SQLITE_TRANSACTIONS: true,
      SIGNUP_HOLD_HOURS: 0.5,
      LOGIN_ACCOUNT_RATE_LIMIT: 8,
      TRUSTED_PROXIES: ['127.0.0.2'],
    })
    expect(parseConfig({ DATABASE_URI: 'file:data/other.db' }).DATABASE_URI).toBe('file:data/other.db')
    // Italian first, whatever the order given.
    expect(parseConfig({ PORTAL_LOCALES: 'en, IT' }).PORTAL_LOCALES).toEqual(['it', 'en'])
    expect(Object.isFrozen(config)).toBe(true)
  })

  it.each([
    ['CMS_PORT', 'abc', 'CMS_PORT must be a port from 1 to 65535 (received "abc")'],
    ['SMTP_PORT', '0', 'SMTP_PORT must be a port from 1 to 65535'],
    ['SITE_URL', 'notaurl', 'SITE_URL must be an absolute http(s) URL (received "notaurl")'],
    ['SITE_URL', 'ftp:x', 'SITE_URL must be an absolute http(s) URL (received "ftp:x")'],
    ['CMS_PUBLIC_URL', 'cms.example.org', 'CMS_PUBLIC_URL must be an absolute http(s) URL'],
    ['SITE_INTERNAL_URL', '//site', 'SITE_INTERNAL_URL must be an absolute http(s) URL'],
    ['ADMIN_EMAIL', 'admin', 'ADMIN_EMAIL must be an e-mail address (received "admin")'],
    ['MAIL_FROM', 'Quartieri <noreply>', 'MAIL_FROM must be an e-mail address'],
    ['SMTP_SECURE', 'yes please', 'SMTP_SECURE must be 1 or 0 (or true or false)'],
    ['QUARTIERI_DEMO', '2', 'QUARTIERI_DEMO must be 1 or 0 (or true or false)'],
    ['MEDIA_MAX_BYTES', '10MB', 'MEDIA_MAX_BYTES must be a positive whole number'],
    ['SIGNUP_HOLD_HOURS', '0', 'SIGNUP_HOLD_HOURS must be a number above zero'],
    ['LOGIN_RATE_WINDOW_SECONDS', '-900', 'LOGIN_RATE_WINDOW_SECONDS must be a positive whole number'],
    ['PORTAL_LOCALES', 'en,fr', 'PORTAL_LOCALES must be a comma-separated list of locale codes'],
    ['PORTAL_LOCALES', 'it,xx', 'PORTAL_LOCALES must be a comma-separated list of locale codes'],
    ['TRUSTED_PROXIES', '10.0.0.0/99', 'TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges'],
  ])('refuses a malformed %s, naming it', (variable, value, english) => {
    const message = messageOf({ [variable]: value })
    expect(message).toContain(`Configurazione non valida: ${variable} `)
    expect(message).toContain(`Invalid configuration: ${english}`)
  })

  it('never shows a secret or the database address, which may hold a password', () => {
    const message = messageOf({ DATABASE_URI: 'postgres://user:hunter2@db/quartieri' })
    expect(message).toContain('Invalid configuration: DATABASE_URI must be a file:…, mongodb://… or mongodb+srv://… URI')
    expect(message).not.toContain('hunter2')
  })

  it('requires PAYLOAD_SECRET in production, except in the demo and while building', () => {
    expect(messageOf({ NODE_ENV: 'production' })).toContain('Invalid configuration: PAYLOAD_SECRET is required in production')
    expect(messageOf({ NODE_ENV: 'production', QUARTIERI_DEMO: '0' })).toContain('PAYLOAD_SECRET is required in production')
    expect(parseConfig({ NODE_ENV: 'production', QUARTIERI_DEMO: '1' }).PAYLOAD_SECRET).toBe(DEMO_PAYLOAD_SECRET)
    expect(parseConfig({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).PAYLOAD_SECRET).toBe(DEMO_PAYLOAD_SECRET)
    expect(parseConfig({ NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-random-secret' }).PAYLOAD_SECRET).toBe('a-long-random-secret')
  })

  it('names every bad variable at once', () => {
    const message = messageOf({ CMS_PORT: 'abc', SITE_URL: 'notaurl', SIGNUP_RATE_LIMIT: '0' })
    expect(message.split('\n').map((line) => line.match(/Invalid configuration: (\w+)/)?.[1])).toEqual(['CMS_PORT', 'SITE_URL', 'SIGNUP_RATE_LIMIT'])
  })
})
