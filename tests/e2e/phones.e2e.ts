import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { siteUrl } from '../support/cms-api.ts'
import { CONTENT_PAGES } from '../support/demo-pages.ts'

// The site on a phone: nothing wider than the screen, every wide table or chart a labelled region that scrolls by
// keyboard, the month calendar an agenda, a menu button, and reports that print on A4 without losing a column.

/** One page of each kind, as the demo data fills them. */
const PAGES = [...CONTENT_PAGES, '/mappa', '/privacy', '/accessibilita', '/en/patti/cortile-via-abbiati']

async function phone(browser: Browser, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled })
  return context.newPage()
}

/** What is wider than its box and can scroll, with whether the keyboard reaches it and what it is called. */
function scrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => {
        const style = getComputedStyle(el)
        return el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(style.overflowX) && el.offsetParent !== null
      })
      .map((el) => ({
        what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`,
        focusable: el.tabIndex >= 0,
        named: Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')),
        role: el.getAttribute('role'),
      })),
  )
}

for (const width of [320, 375]) {
  test(`at ${width} px no page is wider than the screen, and what scrolls sideways is a named region the keyboard reaches`, async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await phone(browser, width)
    const problems: string[] = []
    let scrolling = 0
    for (const path of PAGES) {
      const response = await page.goto(new URL(path, siteUrl()).toString())
      expect(response?.status(), path).toBe(200)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 0) {
        const culprits = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
        )
        problems.push(`${path}: ${overflow} px wider than the screen (${culprits.join(', ')})`)
      }
      for (const s of await scrollers(page)) {
        scrolling++
        if (!s.focusable || !s.named || !s.role) problems.push(`${path}: ${s.what} scrolls but is ${!s.focusable ? 'not focusable' : !s.named ? 'not named' : 'not a region'}`)
      }
    }
    expect(problems).toEqual([])
    // The wide tables (pact parties and commitments, the report's years, the grants) do scroll at this width.
    expect(scrolling).toBeGreaterThan(3)
    await page.context().close()
  })
}

test('axe finds nothing at 320 px, the new scroll regions and menu included', async ({ browser }) => {
  test.setTimeout(120_000)
  const page = await phone(browser, 320)
  const violations: string[] = []
  for (const path of ['/', '/eventi?vista=mese', '/eventi', '/patti/cortile-via-abbiati', '/contributi', '/trasparenza', '/mappa']) {
    await page.goto(new URL(path, siteUrl()).toString())
    await page.getByRole('button', { name: 'Menu' }).click()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    violations.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`))
  }
  expect(violations).toEqual([])
  await page.context().close()
})

test('on a phone the menu is one button that opens and closes the list; without JavaScript the list is simply there', async ({ browser }) => {
  const page = await phone(browser, 375)
  await page.goto(siteUrl())
  const nav = page.getByRole('navigation', { name: 'Menu principale' })
  const button = nav.getByRole('button', { name: 'Menu' })
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link', { name: 'Patti' })).toBeHidden()
  // By keyboard: Enter opens, the links follow the button, Escape closes and gives the focus back.
  await button.focus()
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  await expect(nav.getByRole('link', { name: 'Patti' })).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await expect(button).toBeFocused()
  await expect(nav.getByRole('link', { name: 'Patti' })).toBeHidden()
  await page.context().close()

  const noScript = await phone(browser, 375, false)
  await noScript.goto(siteUrl())
  const plainNav = noScript.getByRole('navigation', { name: 'Menu principale' })
  await expect(plainNav.getByRole('button', { name: 'Menu' })).toBeHidden()
  await expect(plainNav.getByRole('link', { name: 'Patti' })).toBeVisible()
  await noScript.context().close()

  // On a wide screen the list is always in view and there is no button.
  const wide = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await wide.goto(siteUrl())
  await expect(wide.getByRole('navigation', { name: 'Menu principale' }).getByRole('button', { name: 'Menu' })).toBeHidden()
  await expect(wide.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Patti' })).toBeVisible()
  await wide.close()
})

test('the month view is an agenda of the days with events on a phone, and a grid the arrow keys walk on a wide screen', async ({ browser }) => {
  const page = await phone(browser, 375)
  await page.goto(`${siteUrl()}/eventi?vista=mese&mese=2026-12`)
  const days = page.locator('[data-month-grid] td:visible')
  const count = await days.count()
  expect(count).toBeGreaterThan(0)
  // Each day shown has events, carries its full date as a heading line, and is as wide as the screen's column.
  for (let i = 0; i < count; i++) {
    const day = days.nth(i)
    await expect(day.locator('li').first()).toBeVisible()
    await expect(day.locator('.day-label')).toHaveText(/^(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d{1,2} dicembre 2026$/)
    const box = await day.boundingBox()
    expect(box!.width).toBeGreaterThan(300)
  }
  // No two lines of the agenda overlap.
  const boxes = await page
    .locator('[data-month-grid] td:visible li')
    .evaluateAll((items) => items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })))
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5)
  await page.context().close()

  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await wide.goto(`${siteUrl()}/eventi?vista=mese&mese=2026-12`)
  const grid = wide.locator('[data-month-grid]')
  const entry = grid.locator('td[tabindex="0"]')
  await expect(entry).toHaveCount(1)
  const start = Number((await entry.getAttribute('data-day'))!.slice(8))
  await entry.focus()
  await wide.keyboard.press('ArrowRight')
  await expect(wide.locator('td:focus')).toHaveAttribute('data-day', `2026-12-${String(start + 1).padStart(2, '0')}`)
  await wide.keyboard.press('ArrowDown')
  await expect(wide.locator('td:focus')).toHaveAttribute('data-day', `2026-12-${String(start + 8).padStart(2, '0')}`)
  await wide.keyboard.press('ArrowLeft')
  await wide.keyboard.press('ArrowUp')
  await expect(wide.locator('td:focus')).toHaveAttribute('data-day', `2026-12-${String(start).padStart(2, '0')}`)
  // The focused day names its full date to a screen reader.
  await expect(wide.locator('td:focus .day-label')).toHaveText(new RegExp(`^\\S+ ${start} dicembre 2026$`))
  await wide.close()
})

test('the transparency report and a pact print on A4 without a clipped column', async ({ browser }) => {
  // A4 is 210 mm wide; less the 12 mm margins, 186 mm, about 703 CSS pixels.
  const page = await browser.newPage({ viewport: { width: 703, height: 1000 } })
  await page.emulateMedia({ media: 'print' })
  for (const path of ['/trasparenza', '/patti/cortile-via-abbiati', '/contributi']) {
    await page.goto(new URL(path, siteUrl()).toString())
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('table, svg')]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || (el.parentElement?.scrollWidth ?? 0) > (el.parentElement?.clientWidth ?? 0) + 1,
        )
        .map((el) => el.querySelector('caption')?.textContent ?? el.tagName),
    )
    expect(clipped, path).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(703)
  }
  await page.close()
})

test('charts keep readable labels on a phone (they scroll sideways instead of shrinking)', async ({ browser }) => {
  const page = await phone(browser, 320)
  await page.goto(`${siteUrl()}/trasparenza`)
  const charts = page.locator('.bar-chart svg')
  expect(await charts.count()).toBeGreaterThan(0)
  const smallest = await charts.evaluateAll((svgs) =>
    Math.min(...svgs.flatMap((svg) => [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect().height)).filter((h) => h > 0)),
  )
  expect(smallest).toBeGreaterThanOrEqual(10)
  await page.context().close()
})
