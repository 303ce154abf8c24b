import { expect, test } from '@playwright/test'
import { cmsUrl, loginAdmin, neighbourhoodId, rest, sitePage } from '../support/cms-api.ts'

const OPERATOR = { email: 'operatore.revisione@quartieri.test', password: 'operatore-revisione-123' }

test.describe('an operator in the admin', () => {
  let labId: number | string

  test.beforeAll(async () => {
    const admin = await loginAdmin()
    const gratosoglio = await neighbourhoodId(admin, 'gratosoglio')
    const user = await rest('POST', '/api/users', { token: admin, body: { ...OPERATOR, name: 'Operatore Revisione', role: 'operator', neighbourhoods: [gratosoglio] } })
    expect(user.status).toBe(201)
    const lab = await rest('POST', '/api/laboratories', {
      token: admin,
      body: {
        title: 'Laboratorio da rivedere',
        slug: 'laboratorio-da-rivedere',
        neighbourhood: gratosoglio,
        capacity: 20,
        phase: 'listening',
        summary: 'Sintesi pubblicata',
        _status: 'published',
      },
    })
    expect(lab.status).toBe(201)
    labId = lab.body.doc.id
  })

  test('edits a published laboratory as a draft for review: no publish or unpublish button, nothing lost on reload, the public page unchanged', async ({ page }) => {
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.getByLabel(/e-?mail/i).fill(OPERATOR.email)
    await page.getByLabel(/password/i).fill(OPERATOR.password)
    await page.getByRole('button', { name: /accedi|login/i }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.goto(`${cmsUrl()}/admin/collections/laboratories/${labId}`)
    const summary = page.getByLabel('Sintesi')
    await expect(summary).toHaveValue('Sintesi pubblicata')
    await expect(page.getByRole('note')).toContainText('la redazione le rivede e le pubblica')
    await expect(page.getByRole('button', { name: /pubblica/i })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /annulla pubblicazione|unpublish/i })).toHaveCount(0)

    await summary.fill('Sintesi proposta dall’operatore')
    await page.getByRole('button', { name: /salva bozza/i }).click()
    await expect(page.getByText(/salvat|saved/i).first()).toBeVisible()

    await page.reload()
    await expect(page.getByLabel('Sintesi')).toHaveValue('Sintesi proposta dall’operatore')
    const publicLab = await rest('GET', `/api/laboratories/${labId}?depth=0`)
    expect(publicLab.body.summary).toBe('Sintesi pubblicata')
    const sitePageHtml = await sitePage('/laboratori/laboratorio-da-rivedere')
    expect(sitePageHtml.status).toBe(200)
    expect(sitePageHtml.html).toContain('Sintesi pubblicata')
    expect(sitePageHtml.html).not.toContain('proposta dall’operatore')
  })
})
