import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { loginAdmin, rest, siteUrl } from '../support/cms-api.ts'

/*
 * Content in the reader's language: an English page shows a demo record's English text with nothing marked,
 * and a text the demo data leaves untranslated in Italian, marked lang="it" on the element that holds it; the
 * Italian page shows the Italian text with no lang of its own. Every expected text is read from the demo file
 * the portal imported at start: a translatable key is `{ it, en }` where translated, a plain Italian value where not.
 */

type Text = string | string[] | { it: string | string[]; en?: string | string[] }
type Row = Record<string, any>
const demo = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../cms/src/demo/demo-data.json'), 'utf8')) as Record<string, Row[]>

const isTranslated = (value: Text | undefined): value is { it: string | string[]; en: string | string[] } =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Boolean(value.en)
const isUntranslated = (value: Text | undefined): value is string | string[] => typeof value === 'string' || Array.isArray(value)
/** The first line of a text (the first paragraph of a list of paragraphs, the first theme). */
const first = (value: string | string[]) => (Array.isArray(value) ? value[0]! : value)
const english = (value: Text) => first((value as { en: string | string[] }).en)
const italian = (value: Text) => first(typeof value === 'object' && !Array.isArray(value) ? value.it : value)

/** The first record of a list with a translated (or untranslated) text at `key`, with that text. */
function pick(rows: Row[], key: (row: Row) => Text | undefined, translated: boolean): { row: Row; text: string; italian: string } {
  const row = rows.find((r) => (translated ? isTranslated(key(r)) : isUntranslated(key(r))))
  if (!row) throw new Error(`the demo data has no ${translated ? 'translated' : 'untranslated'} text for this case`)
  const value = key(row)!
  return { row, text: translated ? english(value) : italian(value), italian: italian(value) }
}

const projects = demo.pacts!.flatMap((p) => (p.projects ?? []) as Row[])

interface Case {
  domain: string
  /** The English page and text of a translated record. */
  translated: { path: string; text: string; italian: string; within?: string }
  /** The English page and text of an untranslated record (shown in Italian). */
  untranslated: { path: string; text: string; within?: string }
}

const title = (r: Row) => r.title as Text
const summary = (r: Row) => r.summary as Text

function cases(): Case[] {
  const nb = pick(demo.neighbourhoods!, summary, true)
  const nbUntranslated = pick(demo.neighbourhoods!, (r) => r.description, false)
  const lab = pick(demo.laboratories!, title, true)
  const labUntranslated = pick(demo.laboratories!, title, false)
  const event = pick(demo.events!, title, true)
  const eventUntranslated = pick(demo.events!, title, false)
  const pact = pick(demo.pacts!, title, true)
  const pactUntranslated = pick(demo.pacts!, title, false)
  const project = pick(projects, title, true)
  const projectUntranslated = pick(projects, title, false)
  const result = pick(demo.results!, title, true)
  const resultUntranslated = pick(demo.results!, (r) => r.body, false)
  const grant = pick(demo.grants!, title, true)
  const grantUntranslated = pick(demo.grants!, summary, false)
  const mapLab = pick(demo.laboratories!, title, true)
  // The attendance counted at a lab's meetings lists the lab by its title; a lab with counted meetings and no English title.
  const counted = demo.laboratories!.find((r) => isUntranslated(r.title) && (r.sessions ?? []).some((s: Row) => s.attendees))
  const countedTitle = counted ? italian(counted.title) : labUntranslated.text
  const projectForReport = pick(
    projects.filter((p) => demo.pacts!.some((pact) => pact.signedAt && (pact.projects ?? []).includes(p))),
    title,
    true,
  )
  return [
    {
      domain: 'neighbourhoods',
      translated: { path: `/quartieri/${nb.row.slug}`, ...nb },
      untranslated: { path: `/quartieri/${nbUntranslated.row.slug}`, text: nbUntranslated.text },
    },
    {
      domain: 'laboratories',
      translated: { path: `/laboratori/${lab.row.slug}`, ...lab },
      untranslated: { path: `/laboratori/${labUntranslated.row.slug}`, text: labUntranslated.text, within: 'main' },
    },
    {
      domain: 'events',
      translated: { path: `/eventi/${event.row.slug}`, ...event },
      untranslated: { path: `/eventi/${eventUntranslated.row.slug}`, text: eventUntranslated.text, within: 'main' },
    },
    {
      domain: 'pacts',
      translated: { path: `/patti/${pact.row.slug}`, ...pact, within: 'main h1' },
      untranslated: { path: `/patti/${pactUntranslated.row.slug}`, text: pactUntranslated.text, within: 'main h1' },
    },
    {
      domain: 'projects',
      translated: { path: `/progetti/${project.row.slug}`, ...project, within: 'main h1' },
      untranslated: { path: `/progetti/${projectUntranslated.row.slug}`, text: projectUntranslated.text, within: 'main h1' },
    },
    {
      domain: 'results',
      translated: { path: `/risultati/${result.row.slug}`, ...result, within: 'main h1' },
      untranslated: { path: `/risultati/${resultUntranslated.row.slug}`, text: resultUntranslated.text },
    },
    { domain: 'grants', translated: { path: '/contributi', ...grant, within: 'main h3' }, untranslated: { path: '/contributi', text: grantUntranslated.text } },
    { domain: 'maps', translated: { path: '/mappa', ...mapLab, within: '.map-list' }, untranslated: { path: '/mappa', text: labUntranslated.text, within: '.map-list' } },
    {
      domain: 'transparency',
      translated: { path: '/trasparenza/voci?da=2010&a=2030&figura=projects.total', ...projectForReport, within: 'main table' },
      untranslated: { path: '/trasparenza/voci?da=2010&a=2030&figura=participants.offline', text: countedTitle, within: 'main table' },
    },
  ]
}

/** The element that holds exactly `text` (the innermost one), inside `within`. */
const holder = (page: Page, text: string, within = 'main') => page.locator(within).getByText(text, { exact: true }).first()

/** The language a screen reader reads an element in, and whether the element (or an ancestor below <html>) says so itself. */
const languageOf = (page: Page, text: string, within?: string) =>
  holder(page, text, within).evaluate(
    (el) => {
      const marked = el.closest('[lang]')
      return { lang: marked?.getAttribute('lang') ?? null, own: marked !== null && marked !== document.documentElement, dir: marked?.getAttribute('dir') ?? null }
    },
    undefined,
    { timeout: 5_000 },
  )

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

const viewports = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]

for (const { name, viewport } of viewports) {
  test.describe(`content in the reader's language (${name})`, () => {
    test.use({ viewport })

    for (const c of cases()) {
      test(`${c.domain}: the English page shows the English text, unmarked, and the Italian page the Italian one`, async ({ page }) => {
        await page.goto(`${siteUrl()}/en${c.translated.path}`)
        await expect(holder(page, c.translated.text, c.translated.within)).toBeVisible()
        expect(await languageOf(page, c.translated.text, c.translated.within)).toMatchObject({ lang: 'en', own: false })
        await noAxeViolations(page)

        await page.goto(`${siteUrl()}${c.translated.path}`)
        await expect(holder(page, c.translated.italian, c.translated.within)).toBeVisible()
        expect(await languageOf(page, c.translated.italian, c.translated.within)).toMatchObject({ lang: 'it', own: false })
      })

      test(`${c.domain}: an untranslated text on the English page is the Italian one, marked lang="it"`, async ({ page }) => {
        await page.goto(`${siteUrl()}/en${c.untranslated.path}`)
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
        await expect(holder(page, c.untranslated.text, c.untranslated.within)).toBeVisible()
        expect(await languageOf(page, c.untranslated.text, c.untranslated.within)).toEqual({ lang: 'it', own: true, dir: null })
        await noAxeViolations(page)

        // In Italian the same text is the page's own language: no attribute of its own.
        await page.goto(`${siteUrl()}${c.untranslated.path}`)
        expect(await languageOf(page, c.untranslated.text, c.untranslated.within)).toMatchObject({ lang: 'it', own: false })
      })
    }

    test('home: the English home shows English texts, and one left untranslated marked lang="it"', async ({ page }) => {
      // Every text the demo home shows is translated: a neighbourhood's English summary is removed for this test, then put back.
      const nb = pick(demo.neighbourhoods!, summary, true)
      const other = demo.neighbourhoods!.find((r) => r !== nb.row && isTranslated(r.summary))!
      await page.goto(`${siteUrl()}/en`)
      await expect(holder(page, english(other.summary))).toBeVisible()
      expect(await languageOf(page, english(other.summary))).toMatchObject({ lang: 'en', own: false })

      const token = await loginAdmin()
      const found = await rest('GET', `/api/neighbourhoods?where[slug][equals]=${nb.row.slug}&depth=0`, { token })
      const id = found.body.docs[0].id
      const update = (text: string | null) => rest('PATCH', `/api/neighbourhoods/${id}?locale=en&depth=0`, { token, body: { summary: text } })
      try {
        expect((await update(null)).status).toBe(200)
        await expect(async () => {
          await page.goto(`${siteUrl()}/en`)
          expect(await languageOf(page, nb.italian)).toEqual({ lang: 'it', own: true, dir: null })
        }).toPass({ timeout: 15_000 })
        expect(await languageOf(page, english(other.summary))).toMatchObject({ lang: 'en', own: false })
        await noAxeViolations(page)
        await page.goto(siteUrl())
        expect(await languageOf(page, nb.italian)).toMatchObject({ lang: 'it', own: false })
      } finally {
        expect((await update(nb.text)).status).toBe(200)
      }
      await expect(async () => {
        await page.goto(`${siteUrl()}/en`)
        await expect(holder(page, nb.text)).toBeVisible({ timeout: 1_000 })
      }).toPass({ timeout: 15_000 })
    })
  })
}

test("the calendar in English gives each event's title its language, and the open data stays Italian", async ({ request }) => {
  const event = pick(demo.events!, title, true)
  const feed = await request.get(`${siteUrl()}/en/eventi/${event.row.slug}.ics`)
  expect(feed.status()).toBe(200)
  const unfolded = (await feed.text()).replace(/\r\n[ \t]/g, '')
  expect(unfolded).toContain(`SUMMARY;LANGUAGE=en:${event.text.replace(/[,;]/g, (c) => `\\${c}`)}`)
  expect(unfolded).toContain(`/en/eventi/${event.row.slug}`)

  const pact = pick(demo.pacts!, title, true)
  const json = await request.get(`${siteUrl()}/patti/${pact.row.slug}.json`)
  const body = await json.json()
  expect(body.patto.titolo).toBe(pact.italian)
  expect(body.patto.titolo_en).toBe(pact.text)
  const untranslated = pick(demo.pacts!, title, false)
  const other = await (await request.get(`${siteUrl()}/patti/${untranslated.row.slug}.json`)).json()
  expect(other.patto.titolo).toBe(untranslated.text)
  expect(other.patto.titolo_en).toBeNull()
})
