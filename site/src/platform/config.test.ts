import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './config.ts'

const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as ConfigError).message
  }
  throw new Error('expected a ConfigError')
}

describe('the site’s configuration', () => {
  it('has the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      HOST: '127.0.0.1',
      SITE_PORT: 4321,
      PORT: 4321,
      SITE_URL: 'http://localhost:4321',
      CMS_PORT: 3000,
      CMS_INTERNAL_URL: 'http://localhost:3000',
      CMS_PUBLIC_URL: 'http://localhost:3000',
      TRUSTED_PROXIES: [],
      CMS_TIMEOUT_MS: 5_000,
      CMS_FORM_TIMEOUT_MS: 10_000,
      SITE_STALE_IF_ERROR_SECONDS: 300,
      SITE_INDEX_PAGE_SIZE: 1_000,
      SITE_CACHE_TTL_SECONDS: 300,
      SITE_PAGE_CACHE_ENTRIES: 2_000,
      SITE_EVENT_INDEX_TTL_SECONDS: 600,
      SITE_PACT_INDEX_TTL_SECONDS: 600,
      PORTAL_LOCALES: ['it', 'en'],
      MAP_LIST_LIMIT: 100,
      MAP_STYLE_TIMEOUT_MS: 3_000,
      SIGNUP_RATE_LIMIT: 10,
      SIGNUP_RATE_WINDOW_SECONDS: 600,
    })
  })

  it('derives addresses from the ports and from each other', () => {
    expect(parseConfig({ SITE_PORT: '5000', CMS_PORT: '5001' })).toMatchObject({
      PORT: 5000,
      SITE_URL: 'http://localhost:5000',
      CMS_INTERNAL_URL: 'http://localhost:5001',
      CMS_PUBLIC_URL: 'http://localhost:5001',
    })
    // PORT, the Node adapter's name, wins over SITE_PORT.
    expect(parseConfig({ SITE_PORT: '5000', PORT: '6000' })).toMatchObject({ SITE_PORT: 5000, PORT: 6000, SITE_URL: 'http://localhost:6000' })
    // CMS_URL is the older name of CMS_INTERNAL_URL.
    expect(parseConfig({ CMS_URL: 'http://cms:3000' })).toMatchObject({ CMS_INTERNAL_URL: 'http://cms:3000', CMS_PUBLIC_URL: 'http://cms:3000' })
    expect(parseConfig({ CMS_URL: 'http://old:3000', CMS_INTERNAL_URL: 'http://cms:3000', CMS_PUBLIC_URL: 'https://cms.example.org' })).toMatchObject({
      CMS_INTERNAL_URL: 'http://cms:3000',
      CMS_PUBLIC_URL: 'https://cms.example.org',
    })
  })

  it('reads numbers and lists from their text, and is frozen', () => {
    const config = parseConfig({
      CMS_TIMEOUT_MS: '300',
      SITE_STALE_IF_ERROR_SECONDS: '0',
      SITE_CACHE_TTL_SECONDS: '0',
      TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.2',
      PURGE_SECRET: 'segreto',
    })
    expect(config).toMatchObject({
      CMS_TIMEOUT_MS: 300,
      SITE_STALE_IF_ERROR_SECONDS: 0,
      SITE_CACHE_TTL_SECONDS: 0,
      TRUSTED_PROXIES: ['10.0.0.0/8', '127.0.0.2'],
      PURGE_SECRET: 'segreto',
    })
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.TRUSTED_PROXIES)).toBe(true)
  })

  it.each([
    ['SITE_URL', 'notaurl', 'SITE_URL must be an absolute http(s) URL (received "notaurl")'],
    ['CMS_INTERNAL_URL', 'cms:3000', 'CMS_INTERNAL_URL must be an absolute http(s) URL'],
    ['CMS_PUBLIC_URL', 'ftp://cms', 'CMS_PUBLIC_URL must be an absolute http(s) URL'],
    ['SITE_PORT', 'abc', 'SITE_PORT must be a port from 1 to 65535 (received "abc")'],
    ['PORT', '70000', 'PORT must be a port from 1 to 65535'],
    ['CMS_PORT', '-1', 'CMS_PORT must be a port from 1 to 65535'],
    ['CMS_TIMEOUT_MS', '0', 'CMS_TIMEOUT_MS must be a positive whole number'],
    ['CMS_FORM_TIMEOUT_MS', '100', 'CMS_FORM_TIMEOUT_MS must be a whole number of at least 500'],
    ['SITE_STALE_IF_ERROR_SECONDS', 'soon', 'SITE_STALE_IF_ERROR_SECONDS must be a whole number of at least 0'],
    ['SITE_PAGE_CACHE_ENTRIES', '2k', 'SITE_PAGE_CACHE_ENTRIES must be a positive whole number'],
    ['MAP_LIST_LIMIT', '1.5', 'MAP_LIST_LIMIT must be a positive whole number'],
    ['SIGNUP_RATE_LIMIT', 'many', 'SIGNUP_RATE_LIMIT must be a positive whole number'],
    ['TRUSTED_PROXIES', 'proxy.example.org', 'TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges'],
  ])('refuses a malformed %s, naming it', (variable, value, english) => {
    const message = problems({ [variable]: value })
    expect(message).toContain(`Configurazione non valida: ${variable} `)
    expect(message).toContain(`Invalid configuration: ${english}`)
  })

  it('names every bad variable at once, and never shows the purge secret', () => {
    const message = problems({ SITE_URL: 'notaurl', CMS_PORT: 'abc', MAP_STYLE_TIMEOUT_MS: '-3' })
    expect(message.split('\n').map((line) => line.match(/Invalid configuration: (\w+)/)?.[1])).toEqual(['SITE_URL', 'CMS_PORT', 'MAP_STYLE_TIMEOUT_MS'])
  })
})
