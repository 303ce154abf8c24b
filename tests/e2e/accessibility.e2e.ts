import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'

const pages = [
  '/',
  '/quartieri',
  '/quartieri/san-siro',
  '/quartieri/ponte-lambro',
  '/en',
  '/en/quartieri/mazzini',
  '/privacy',
  '/accessibilita',
  '/quartieri/non-esiste',
  '/laboratori',
  '/laboratori/san-siro-biblioteca-di-quartiere',
  '/laboratori/molise-calvairate-mobilita-inquilini',
  '/en/laboratori/gratosoglio-torri-sud',
  '/iscrizione/conferma?token=abc',
]

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const path of pages) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(`${siteUrl()}${path}`)
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
    })
  }
})
