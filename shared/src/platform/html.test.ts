import { describe, expect, it } from 'vitest'
import { escapeHtml } from './html.ts'

describe('escapeHtml', () => {
  it('escapes the characters that could open a tag, an entity or close a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;')
  })

  it('leaves other text, accents included, as it is', () => {
    expect(escapeHtml('Laboratorio «Città» — è aperto')).toBe('Laboratorio «Città» — è aperto')
  })
})
