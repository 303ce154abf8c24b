import fs from 'node:fs'
import { chromium } from '@playwright/test'

/** What a first visit to a page transfers, by kind, as Chromium counts it (bytes on the wire: compressed, with headers). */
export interface PageWeight {
  path: string
  html: number
  css: number
  js: number
  fonts: number
  total: number
}

const KIND: Record<string, keyof Omit<PageWeight, 'path' | 'total'>> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts' }

export async function pageWeights(siteUrl: string, paths: readonly string[]): Promise<PageWeight[]> {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
  const browser = await chromium.launch({ executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu'] })
  const weights: PageWeight[] = []
  try {
    for (const path of paths) {
      // A new context each time: an empty browser cache, as on a first visit.
      const context = await browser.newContext()
      const page = await context.newPage()
      const sizes: Array<Promise<[keyof Omit<PageWeight, 'path' | 'total'>, number]>> = []
      context.on('requestfinished', (request) => {
        const kind = KIND[request.resourceType()]
        if (kind) sizes.push(request.sizes().then((s) => [kind, s.responseBodySize + s.responseHeadersSize]))
      })
      await page.goto(new URL(path, siteUrl).toString())
      await page.waitForLoadState('networkidle')
      const weight: PageWeight = { path, html: 0, css: 0, js: 0, fonts: 0, total: 0 }
      for (const [kind, bytes] of await Promise.all(sizes)) {
        weight[kind] += bytes
        weight.total += bytes
      }
      weights.push(weight)
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return weights
}
