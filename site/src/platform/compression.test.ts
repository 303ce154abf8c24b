import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compress, compressibleType, negotiateEncoding, varyOnEncoding } from './compression.ts'

describe('the encoding a client gets', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['deflate', null],
    ['identity', null],
    ['', null],
    [undefined, null],
  ])('Accept-Encoding %j gets %j', (accept, expected) => {
    expect(negotiateEncoding(accept)).toBe(expected)
    // The second answer comes from memory and is the same.
    expect(negotiateEncoding(accept)).toBe(expected)
  })
})

describe('what is compressed', () => {
  it.each([
    ['text/html; charset=utf-8', true],
    ['text/csv; charset=utf-8', true],
    ['text/calendar', true],
    ['application/json', true],
    ['application/geo+json', true],
    ['application/rss+xml', true],
    ['image/svg+xml', true],
    ['image/png', false],
    ['application/zip', false],
    [null, false],
  ])('%s: %s', (type, expected) => expect(compressibleType(type)).toBe(expected))

  it('gives back the same bytes once decoded, smaller', async () => {
    const body = Buffer.from('<li>Laboratorio di quartiere a San Siro</li>\n'.repeat(500))
    const br = await compress(body, 'br')
    const gz = await compress(body, 'gzip')
    expect(zlib.brotliDecompressSync(br).equals(body)).toBe(true)
    expect(zlib.gunzipSync(gz).equals(body)).toBe(true)
    expect(br.length).toBeLessThan(body.length / 10)
  })

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyOnEncoding(null)).toBe('Accept-Encoding')
    expect(varyOnEncoding('Cookie')).toBe('Cookie, Accept-Encoding')
    expect(varyOnEncoding('cookie, accept-encoding')).toBe('cookie, accept-encoding')
  })
})
