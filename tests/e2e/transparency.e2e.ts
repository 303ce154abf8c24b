import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { cmsUrl, relayedBySite, siteUrl } from '../support/cms-api.ts'
import { importRecords } from '../support/importer.ts'
import { linksIn, waitForMail } from '../support/mailbox.ts'

/*
 * A neighbourhood of its own, loaded through the importer with records whose totals are worked out by hand
 * below, so the report filtered on it is exact whatever the other tests add elsewhere.
 */
const N = 'borgo-trasparenza'
const RANGE = `?da=2019&a=2026&quartiere=${N}`

const dataSet = {
  neighbourhoods: [{ slug: N, name: 'Borgo Trasparenza', status: 'published', summary: 'Quartiere di prova del rapporto di trasparenza.' }],
  laboratories: [
    {
      slug: 'lab-borgo-trasparenza',
      title: 'Laboratorio del Borgo',
      neighbourhood: N,
      phase: 'implementation',
      capacity: 50,
      status: 'published',
      // Counted by the operators: 20 in 2020, 15 in 2021.
      sessions: [
        { startsAt: '2020-03-10T18:00:00+01:00', topic: 'Ascolto', attendees: 20 },
        { startsAt: '2021-05-05T18:00:00+02:00', topic: 'Co-progettazione', attendees: 15 },
      ],
    },
  ],
  // 40 counted at the festival in 2021.
  events: [
    { slug: 'festa-borgo-trasparenza', title: 'Festa del Borgo', type: 'festival', neighbourhood: N, start: '2021-06-01T16:00:00+02:00', status: 'published', attendees: 40 },
  ],
  organizations: [
    { slug: 'associazione-borgo', name: 'Associazione del Borgo', kind: 'association', neighbourhoods: [N], taxCode: '97000000001' },
    { slug: 'bottega-borgo', name: 'Bottega del Borgo', kind: 'business', neighbourhoods: [N] },
    { slug: 'scuola-borgo', name: 'Scuola del Borgo', kind: 'school', neighbourhoods: [N] },
  ],
  pacts: [
    {
      slug: 'patto-borgo-uno',
      code: 'TR-2019-01',
      title: 'Cura del giardino del Borgo',
      pactStatus: 'completed',
      neighbourhoods: [N],
      approvalAct: { number: 'DG 1/2019', date: '2019-04-01' },
      signedAt: '2019-05-10',
      validFrom: '2019-06-01',
      validUntil: '2020-12-31',
      signatories: [{ organization: 'associazione-borgo' }, { organization: 'bottega-borgo' }, { office: 'Municipio' }],
      volunteers: 5,
      commitments: [
        { party: 'municipality', description: 'Contributo', resourceKind: 'money', amount: 10000.1 },
        { party: 'partner', organization: 'bottega-borgo', description: 'Attrezzi', resourceKind: 'in-kind', amount: 2500.2 },
        { party: 'partner', organization: 'associazione-borgo', description: 'Volontariato', resourceKind: 'hours', amount: 1000, quantity: 100 },
      ],
      indicators: [{ name: 'Aiuole curate', baseline: 0, target: 10, measurements: [{ date: '2020-06-01', value: 12 }] }],
      projects: [
        { slug: 'giardino-borgo-aiuole', title: 'Aiuole del giardino', domain: 'care-of-city', projectStatus: 'completed' },
        { slug: 'giardino-borgo-merende', title: 'Merende in giardino', domain: 'care-of-community', projectStatus: 'in-progress', progress: 50 },
      ],
    },
    {
      slug: 'patto-borgo-due',
      code: 'TR-2021-01',
      title: 'Rinnovo del patto per il giardino',
      pactStatus: 'in-progress',
      renews: 'patto-borgo-uno',
      neighbourhoods: [N],
      approvalAct: { number: 'DG 2/2021', date: '2021-01-10' },
      signedAt: '2021-02-01',
      validFrom: '2021-02-01',
      validUntil: '2023-01-31',
      signatories: [{ organization: 'associazione-borgo' }, { organization: 'scuola-borgo' }],
      volunteers: 3,
      commitments: [
        { party: 'municipality', description: 'Contributo', resourceKind: 'money', amount: 5000 },
        { party: 'partner', organization: 'scuola-borgo', description: 'Aula', resourceKind: 'space', amount: 1200 },
      ],
      indicators: [{ name: 'Incontri con le famiglie', target: 6 }],
      projects: [
        {
          slug: 'giardino-borgo-serra',
          title: 'Serra della scuola',
          domain: 'care-of-city',
          projectStatus: 'planned',
          indicators: [{ name: 'Rifiuti abbandonati (kg)', baseline: 10, target: 5, measurements: [{ date: '2022-05-01', value: 7 }] }],
        },
      ],
    },
    // Neither of these may count: a draft, and a pact only approved.
    {
      slug: 'patto-borgo-bozza',
      code: 'TR-2022-99',
      title: 'Patto in bozza',
      status: 'draft',
      pactStatus: 'signed',
      neighbourhoods: [N],
      approvalAct: { number: 'DG 9/2022', date: '2022-01-01' },
      signedAt: '2022-02-01',
      volunteers: 900,
      commitments: [{ party: 'municipality', description: 'Segreto', resourceKind: 'money', amount: 999999 }],
    },
    {
      slug: 'patto-borgo-approvato',
      code: 'TR-2023-01',
      title: 'Patto approvato',
      pactStatus: 'approved',
      neighbourhoods: [N],
      approvalAct: { number: 'DG 3/2023', date: '2023-03-01' },
      volunteers: 50,
    },
  ],
  grants: [
    {
      slug: 'bando-borgo-trasparenza',
      title: 'Bando del Borgo',
      year: 2020,
      neighbourhoods: [N],
      awards: [
        // No neighbourhood of its own: the call's counts.
        { beneficiary: 'associazione-borgo', amount: 3000, awardedAt: '2020-03-01', legalBasis: 'Det. 1/2020', office: 'Ufficio Partecipazione' },
        { beneficiary: 'bottega-borgo', amount: 1500.5, awardedAt: '2021-04-01', neighbourhood: N, legalBasis: 'Det. 2/2021', office: 'Ufficio Partecipazione' },
      ],
    },
    {
      slug: 'bando-borgo-bozza',
      title: 'Bando in bozza',
      year: 2021,
      status: 'draft',
      neighbourhoods: [N],
      awards: [{ beneficiary: 'associazione-borgo', amount: 99999, awardedAt: '2021-05-01', legalBasis: 'Det. 9/2021', office: 'Ufficio' }],
    },
  ],
}

/** The figures of the data set, by hand. */
const expected = {
  signed: 2, // TR-2019-01 (2019) and its renewal TR-2021-01 (2021)
  renewed: 1,
  active: 2, // 2019–2020 the first, 2021–2023 the second
  completed: 1, // the first, in 2020
  signatories: { associations: 2, volunteers: 8, businesses: 1, others: 1, total: 12 }, // 1+1 associations, 5+3 volunteers, the shop, the school
  projects: 3,
  money: { municipality: 15000.1, partner: 4700.2, total: 19700.3 }, // 10000.10 + 5000; 2500.20 + 1000 + 1200
  grants: { awarded: 2, amount: 4500.5 },
  offline: 75, // 20 + 15 + 40
  participants: 2, // two people confirmed this year; a third never confirmed
  indicators: { total: 3, measured: 2, onTarget: 1 },
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  await importRecords('trasparenza', dataSet)
  const lab = (await (await fetch(`${cmsUrl()}/api/laboratories?where[slug][equals]=lab-borgo-trasparenza&depth=0`)).json()).docs[0] as { id: number }
  for (const [i, email] of ['anna.borgo@example.org', 'bruno.borgo@example.org', 'carla.borgo@example.org'].entries()) {
    const res = await fetch(`${cmsUrl()}/api/registrations/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...relayedBySite(`198.51.100.${10 + i}`) },
      body: JSON.stringify({ laboratory: lab.id, name: `Persona ${i}`, email, consent: true, privacyNoticeVersion: '1.0' }),
    })
    expect(res.status).toBe(202)
  }
  for (const email of ['anna.borgo@example.org', 'bruno.borgo@example.org']) {
    const token = new URL(linksIn(await waitForMail(email, /Conferma/)).confirm!).searchParams.get('token')
    const res = await fetch(`${cmsUrl()}/api/registrations/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) })
    expect(res.status).toBeLessThan(300)
  }
})

test('the report shows the figures of the data set, worked out by hand, and nothing from drafts', async ({ page }) => {
  await page.goto(`${siteUrl()}/trasparenza${RANGE}`)
  const summary = page.getByRole('region', { name: 'In sintesi' })
  const card = (label: string) => summary.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd')
  await expect(card('Patti sottoscritti')).toContainText(`${expected.signed} di cui 1 rinnovo`)
  await expect(card('Patti attivi')).toHaveText(String(expected.active))
  await expect(card('Patti conclusi')).toHaveText(String(expected.completed))
  await expect(card('Partecipanti iscritti')).toHaveText(String(expected.participants))
  await expect(card('Presenze contate agli incontri')).toHaveText(String(expected.offline))
  await expect(card('Progetti')).toHaveText(String(expected.projects))
  await expect(card('Risorse impegnate')).toContainText('19.700,30')
  await expect(card('Contributi assegnati')).toContainText('2 (4.500,50 €)')
  await expect(card('Indicatori a obiettivo')).toContainText('1 su 2 misurati')

  const years = page.getByRole('region', { name: 'Anno per anno' }).locator('table').first()
  const row = (year: number) => years.getByRole('row', { name: new RegExp(`^${year}`) }).getByRole('cell')
  // signed, renewed, active, completed, people, counted, grants, amount
  await expect(row(2019)).toHaveText(['1', '0', '1', '0', '0', '0', '0', '0 €'])
  await expect(row(2020)).toHaveText(['0', '0', '1', '1', '0', '20', '1', '3.000 €'])
  await expect(row(2021)).toHaveText(['1', '1', '1', '0', '0', '55', '1', '1.500,50 €'])
  await expect(row(2023)).toHaveText(['0', '0', '1', '0', '0', '0', '0', '0 €'])
  await expect(row(2026)).toHaveText(['0', '0', '0', '0', '2', '0', '0', '0 €'])

  const signatories = page.getByRole('region', { name: 'Firmatari per tipo' }).locator('table').first()
  await expect(signatories.getByRole('row', { name: /^Associazioni/ }).getByRole('cell')).toHaveText(String(expected.signatories.associations))
  await expect(signatories.getByRole('row', { name: /^Volontari/ }).getByRole('cell')).toHaveText(String(expected.signatories.volunteers))
  await expect(signatories.getByRole('row', { name: /^Totale/ }).getByRole('cell')).toHaveText(String(expected.signatories.total))
  const money = page.getByRole('region', { name: 'Risorse impegnate nei patti' }).locator('table').first()
  await expect(money.getByRole('row', { name: /^Totale/ }).getByRole('cell')).toHaveText(['15.000,10 €', '4.700,20 €'])
  await expect(page.locator('main')).not.toContainText('999.999')
  await expect(page.locator('main')).not.toContainText('99.999')
  // Every definition is stated in words.
  await expect(page.getByRole('region', { name: 'Come sono calcolate le cifre' }).locator('dd')).toHaveCount(11)
})

test('the JSON and CSV carry the same figures', async () => {
  const json = (await (await fetch(`${siteUrl()}/trasparenza.json${RANGE}`)).json()) as {
    licenza: string
    righe: Array<{ section: string; figure: string; year: number | null; value: number }>
  }
  expect(json.licenza).toBe('CC BY 4.0')
  const total = (section: string, figure: string) => json.righe.find((r) => r.section === section && r.figure === figure && r.year === null)?.value
  const perYear = (section: string, figure: string, year: number) => json.righe.find((r) => r.section === section && r.figure === figure && r.year === year)?.value
  expect([total('pacts', 'signed'), total('pacts', 'renewed'), total('pacts', 'active'), total('pacts', 'completed')]).toEqual([
    expected.signed,
    expected.renewed,
    expected.active,
    expected.completed,
  ])
  expect(
    json.righe
      .filter((r) => r.section === 'signatories' && r.year === null)
      .map((r) => r.value)
      .reduce((a, b) => a + b, 0),
  ).toBe(expected.signatories.total * 2)
  expect(total('money', 'total')).toBe(expected.money.total)
  expect(perYear('participants', 'offline', 2021)).toBe(55)
  expect(perYear('participants', 'online', 2026)).toBe(expected.participants)
  expect(perYear('grants', 'amount', 2021)).toBe(1500.5)
  expect(total('indicators', 'on_target')).toBe(expected.indicators.onTarget)
  const bytes = Buffer.from(await (await fetch(`${siteUrl()}/trasparenza.csv${RANGE}`)).arrayBuffer())
  // UTF-8 with a byte order mark, so spreadsheets read accents.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csv = bytes.subarray(3).toString('utf8')
  expect(csv.split('\r\n')[0]).toBe('sezione,cifra,anno,valore,unita')
  expect(csv.split('\r\n').filter((line) => line.length > 0)).toHaveLength(json.righe.length + 1)
  expect(csv).toContain('money,total,,19700.3,eur')
})

test('each figure links to the records it counts', async ({ page }) => {
  await page.goto(`${siteUrl()}/trasparenza${RANGE}`)
  await page
    .getByRole('region', { name: 'In sintesi' })
    .getByRole('link', { name: String(expected.signed), exact: true })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Che cosa conta questa cifra')
  const items = page.locator('main table tbody tr')
  await expect(items).toHaveCount(2)
  await expect(page.getByRole('link', { name: /TR-2019-01/ })).toHaveAttribute('href', '/patti/patto-borgo-uno')
  await expect(page.locator('main')).not.toContainText('TR-2022-99')
  const grants = await fetch(`${siteUrl()}/trasparenza/voci${RANGE}&figura=grants.amount`)
  expect(await grants.text()).toContain('Bottega del Borgo')
  const unknown = await fetch(`${siteUrl()}/trasparenza/voci${RANGE}&figura=non.esiste`)
  expect(unknown.status).toBe(400)
})

test('a malformed filter is a 400 with an Italian message, on the page and the downloads', async () => {
  for (const path of ['/trasparenza?da=19', '/trasparenza?da=2024&a=2020', '/trasparenza.json?quartiere=Non Valido', '/trasparenza.csv?a=abcd']) {
    const res = await fetch(`${siteUrl()}${path}`)
    expect(res.status, path).toBe(400)
    expect(await res.text(), path).toMatch(/non è valido|non valido/)
  }
})

test('the page has no axe violations, and prints as a clean report', async ({ page }) => {
  await page.goto(`${siteUrl()}/trasparenza${RANGE}`)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations).toEqual([])
  await page.goto(`${siteUrl()}/trasparenza/voci${RANGE}&figura=pacts.signed`)
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([])

  await page.goto(`${siteUrl()}/trasparenza${RANGE}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('form.report-filters')).toBeHidden()
  await expect(page.locator('.site-nav').first()).toBeHidden()
  await expect(page.getByRole('region', { name: 'Anno per anno' }).locator('table').first()).toBeVisible()
  const pdf = await page.pdf({ format: 'A4' })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdf.length).toBeGreaterThan(10_000)
})
