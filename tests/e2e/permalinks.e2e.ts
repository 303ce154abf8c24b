import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { loginAdmin, neighbourhoodId, rest, siteUrl } from '../support/cms-api.ts'

const VISIBLE_WITHIN_MS = 5_000
let n = 0
const tag = () => `${Date.now().toString(36)}${++n}`

/** Where the site sends an address, without following: [status, Location]. */
async function answer(path: string): Promise<[number, string | null]> {
  const res = await fetch(`${siteUrl()}${path}`, { redirect: 'manual' })
  await res.arrayBuffer()
  return [res.status, res.headers.get('location')]
}

async function publishedPact(token: string, slug: string) {
  const res = await rest('POST', '/api/pacts', {
    token,
    body: {
      code: `PC-2031-${tag()}`,
      title: `Patto ${slug}`,
      slug,
      kind: 'collaboration-pact',
      status: 'drafting',
      neighbourhoods: [await neighbourhoodId(token, 'mazzini')],
      _status: 'published',
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string; code: string; title: string }
}

test.describe('permanent links', () => {
  test('a renamed pact keeps its old page and JSON addresses, in every language, and its history says so', async ({ page }) => {
    const token = await loginAdmin()
    const old = `patto-orti-${tag()}`
    const pact = await publishedPact(token, old)
    await expect.poll(async () => (await answer(`/patti/${old}`))[0], { timeout: VISIBLE_WITHIN_MS }).toBe(200)
    const renamed = `patto-orti-condivisi-${tag()}`
    expect((await rest('PATCH', `/api/pacts/${pact.id}`, { token, body: { slug: renamed, _status: 'published' } })).status).toBe(200)

    await expect.poll(() => answer(`/patti/${old}`), { timeout: VISIBLE_WITHIN_MS }).toEqual([301, `${siteUrl()}/patti/${renamed}`])
    expect(await answer(`/patti/${old}.json`)).toEqual([301, `${siteUrl()}/patti/${renamed}.json`])
    expect(await answer(`/en/patti/${old}`)).toEqual([301, `${siteUrl()}/en/patti/${renamed}`])
    // The query goes along.
    expect(await answer(`/patti/${old}?da=newsletter`)).toEqual([301, `${siteUrl()}/patti/${renamed}?da=newsletter`])
    const json = await fetch(`${siteUrl()}/patti/${old}.json`)
    expect(json.status).toBe(200)
    expect(((await json.json()) as { patto: { codice: string } }).patto.codice).toBe(pact.code)

    // A visitor with the old link lands on the pact, whose public history shows the change of address.
    await page.goto(`${siteUrl()}/patti/${old}`)
    await expect(page).toHaveURL(`${siteUrl()}/patti/${renamed}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pact.title)
    const history = page.getByRole('region', { name: 'Storia delle versioni pubblicate' })
    const change = history.getByRole('row', { name: /^Indirizzo della pagina/ })
    await expect(change).toContainText(`/patti/${old}`)
    await expect(change).toContainText(`/patti/${renamed}`)
    expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([])
  })

  test('a pact code leads to its pact, and an address that never was stays a 404', async () => {
    const found = await rest('GET', '/api/pacts?where[code][equals]=PC-2024-002&depth=0')
    const slug = found.body.docs[0].slug as string
    expect(await answer('/patti/PC-2024-002')).toEqual([301, `${siteUrl()}/patti/${slug}`])
    expect(await answer('/en/patti/PC-2024-002')).toEqual([301, `${siteUrl()}/en/patti/${slug}`])
    expect(await answer('/patti/PC-2024-002.json')).toEqual([301, `${siteUrl()}/patti/${slug}.json`])
    expect((await answer('/patti/PC-1999-999'))[0]).toBe(404)
    expect((await answer(`/patti/mai-esistito-${tag()}`))[0]).toBe(404)
  })

  test("a draft's new slug is told nowhere: the public address stays until the draft is published", async () => {
    const token = await loginAdmin()
    const live = `patto-bozza-${tag()}`
    const pact = await publishedPact(token, live)
    const drafted = `patto-bozza-nuovo-${tag()}`
    expect((await rest('PATCH', `/api/pacts/${pact.id}?draft=true`, { token, body: { slug: drafted, _status: 'draft' } })).status).toBe(200)
    await expect.poll(async () => (await answer(`/patti/${live}`))[0], { timeout: VISIBLE_WITHIN_MS }).toBe(200)
    expect((await answer(`/patti/${drafted}`))[0]).toBe(404)
    expect((await rest('PATCH', `/api/pacts/${pact.id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    await expect.poll(() => answer(`/patti/${live}`), { timeout: VISIBLE_WITHIN_MS }).toEqual([301, `${siteUrl()}/patti/${drafted}`])
  })

  test('a renamed event keeps its page and calendar addresses, and a renamed lab its page', async () => {
    const token = await loginAdmin()
    const neighbourhood = await neighbourhoodId(token, 'mazzini')
    const old = `assemblea-${tag()}`
    const event = await rest('POST', '/api/events', {
      token,
      body: { title: 'Assemblea di quartiere', slug: old, type: 'assembly', start: '2031-05-01T16:00:00.000Z', neighbourhood, _status: 'published' },
    })
    expect(event.status, JSON.stringify(event.body)).toBe(201)
    await expect.poll(async () => (await answer(`/eventi/${old}`))[0], { timeout: VISIBLE_WITHIN_MS }).toBe(200)
    const renamed = `assemblea-di-maggio-${tag()}`
    expect((await rest('PATCH', `/api/events/${event.body.doc.id}`, { token, body: { slug: renamed, _status: 'published' } })).status).toBe(200)
    await expect.poll(() => answer(`/eventi/${old}`), { timeout: VISIBLE_WITHIN_MS }).toEqual([301, `${siteUrl()}/eventi/${renamed}`])
    expect(await answer(`/eventi/${old}.ics`)).toEqual([301, `${siteUrl()}/eventi/${renamed}.ics`])

    const oldLab = `lab-cortili-${tag()}`
    const lab = await rest('POST', '/api/laboratories', {
      token,
      body: { title: 'Cortili aperti', slug: oldLab, neighbourhood, capacity: 10, phase: 'listening', _status: 'published' },
    })
    expect(lab.status, JSON.stringify(lab.body)).toBe(201)
    const renamedLab = `lab-cortili-aperti-${tag()}`
    expect((await rest('PATCH', `/api/laboratories/${lab.body.doc.id}`, { token, body: { slug: renamedLab, _status: 'published' } })).status).toBe(200)
    await expect.poll(() => answer(`/en/laboratori/${oldLab}`), { timeout: VISIBLE_WITHIN_MS }).toEqual([301, `${siteUrl()}/en/laboratori/${renamedLab}`])
  })
})
