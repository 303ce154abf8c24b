import { it as italian } from '@payloadcms/translations/languages/it'
import { describe, expect, it } from 'vitest'
import { ITALIAN_ADMIN, unknownKeys } from './translations.ts'

const base = italian.translations as unknown as Record<string, Record<string, string>>

describe("the admin's Italian", () => {
  it("overrides only texts Payload has, each with other words than Payload's", () => {
    expect(unknownKeys(base)).toEqual([])
    for (const [group, texts] of Object.entries(ITALIAN_ADMIN)) for (const [key, text] of Object.entries(texts)) expect(text, `${group}.${key}`).not.toBe(base[group]?.[key])
  })

  it('keeps the placeholders of the texts it replaces', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const [group, texts] of Object.entries(ITALIAN_ADMIN))
      for (const [key, text] of Object.entries(texts)) {
        const original = base[group]?.[key] ?? ''
        // Payload's own {{etichetta}} is a placeholder translated by mistake: it is {{label}}.
        expect(placeholders(text), `${group}.${key}`).toEqual(
          placeholders(original)
            .map((name) => (name === 'etichetta' ? 'label' : name))
            .sort(),
        )
      }
  })
})
