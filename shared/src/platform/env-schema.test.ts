import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ConfigError, configAccess, email, flag, httpUrl, integer, isProxyEntry, parseEnv, port, positiveNumber, proxyList, secret, text, validateEnv } from './env-schema.ts'

const schema = z.object({
  PORT_A: port(3000),
  URL_A: httpUrl('http://localhost:4321'),
  URL_B: httpUrl(),
  COUNT: integer(10),
  ZERO_OK: integer(300, { min: 0 }),
  RANGE: integer(5, { min: 2, max: 9 }),
  HOURS: positiveNumber(24),
  ON: flag(false),
  MAYBE: flag(),
  MAIL: email('noreply@quartieri.local'),
  NAME: text('Quartieri'),
  OPTIONAL: text(),
  SECRET: secret(),
  PROXIES: proxyList(),
})

const problemsOf = (env: Record<string, string | undefined>) => {
  try {
    validateEnv(schema, env, ['SECRET'])
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as ConfigError).problems
  }
  throw new Error('expected a ConfigError')
}

describe('environment variables', () => {
  it('take their defaults when unset or empty', () => {
    const values = validateEnv(schema, { URL_B: '', OPTIONAL: '   ' })
    expect(values).toEqual({
      PORT_A: 3000,
      URL_A: 'http://localhost:4321',
      COUNT: 10,
      ZERO_OK: 300,
      RANGE: 5,
      HOURS: 24,
      ON: false,
      MAIL: 'noreply@quartieri.local',
      NAME: 'Quartieri',
      PROXIES: [],
    })
    expect(values.URL_B).toBeUndefined()
    expect(values.MAYBE).toBeUndefined()
    expect(values.SECRET).toBeUndefined()
  })

  it('read numbers, flags, lists and addresses from their text', () => {
    const values = validateEnv(schema, {
      PORT_A: ' 8080 ',
      URL_A: 'https://quartieri.example.org/',
      COUNT: '+7',
      ZERO_OK: '0',
      RANGE: '9',
      HOURS: '0.5',
      ON: 'TRUE',
      MAYBE: '0',
      MAIL: 'redazione@comune.example.it',
      NAME: ' Comune ',
      SECRET: ' with spaces ',
      PROXIES: '10.0.0.0/8, 127.0.0.1 ,loopback,::1,fd00::/8,192.168.0.0/255.255.0.0',
    })
    expect(values).toMatchObject({
      PORT_A: 8080,
      URL_A: 'https://quartieri.example.org/',
      COUNT: 7,
      ZERO_OK: 0,
      RANGE: 9,
      HOURS: 0.5,
      ON: true,
      MAYBE: false,
      MAIL: 'redazione@comune.example.it',
      NAME: 'Comune',
    })
    // Secrets are taken exactly as given.
    expect(values.SECRET).toBe(' with spaces ')
    expect(values.PROXIES).toEqual(['10.0.0.0/8', '127.0.0.1', 'loopback', '::1', 'fd00::/8', '192.168.0.0/255.255.0.0'])
    for (const [value, expected] of [
      ['1', true],
      ['yes', true],
      ['on', true],
      ['0', false],
      ['False', false],
      ['no', false],
      ['off', false],
    ] as const) {
      expect(validateEnv(schema, { ON: value }).ON).toBe(expected)
    }
  })

  it('name every bad variable, why, and what it held', () => {
    const problems = problemsOf({ PORT_A: 'abc', URL_A: 'ftp:x', COUNT: '0', RANGE: '10', HOURS: '-1', ON: 'maybe', MAIL: 'not-an-address', PROXIES: '10.0.0.0/99' })
    expect(problems.map((p) => p.variable)).toEqual(['PORT_A', 'URL_A', 'COUNT', 'RANGE', 'HOURS', 'ON', 'MAIL', 'PROXIES'])
    const error = new ConfigError(problems)
    const lines = error.message.split('\n')
    expect(lines).toHaveLength(8)
    expect(lines[0]).toBe(
      'Configurazione non valida: PORT_A deve essere una porta tra 1 e 65535 (ricevuto "abc") / Invalid configuration: PORT_A must be a port from 1 to 65535 (received "abc")',
    )
    expect(lines[1]).toBe(
      'Configurazione non valida: URL_A deve essere un URL assoluto http(s) (ricevuto "ftp:x") / Invalid configuration: URL_A must be an absolute http(s) URL (received "ftp:x")',
    )
    expect(lines[2]).toContain('COUNT must be a positive whole number (received "0")')
    expect(lines[3]).toContain('RANGE must be a whole number from 2 to 9 (received "10")')
    expect(lines[4]).toContain('HOURS must be a number above zero')
    expect(lines[5]).toContain('ON must be 1 or 0 (or true or false)')
    expect(lines[6]).toContain('MAIL deve essere un indirizzo e-mail')
    expect(lines[7]).toContain('PROXIES must be a comma-separated list of IP addresses or CIDR ranges (received "10.0.0.0/99")')
  })

  it.each([
    ['PORT_A', '0'],
    ['PORT_A', '65536'],
    ['PORT_A', '80.5'],
    ['PORT_A', '3000abc'],
    ['URL_A', 'localhost:4321'],
    ['URL_A', 'notaurl'],
    ['URL_A', 'http://'],
    ['URL_A', 'javascript:alert(1)'],
    ['COUNT', '1e3'],
    ['COUNT', '-5'],
    ['COUNT', '2.5'],
    ['ZERO_OK', '-1'],
    ['HOURS', '0'],
    ['HOURS', 'abc'],
    ['PROXIES', 'example.org'],
    ['PROXIES', '10.0.0.1/8/8'],
    ['PROXIES', '::1/129'],
  ])('refuse %s=%s', (variable, value) => {
    expect(problemsOf({ [variable]: value }).map((p) => p.variable)).toEqual([variable])
  })

  it('never show a secret', () => {
    const strict = z.object({ SECRET: secret(12) })
    try {
      validateEnv(strict, { SECRET: 'short' }, ['SECRET'])
      throw new Error('expected a ConfigError')
    } catch (err) {
      expect((err as Error).message).toBe(
        'Configurazione non valida: SECRET deve essere lungo almeno 12 caratteri / Invalid configuration: SECRET must be at least 12 characters long',
      )
      expect((err as Error).message).not.toContain('short')
    }
  })

  it('tell proxy entries from anything else', () => {
    for (const entry of ['127.0.0.1', '10.0.0.0/8', '10.0.0.0/0', '::1', '2001:db8::/32', 'loopback', 'linklocal', 'uniquelocal']) expect(isProxyEntry(entry)).toBe(true)
    for (const entry of ['', 'localhost', '10.0.0.0/33', '10.0.0.0/x', '300.0.0.1', 'Loopback']) expect(isProxyEntry(entry)).toBe(false)
  })
})

describe('a configuration', () => {
  const derive = (values: z.output<typeof schema>, problems: { variable: string; rule: { it: string; en: string } }[]) => {
    if (values.ON && !values.SECRET) problems.push({ variable: 'SECRET', rule: { it: 'è obbligatorio con ON', en: 'is required with ON' } })
    return { ...values, URL_B: values.URL_B ?? `http://localhost:${values.PORT_A}` }
  }

  it('fills in defaults that come from other variables, and is frozen all the way down', () => {
    const config = parseEnv(schema, { PORT_A: '5000', PROXIES: '127.0.0.1' }, derive)
    expect(config.URL_B).toBe('http://localhost:5000')
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.PROXIES)).toBe(true)
    expect(() => ((config as { PORT_A: number }).PORT_A = 1)).toThrow(TypeError)
  })

  it('reports rules that involve several variables', () => {
    expect(() => parseEnv(schema, { ON: '1' }, derive)).toThrow('Invalid configuration: SECRET is required with ON')
  })

  it('is parsed on first use, once, and again only when loaded anew', () => {
    let reads = 0
    let env: Record<string, string | undefined> = { COUNT: '3' }
    const access = configAccess(
      (e) => parseEnv(schema, e, derive),
      () => {
        reads++
        return env
      },
    )
    expect(reads).toBe(0)
    expect(access.config.COUNT).toBe(3)
    env = { COUNT: '4' }
    expect(access.config.COUNT).toBe(3)
    expect(reads).toBe(1)
    expect(access.loadConfig({ RANGE: '2' })).toMatchObject({ COUNT: 4, RANGE: 2 })
    expect(access.config.RANGE).toBe(2)
    // An undefined override unsets.
    expect(access.loadConfig({ COUNT: undefined }).COUNT).toBe(10)
    expect(Object.keys(access.config)).toContain('URL_B')
    expect(() => ((access.config as { COUNT: number }).COUNT = 1)).toThrow(TypeError)
  })

  it('throws when the environment is bad, so a start path can stop', () => {
    const access = configAccess(
      (e) => parseEnv(schema, e, derive),
      () => ({ PORT_A: 'abc' }),
    )
    expect(() => access.config.PORT_A).toThrow(ConfigError)
  })
})
