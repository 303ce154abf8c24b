import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { loginAdmin, neighbourhoodId, rest, sitePage, siteUrl } from '../support/cms-api.ts'

const VISIBLE_WITHIN_MS = 5_000

const FIRST_BIENNIUM = 'laboratori-di-quartiere-2017-2018'
const GRATOSOGLIO_GARDENS = 'orti-gratosoglio-primo-anno'

/** The slugs of the results publications listed on the page, in order. */
async function resultSlugsOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator('.results-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((href) => href.replace(/^.*\/risultati\//, ''))
}

/** The grants register's count and total, as the page states them. */
async function grantSummaryOn(page: Page): Promise<{ count: number; total: string }> {
  const text = ((await page.locator('.grants-count').textContent()) ?? '').replace(/\s+/g, ' ').trim()
  const match = /^(\d+) contribut[oi] per un totale di (.+)$/.exec(text)
  if (!match) throw new Error(`no count in "${text}"`)
  return { count: Number(match[1]), total: match[2]! }
}

const grantRows = (page: Page) => page.locator('.grants-table tbody tr')

async function csvOf(query: string) {
  const res = await fetch(`${siteUrl()}/contributi.csv${query}`)
  expect(res.status).toBe(200)
  const raw = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw)
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>
  return { res, text, rows }
}

test.describe('results publications', () => {
  test('the list shows the published results, newest period first, and filters by neighbourhood with the state in the URL', async ({ page }) => {
    await page.goto(`${siteUrl()}/risultati`)
    await expect(page.getByRole('heading', { level: 1, name: 'Risultati' })).toBeVisible()
    expect(await resultSlugsOn(page)).toEqual([GRATOSOGLIO_GARDENS, FIRST_BIENNIUM])
    await expect(page.getByRole('status')).toHaveText('2 resoconti')
    await expect(page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Risultati' })).toHaveAttribute('aria-current', 'page')

    // By the form: San Siro only took part in the first biennium.
    await page.getByLabel('Quartiere').selectOption('san-siro')
    await page.getByRole('button', { name: 'Filtra' }).click()
    await expect(page).toHaveURL(/quartiere=san-siro/)
    expect(await resultSlugsOn(page)).toEqual([FIRST_BIENNIUM])
    await expect(page.getByRole('status')).toHaveText('1 resoconto per il quartiere San Siro')
    await expect(page.getByLabel('Quartiere')).toHaveValue('san-siro')

    await page.goto(`${siteUrl()}/risultati?quartiere=gratosoglio`)
    expect(await resultSlugsOn(page)).toEqual([GRATOSOGLIO_GARDENS, FIRST_BIENNIUM])
    await page.goto(`${siteUrl()}/risultati?quartiere=quartiere-senza-risultati`)
    expect(await resultSlugsOn(page)).toEqual([])
    await expect(page.getByText('Non ci sono ancora resoconti pubblicati per questo quartiere.')).toBeVisible()
  })

  test('a malformed filter is a 400 with an Italian message, a page past the end a 404, an unknown result a 404', async () => {
    const bad = await sitePage('/risultati?quartiere=San%20Siro')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('Il filtro «quartiere» non è valido')
    expect((await sitePage('/risultati?pagina=zero')).status).toBe(400)
    expect((await sitePage('/risultati?pagina=9')).status).toBe(404)
    expect((await sitePage('/risultati/non-esiste')).status).toBe(404)
    expect((await sitePage('/en/risultati')).status).toBe(200)
  })

  test('a result page shows its period, neighbourhoods, key figures with units, and body', async ({ page }) => {
    await page.goto(`${siteUrl()}/risultati/${FIRST_BIENNIUM}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Laboratori di Quartiere: il primo biennio (2017–2018)' })).toBeVisible()
    await expect(page.locator('.breadcrumb')).toContainText('Risultati')
    await expect(page.locator('main')).toContainText('Dal 1 gennaio 2017 al 31 dicembre 2018')
    await expect(page.getByRole('link', { name: 'Ponte Lambro' })).toHaveAttribute('href', '/quartieri/ponte-lambro')

    const figures = page.getByRole('region', { name: 'Le cifre' })
    await expect(figures.getByRole('term')).toHaveText(['Laboratori aperti', 'Mezze giornate di apertura a settimana per laboratorio', 'Stanziamento del primo bando'])
    await expect(figures.getByRole('definition')).toHaveText(['5', '3', '94.000 €'])

    const body = page.getByRole('region', { name: 'Il resoconto' })
    await expect(body.locator('.rich-text')).toContainText('Nei primi due anni i laboratori hanno aperto tre mezze giornate a settimana')
    await expect(body.locator('.rich-text')).toContainText('il primo patto di collaborazione')

    // The English page formats the same figures its own way.
    await page.goto(`${siteUrl()}/en/risultati/${FIRST_BIENNIUM}`)
    await expect(page.getByRole('region', { name: 'Key figures' }).getByRole('definition').last()).toHaveText('€94,000')
    await expect(page.locator('main')).toContainText('From 1 January 2017 to 31 December 2018')
  })

  test('a draft result is on no page until it is published, then appears within 5 s', async ({ page }) => {
    const token = await loginAdmin()
    const run = Date.now().toString(36)
    const title = `Resoconto ancora in bozza del cortile ${run}`
    const slug = `resoconto-in-bozza-cortile-${run}`
    const created = await rest('POST', '/api/results?draft=true', {
      token,
      body: {
        title,
        slug,
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        neighbourhoods: [await neighbourhoodId(token, 'mazzini')],
        summary: 'Sei mesi di lavori nel cortile.',
        keyFigures: [{ label: 'Ore di volontariato', value: 1250.5, unit: 'ore' }],
        _status: 'draft',
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    await new Promise((r) => setTimeout(r, 1_500))

    const everywhere = () => Promise.all([sitePage('/risultati'), sitePage('/risultati?quartiere=mazzini'), sitePage('/en/risultati'), sitePage(`/risultati/${slug}`)])
    const [list, filtered, english, own] = await everywhere()
    for (const p of [list, filtered, english]) {
      expect(p.status).toBe(200)
      expect(p.html).not.toContain(title)
    }
    expect(own.status).toBe(404)

    expect((await rest('PATCH', `/api/results/${id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    await expect.poll(async () => (await page.goto(`${siteUrl()}/risultati?quartiere=mazzini`), await resultSlugsOn(page)), { timeout: VISIBLE_WITHIN_MS }).toContain(slug)
    // Newer than the first biennium, so listed before it.
    const slugs = await resultSlugsOn(page)
    expect(slugs.indexOf(slug)).toBeLessThan(slugs.indexOf(FIRST_BIENNIUM))
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Le cifre' }).getByRole('definition')).toHaveText('1.250,5 ore')
  })
})

test.describe('the grants register', () => {
  test('lists every demo award with what the law requires, the count and the total, and the calls', async ({ page }) => {
    await page.goto(`${siteUrl()}/contributi`)
    await expect(page.getByRole('heading', { level: 1, name: 'Contributi concessi' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Che cosa si pubblica e perché' })).toContainText('decreto legislativo 14 marzo 2013, n. 33 (articoli 26 e 27)')
    await expect(page.locator('main')).toContainText('1.000 € o più')
    expect(await grantSummaryOn(page)).toEqual({ count: 7, total: '144.150,50 €' })
    await expect(grantRows(page)).toHaveCount(7)

    const table = page.getByRole('table', { name: /Contributi concessi/ })
    await expect(table.getByRole('columnheader')).toHaveText([
      'Data',
      'Beneficiario',
      'Codice fiscale',
      'Importo',
      'Progetto o finalità',
      'Quartiere',
      'Norma o titolo di attribuzione',
      'Ufficio e responsabile',
      'Modalità di individuazione',
      'Bando',
    ])
    // Newest first: the three awards of 2 July 2019, by beneficiary.
    await expect(grantRows(page).nth(0)).toContainText('Associazione Abitanti San Siro')
    await expect(grantRows(page).nth(0)).toContainText('97123450158')
    await expect(grantRows(page).nth(0)).toContainText('24.000 €')
    await expect(grantRows(page).nth(0).getByRole('link', { name: 'Doposcuola all’aperto nel cortile' })).toHaveAttribute('href', '/progetti/doposcuola-cortile-abbiati')
    const bakery = grantRows(page).filter({ hasText: 'Panificio del Lambro' })
    await expect(bakery).toContainText('900 €')
    await expect(bakery).toContainText('pubblicazione facoltativa')
    await expect(bakery).toContainText('Assegnazione diretta motivata')
    await expect(grantRows(page).filter({ hasText: 'Gruppo volontari Orti di Gratosoglio' })).toContainText('12.750,50 €')
    await expect(grantRows(page).last()).toContainText('14 dicembre 2017')
    await expect(table.locator('tfoot')).toContainText('144.150,50 €')

    const calls = page.getByRole('region', { name: 'I bandi' })
    await expect(calls.getByRole('heading', { level: 3 })).toHaveText(['Bando contributi ambiti CdQ, seconda edizione (2019)', 'Bando contributi ambiti CdQ 2017/2018'])
    await expect(calls).toContainText('80.000 €')
    await expect(calls).toContainText('94.000 €')
    await expect(calls).toContainText('31 ottobre 2017')
  })

  test('the year and the neighbourhood narrow the awards, with the state in the URL', async ({ page }) => {
    await page.goto(`${siteUrl()}/contributi?anno=2019`)
    expect(await grantSummaryOn(page)).toEqual({ count: 3, total: '59.900 €' })
    await expect(grantRows(page)).toHaveCount(3)
    await expect(page.getByRole('region', { name: 'I bandi' }).getByRole('heading', { level: 3 })).toHaveText(['Bando contributi ambiti CdQ, seconda edizione (2019)'])

    // Ponte Lambro: two awards of its own in 2019, and the 2018 one naming no neighbourhood, through its call.
    await page.goto(`${siteUrl()}/contributi`)
    await page.getByLabel('Quartiere').selectOption('ponte-lambro')
    await page.getByRole('button', { name: 'Filtra' }).click()
    await expect(page).toHaveURL(/quartiere=ponte-lambro/)
    expect(await grantSummaryOn(page)).toEqual({ count: 3, total: '66.900 €' })
    await expect(grantRows(page).locator('td:nth-child(4)')).toHaveText([/^35\.000\s€$/, /^900\s€/, /^31\.000\s€$/])
    await expect(page.getByLabel('Quartiere')).toHaveValue('ponte-lambro')

    await page.getByLabel('Anno di concessione').selectOption('2018')
    await page.getByRole('button', { name: 'Filtra' }).click()
    await expect(page).toHaveURL(/anno=2018/)
    expect(await grantSummaryOn(page)).toEqual({ count: 1, total: '31.000 €' })

    await page.goto(`${siteUrl()}/contributi?anno=2005`)
    expect(await grantSummaryOn(page)).toEqual({ count: 0, total: '0 €' })
    await expect(page.getByText('Nessun contributo corrisponde ai filtri scelti.')).toBeVisible()
  })

  test('the CSV has exactly the rows the page counts, machine-readable, with the same filters', async ({ page }) => {
    for (const query of ['', '?anno=2019', '?quartiere=ponte-lambro', '?anno=2018&quartiere=gratosoglio']) {
      await page.goto(`${siteUrl()}/contributi${query}`)
      const { count } = await grantSummaryOn(page)
      expect(await page.getByRole('link', { name: 'Scarica questi contributi in formato CSV' }).getAttribute('href')).toBe(`/contributi.csv${query}`)
      const { rows } = await csvOf(query)
      expect(rows, query).toHaveLength(count)
    }

    const { res, text, rows } = await csvOf('')
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="contributi.csv"')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.split('\r\n').length).toBe(rows.length + 2)
    expect(Object.keys(rows[0]!).slice(0, 5)).toEqual(['data_concessione', 'beneficiario', 'codice_fiscale', 'tipo_beneficiario', 'importo_euro'])
    const garden = rows.find((r) => r.beneficiario === 'Gruppo volontari Orti di Gratosoglio')!
    expect(garden).toMatchObject({
      importo_euro: '12750.5',
      data_concessione: '2018-01-22',
      codice_fiscale: '97234560151',
      quartiere_slug: 'gratosoglio',
      modalita_individuazione: 'ranking',
      pubblicazione_obbligatoria: 'true',
      bando_anno: '2017',
    })
    const bakery = rows.find((r) => r.beneficiario === 'Panificio del Lambro')!
    expect(bakery).toMatchObject({ importo_euro: '900', pubblicazione_obbligatoria: 'false', modalita_individuazione: 'direct-award' })
    expect(rows.find((r) => r.progetto_slug === 'doposcuola-cortile-abbiati')).toMatchObject({ beneficiario: 'Associazione Abitanti San Siro', importo_euro: '24000' })
    expect(rows.reduce((sum, r) => sum + Math.round(Number(r.importo_euro) * 100), 0)).toBe(14_415_050)

    const english = await fetch(`${siteUrl()}/en/contributi.csv?anno=2019`)
    expect(english.status).toBe(200)
    expect(parse(await english.text(), { columns: true, bom: true, skip_empty_lines: true })).toHaveLength(3)
  })

  test('a malformed filter is a 400 with an Italian message naming it, on the page and in the CSV', async () => {
    const bad = await sitePage('/contributi?anno=duemila')
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('Il filtro «anno» non è valido')
    const badPlace = await sitePage('/contributi?quartiere=Ponte%20Lambro')
    expect(badPlace.status).toBe(400)
    expect(badPlace.html).toContain('Il filtro «quartiere» non è valido')
    const csv = await fetch(`${siteUrl()}/contributi.csv?anno=19`)
    expect(csv.status).toBe(400)
    const message = await csv.text()
    expect(message).toContain('Il parametro "anno" non è valido')
    expect(message).toContain('The "anno" (year) parameter is not valid')
  })

  test('the footer links to the register, the header to the results', async ({ page }) => {
    await page.goto(`${siteUrl()}/`)
    await page.locator('footer').getByRole('link', { name: 'Contributi' }).click()
    await expect(page).toHaveURL(/\/contributi$/)
    await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Risultati' }).click()
    await expect(page).toHaveURL(/\/risultati$/)
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  for (const path of ['/risultati', `/risultati/${FIRST_BIENNIUM}`, '/contributi', '/en/contributi']) {
    test(`${path} does not scroll sideways: the menu folds behind its button and the wide table scrolls in its own box`, async ({ page }) => {
      await page.goto(`${siteUrl()}${path}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      const nav = page.getByRole('navigation', { name: /Menu principale|Main menu/ })
      await nav.getByRole('button', { name: 'Menu' }).click()
      await expect(nav.getByRole('link', { name: /Risultati|Results/ })).toBeInViewport()
    })
  }
})

test.describe('accessibility of results and grants (axe-core, WCAG 2.1 AA)', () => {
  for (const path of ['/risultati', `/risultati/${FIRST_BIENNIUM}`, '/contributi', '/contributi?anno=2019&quartiere=ponte-lambro', '/en/contributi']) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(`${siteUrl()}${path}`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
    })
  }
})
