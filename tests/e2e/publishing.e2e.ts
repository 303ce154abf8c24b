import { expect, test } from '@playwright/test'
import { loginAdmin, neighbourhoodId, rest, sitePage } from '../support/cms-api.ts'

const VISIBLE_WITHIN_MS = 5_000

test.describe('publishing', () => {
  test('a draft edit stays off the site until it is published, then shows within 5 seconds', async () => {
    const token = await loginAdmin()
    const id = await neighbourhoodId(token, 'gratosoglio')
    const marker = `Testo di prova ${Date.now()}`

    // Warm the site cache so the test also proves the purge, not just a cold read.
    expect((await sitePage('/quartieri/gratosoglio')).html).not.toContain(marker)

    const draft = await rest('PATCH', `/api/neighbourhoods/${id}?draft=true`, { token, body: { summary: marker, _status: 'draft' } })
    expect(draft.status).toBe(200)
    await new Promise((r) => setTimeout(r, 1_500))
    expect((await sitePage('/quartieri/gratosoglio')).html).not.toContain(marker)
    expect((await sitePage('/quartieri')).html).not.toContain(marker)

    const published = await rest('PATCH', `/api/neighbourhoods/${id}`, { token, body: { _status: 'published' } })
    expect(published.status).toBe(200)
    const start = Date.now()
    await expect.poll(async () => (await sitePage('/quartieri/gratosoglio')).html, { timeout: VISIBLE_WITHIN_MS, intervals: [250] }).toContain(marker)
    expect(Date.now() - start).toBeLessThan(VISIBLE_WITHIN_MS)
  })

  test('a neighbourhood that was never published has no public page and is not listed', async () => {
    const token = await loginAdmin()
    const created = await rest('POST', '/api/neighbourhoods?draft=true', {
      token,
      body: { name: 'Quartiere in preparazione', slug: 'quartiere-in-preparazione', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    await new Promise((r) => setTimeout(r, 1_000))
    expect((await sitePage('/quartieri/quartiere-in-preparazione')).status).toBe(404)
    expect((await sitePage('/quartieri')).html).not.toContain('Quartiere in preparazione')
    expect((await sitePage('/')).html).not.toContain('Quartiere in preparazione')
  })
})
