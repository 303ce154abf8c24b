import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { cmsUrl, loginAdmin, neighbourhoodId, rest, siteUrl, sitePage } from '../support/cms-api.ts'

const VISIBLE_WITHIN_MS = 5_000

/** The registry's result count, as the page states it. */
async function countOn(page: Page): Promise<number> {
  const text = (await page.getByRole('status').first().textContent()) ?? ''
  const match = /(\d+) patt/.exec(text)
  if (!match) throw new Error(`no count in "${text}"`)
  return Number(match[1])
}

async function codesOn(page: Page): Promise<string[]> {
  return (await page.locator('.pact-list > li').allTextContents()).map((t) => /PC-[\w-]+/.exec(t)?.[0] ?? '')
}

async function exportsOf(query: string) {
  const csvRes = await fetch(`${siteUrl()}/patti.csv${query}`)
  expect(csvRes.status).toBe(200)
  expect(csvRes.headers.get('content-type')).toContain('text/csv')
  const rows = parse(await csvRes.text(), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>
  const jsonRes = await fetch(`${siteUrl()}/patti.json${query}`)
  expect(jsonRes.status).toBe(200)
  const json = (await jsonRes.json()) as { totale: number; licenza: string; patti: Array<Record<string, unknown>> }
  return { rows, json }
}

/** A published pact created by staff through the API. */
async function createPact(token: string, body: Record<string, unknown>, draft = false) {
  const res = await rest('POST', `/api/pacts${draft ? '?draft=true' : ''}`, {
    token,
    body: { kind: 'collaboration-pact', status: 'drafting', neighbourhoods: [await neighbourhoodId(token, 'mazzini')], _status: draft ? 'draft' : 'published', ...body },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string; code: string }
}

test.describe('the pact registry', () => {
  test('lists the demo pacts, and search ignores accents and case and looks into signatories and projects', async ({ page }) => {
    await page.goto(`${siteUrl()}/patti?ordina=codice`)
    await expect(page.getByRole('heading', { level: 1, name: 'Registro dei patti' })).toBeVisible()
    expect(await codesOn(page)).toEqual(expect.arrayContaining(['PC-2018-001', 'PC-2020-004', 'PC-2024-002', 'PC-2025-003', 'PC-2026-001', 'PC-2026-002']))

    const token = await loginAdmin()
    await createPact(token, { code: 'PC-2026-090', title: 'Città più verde: perché no?', slug: 'citta-piu-verde' })
    await expect.poll(async () => (await page.goto(`${siteUrl()}/patti?q=CITTA+piu+VERDE+perche`), await codesOn(page)), { timeout: VISIBLE_WITHIN_MS }).toEqual(['PC-2026-090'])
    await expect(page.getByRole('status').first()).toContainText('1 patto trovato per «CITTA piu VERDE perche»')

    // A signatory's name and a project's title find their pact.
    await page.goto(`${siteUrl()}/patti?q=panificio`)
    expect(await codesOn(page)).toEqual(['PC-2026-001'])
    await page.goto(`${siteUrl()}/patti?q=irrigazione`)
    expect(await codesOn(page)).toEqual(['PC-2024-002'])
    await page.goto(`${siteUrl()}/patti?q=parola-che-non-esiste`)
    await expect(page.getByText('Nessun patto corrisponde alla ricerca')).toBeVisible()
    expect(await countOn(page)).toBe(0)
  })

  test('every filter narrows the results, with the state in the URL, by keyboard too', async ({ page }) => {
    // "Expired" follows from the validity dates: the demo's pacts valid until 2027 join the list once that day is past.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date())
    const expiredByNow = [
      ['PC-2025-003', '2027-06-30'],
      ['PC-2024-002', '2027-04-30'],
    ].flatMap(([code, validUntil]) => (validUntil! < today ? [code!] : []))
    const cases: Array<[string, string[]]> = [
      ['quartiere=gratosoglio', ['PC-2024-002']],
      ['stato=expired', [...expiredByNow, 'PC-2020-004']],
      ['stato=completed', ['PC-2018-001']],
      ['anno=2025', ['PC-2025-003']],
      ['tipo=memorandum', ['PC-2026-002']],
      ['quartiere=san-siro&ordina=meno-recenti', ['PC-2018-001', 'PC-2020-004']],
      ['quartiere=san-siro&ordina=recenti', ['PC-2020-004', 'PC-2018-001']],
    ]
    for (const [query, codes] of cases) {
      await page.goto(`${siteUrl()}/patti?${query}`)
      expect(await codesOn(page), query).toEqual(codes)
      expect(await countOn(page), query).toBe(codes.length)
    }
    // The form, by keyboard: choose a neighbourhood and submit with Enter; the URL keeps the state.
    await page.goto(`${siteUrl()}/patti`)
    await page.getByLabel('Quartiere').selectOption('molise-calvairate')
    await page.getByLabel('Cerca nei patti').focus()
    await page.keyboard.type('doposcuola')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/q=doposcuola/)
    await expect(page).toHaveURL(/quartiere=molise-calvairate/)
    expect(await codesOn(page)).toEqual(['PC-2025-003'])
    await expect(page.getByLabel('Quartiere')).toHaveValue('molise-calvairate')
  })

  test('a malformed filter is a 400 with an Italian message, a page past the end a 404', async () => {
    const bad = await sitePage('/patti?stato=inventato')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('La ricerca contiene un valore non valido (stato)')
    expect((await sitePage('/patti?anno=duemila')).status).toBe(400)
    expect((await sitePage('/patti?pagina=999')).status).toBe(404)
    expect((await fetch(`${siteUrl()}/patti.csv?tipo=altro`)).status).toBe(400)
    expect((await fetch(`${siteUrl()}/patti/non-esiste`)).status).toBe(404)
  })

  test('pages of 20 with the count, and the CSV and JSON hold exactly what the page counts', async ({ page }) => {
    const token = await loginAdmin()
    for (let n = 1; n <= 22; n++) {
      await createPact(token, {
        code: `PC-PAG-${String(n).padStart(2, '0')}`,
        title: `Patto di prova paginazione ${n}`,
        slug: `patto-paginazione-${n}`,
        neighbourhoods: [await neighbourhoodId(token, 'ponte-lambro')],
      })
    }
    const query = '?quartiere=ponte-lambro&ordina=codice'
    await expect.poll(async () => (await page.goto(`${siteUrl()}/patti${query}`), await countOn(page)), { timeout: VISIBLE_WITHIN_MS }).toBe(23)
    await expect(page.locator('.pact-list > li')).toHaveCount(20)
    await expect(page.getByRole('status').first()).toContainText('Pagina 1 di 2')
    await page.getByRole('navigation', { name: 'Pagine dei risultati' }).getByRole('link', { name: 'Pagina 2' }).click()
    await expect(page).toHaveURL(/pagina=2/)
    await expect(page.locator('.pact-list > li')).toHaveCount(3)

    const { rows, json } = await exportsOf(query)
    expect(rows).toHaveLength(23)
    expect(json.totale).toBe(23)
    expect(json.patti).toHaveLength(23)
    expect(json.licenza).toBe('CC-BY-4.0')
    expect(rows.map((r) => r.codice).sort()).toEqual(json.patti.map((p) => p.codice).sort())
    expect(rows.some((r) => r.codice === 'PC-2026-001')).toBe(true)

    // Numbers are machine-readable: the demo pact of Gratosoglio commits 18,500 + 6,000 € (Comune) and 5,000 + 12,000 € (partners).
    const gratosoglio = (await exportsOf('?quartiere=gratosoglio')).json.patti[0]!
    expect(gratosoglio.impegno_comune_euro).toBe(24500)
    expect(gratosoglio.impegno_partner_euro).toBe(17000)
    expect(gratosoglio.data_sottoscrizione).toBe('2024-04-20')
  })

  test('a pact page shows parties, commitments with totals, projects, indicators, renewals, a citation and its history', async ({ page }) => {
    await page.goto(`${siteUrl()}/patti/orti-condivisi-torri-gratosoglio`)
    await expect(page.getByRole('heading', { level: 1, name: 'Orti condivisi delle torri di Gratosoglio' })).toBeVisible()
    const parties = page.getByRole('region', { name: 'Le parti' })
    await expect(parties.getByRole('row', { name: /Gruppo volontari Orti di Gratosoglio/ })).toContainText('Gruppo di volontariato')
    await expect(parties).toContainText('Volontari singoli: 35')
    const commitments = page.getByRole('region', { name: 'Impegni e risorse' })
    await expect(commitments.getByRole('row', { name: /Totale Comune/ })).toContainText('24.500 €')
    await expect(commitments.getByRole('row', { name: /Totale partner/ })).toContainText('17.000 €')
    await expect(commitments.getByRole('row', { name: /^Totale/ }).last()).toContainText('41.500 €')
    const projects = page.getByRole('region', { name: 'Progetti' })
    await expect(projects.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '56')
    await expect(page.getByRole('region', { name: 'Indicatori' }).getByRole('row', { name: /Volontari attivi/ })).toContainText('Sì')
    await expect(page.getByRole('region', { name: 'Cita questo patto' })).toContainText(`${siteUrl()}/patti/orti-condivisi-torri-gratosoglio`)
    await expect(page.getByRole('region', { name: 'Storia delle versioni pubblicate' })).toContainText('Prima pubblicazione')

    await projects.getByRole('link', { name: 'Impianto degli orti e dell’irrigazione' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Impianto degli orti e dell’irrigazione' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Tappe' })).toContainText('Recinzione completata')
    await expect(page.getByRole('region', { name: 'Indicatori' })).toContainText('Orti assegnati')

    // The renewal links both ways.
    await page.goto(`${siteUrl()}/patti/cortile-via-abbiati`)
    const chain = page.getByRole('region', { name: 'Rinnovi' })
    await expect(chain.getByRole('listitem')).toHaveCount(2)
    await chain.getByRole('link', { name: /PC-2020-004/ }).click()
    await expect(page.getByRole('region', { name: 'Rinnovi' }).getByRole('link', { name: /PC-2018-001/ })).toBeVisible()
    await expect(page.getByText('Scaduto').first()).toBeVisible()
  })
})

/** A small but well-formed PDF (header, objects, cross-reference table with true offsets, trailer). */
function minimalPdf(): string {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
}

test.describe('attachments', () => {
  test('the signed PDF attached to a pact can be downloaded from its page', async ({ page }) => {
    const token = await loginAdmin()
    const pdf = minimalPdf()
    const form = new FormData()
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'patto-firmato.pdf')
    form.append('_payload', JSON.stringify({ alt: 'Patto firmato' }))
    const uploaded = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    const body = await uploaded.text()
    expect(uploaded.status, body).toBe(201)
    const media = JSON.parse(body).doc as { id: number }
    const pact = await createPact(token, { code: 'PC-PDF-01', title: 'Patto con allegato', slug: 'patto-con-allegato', attachments: [{ file: media.id, label: 'Patto firmato' }] })
    await expect.poll(async () => (await sitePage(`/patti/${pact.slug}`)).status, { timeout: VISIBLE_WITHIN_MS }).toBe(200)
    await page.goto(`${siteUrl()}/patti/${pact.slug}`)
    const link = page.getByRole('region', { name: 'Documenti' }).getByRole('link', { name: /Patto firmato/ })
    await expect(link).toBeVisible()
    const file = await fetch(new URL((await link.getAttribute('href'))!, siteUrl()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('application/pdf')
    expect(await file.text()).toContain('%PDF-1.4')
  })
})

test.describe('drafts never reach the public', () => {
  test('a draft pact, and a draft change to a published one, show nowhere until published; then the history shows the change', async ({ page }) => {
    const token = await loginAdmin()
    const draft = await createPact(token, { code: 'PC-BOZZA-01', title: 'Patto segreto in bozza', slug: 'patto-segreto-in-bozza' }, true)
    const published = await createPact(token, { code: 'PC-STORIA-01', title: 'Patto con una storia', slug: 'patto-con-una-storia', summary: 'Prima versione' })
    await expect.poll(async () => (await sitePage('/patti?q=storia')).html, { timeout: VISIBLE_WITHIN_MS }).toContain('PC-STORIA-01')

    const changed = await rest('PATCH', `/api/pacts/${published.id}?draft=true`, { token, body: { title: 'Titolo ancora in bozza', _status: 'draft' } })
    expect(changed.status).toBe(200)
    await new Promise((r) => setTimeout(r, 1_500))

    const everywhere = async () => {
      const [list, search, csv, json, sitemap, pactPage, pactJson, draftPage, draftJson, history] = await Promise.all([
        sitePage('/patti?ordina=codice'),
        sitePage('/patti?q=bozza'),
        fetch(`${siteUrl()}/patti.csv`).then((r) => r.text()),
        fetch(`${siteUrl()}/patti.json`).then((r) => r.text()),
        fetch(`${siteUrl()}/sitemap.xml`).then((r) => r.text()),
        sitePage('/patti/patto-con-una-storia'),
        fetch(`${siteUrl()}/patti/patto-con-una-storia.json`).then((r) => r.text()),
        sitePage('/patti/patto-segreto-in-bozza'),
        fetch(`${siteUrl()}/patti/patto-segreto-in-bozza.json`),
        rest('GET', `/api/pacts/${draft.id}/history`),
      ])
      return { list, search, csv, json, sitemap, pactPage, pactJson, draftPage, draftJson, history }
    }
    const before = await everywhere()
    for (const text of [before.list.html, before.search.html, before.csv, before.json, before.sitemap, before.pactPage.html, before.pactJson]) {
      expect(text).not.toContain('Patto segreto in bozza')
      expect(text).not.toContain('PC-BOZZA-01')
      expect(text).not.toContain('Titolo ancora in bozza')
    }
    expect(before.sitemap).toContain('/patti/patto-con-una-storia')
    expect(before.sitemap).not.toContain('patto-segreto-in-bozza')
    expect(before.draftPage.status).toBe(404)
    expect(before.draftJson.status).toBe(404)
    expect(before.history.status).toBe(404)
    expect(before.pactPage.html).toContain('Patto con una storia')

    expect((await rest('PATCH', `/api/pacts/${published.id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    await expect.poll(async () => (await sitePage('/patti/patto-con-una-storia')).html, { timeout: VISIBLE_WITHIN_MS }).toContain('Titolo ancora in bozza')
    await page.goto(`${siteUrl()}/patti/patto-con-una-storia`)
    const history = page.getByRole('region', { name: 'Storia delle versioni pubblicate' })
    const change = history.getByRole('row', { name: /^Titolo/ })
    await expect(change.getByRole('cell').nth(0)).toHaveText('Patto con una storia')
    await expect(change.getByRole('cell').nth(1)).toHaveText('Titolo ancora in bozza')
    await expect(history).toContainText('Prima pubblicazione')
  })
})

test.describe('accessibility of the registry (axe-core, WCAG 2.1 AA)', () => {
  for (const path of [
    '/patti',
    '/patti?q=orti&quartiere=gratosoglio',
    '/patti/orti-condivisi-torri-gratosoglio',
    '/patti/cortile-via-abbiati-rinnovo',
    '/progetti/orti-torri-impianto',
    '/en/patti',
    '/patti/dizionario-dati',
  ]) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(`${siteUrl()}${path}`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
    })
  }
})
