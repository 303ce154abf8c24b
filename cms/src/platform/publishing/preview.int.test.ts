import { describe, expect, it } from 'vitest'
import { loadConfig } from '../config.ts'

loadConfig({ PAYLOAD_SECRET: 'segreto-della-prova', PREVIEW_LINK_MINUTES: '15', SITE_URL: 'https://partecipa.comune.example.it' })
const { previewToken, previewUrl, readPreviewToken } = await import('./preview.ts')

describe('preview links', () => {
  const now = Date.parse('2027-03-01T10:00:00.000Z')

  it('name the draft and its page’s language, on the site’s configured address', () => {
    const token = previewToken('laboratories', 12, 'it', now)
    expect(readPreviewToken(token, now + 60_000)).toMatchObject({ c: 'laboratories', d: '12', l: 'it' })
    expect(previewUrl('events', 3, 'it')).toMatch(/^https:\/\/partecipa\.comune\.example\.it\/anteprima\/[\w-]+\.[\w-]+$/)
  })

  it('stop working once PREVIEW_LINK_MINUTES are over', () => {
    const token = previewToken('events', 7, 'it', now)
    expect(readPreviewToken(token, now + 14 * 60_000)).not.toBe('expired')
    expect(readPreviewToken(token, now + 15 * 60_000 + 1)).toBe('expired')
  })

  it('are nothing when altered, made with another key or not links at all', () => {
    const token = previewToken('results', 5, 'it', now)
    const [body, signature] = token.split('.') as [string, string]
    const otherDoc = Buffer.from(JSON.stringify({ c: 'results', d: '6', l: 'it', e: now + 900_000 })).toString('base64url')
    expect(readPreviewToken(`${otherDoc}.${signature}`, now)).toBeNull()
    expect(readPreviewToken(`${body}.${signature.slice(0, -1)}x`, now)).toBeNull()
    expect(readPreviewToken(`${body}.${signature}.extra`, now)).toBeNull()
    expect(readPreviewToken('anteprima', now)).toBeNull()
    // A collection with no preview, even signed, shows nothing.
    expect(readPreviewToken(previewToken('users' as never, 1, 'it', now), now)).toBeNull()
  })
})
