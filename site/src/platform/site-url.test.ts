import { describe, expect, it, vi } from 'vitest'

describe('the site’s absolute URLs', () => {
  it('start with SITE_URL, whatever the path asks for', async () => {
    vi.resetModules()
    const { loadConfig } = await import('./config.ts')
    loadConfig({ SITE_URL: 'https://quartieri.example.org/' })
    const { siteUrl, SITE_ORIGIN } = await import('./site-url.ts')
    expect(SITE_ORIGIN).toBe('https://quartieri.example.org')
    expect(siteUrl('/patti/cortile')).toBe('https://quartieri.example.org/patti/cortile')
    // A path that looks like another host stays on the site's.
    expect(siteUrl('//evil.example/x')).toBe('https://quartieri.example.org/evil.example/x')
    expect(siteUrl('javascript:alert(1)')).toBe('https://quartieri.example.org/javascript:alert(1)')
    expect(siteUrl('\\\\evil.example/x')).toBe('https://quartieri.example.org/evil.example/x')
  })
})
