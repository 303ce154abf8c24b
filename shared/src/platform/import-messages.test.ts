import { describe, expect, it } from 'vitest'
import { validateImportText } from './import-file.ts'

/** The problems an import file with `records` has, as `path → message`. */
function problems(records: Record<string, unknown>): Record<string, string> {
  const result = validateImportText(JSON.stringify({ format: 'quartieri-import', version: 1, ...records }))
  if (result.ok) return {}
  return Object.fromEntries(result.problems.map((p) => [p.path, p.message]))
}

describe("the import checker's messages", () => {
  it('say in Italian then English, in plain words, what a value should be', () => {
    const found = problems({
      neighbourhoods: [{ slug: 'corvetto', name: 5 }, { slug: 'lodi' }],
      laboratories: [{ slug: 'orti', title: 'Orti', neighbourhood: 'corvetto', capacity: 0, phase: 'ascolto', colore: 'verde' }],
      settings: { contactEmail: 'non-una-mail' },
    })
    expect(found['neighbourhoods[0].name']).toBe("serve un testo, c'è un numero / expected a text, got a number")
    expect(found['neighbourhoods[1].name']).toBe('manca: serve un testo / missing: expected a text')
    expect(found['laboratories[0].capacity']).toBe('deve essere almeno 1 / must be at least 1')
    expect(found['laboratories[0].phase']).toMatch(/^deve essere uno tra "listening", .* \/ must be one of "listening", /)
    expect(found['laboratories[0]']).toBe('chiave non prevista: "colore" / unknown key: "colore"')
    expect(found['settings.contactEmail']).toBe('deve essere un indirizzo e-mail / must be an e-mail address')
  })

  it('leave no English type names inside the Italian', () => {
    const found = problems({ neighbourhoods: [{ slug: 'corvetto', name: ['a'], figures: { inhabitants: -3 } }] })
    for (const message of Object.values(found)) {
      const [italian] = message.split(' / ')
      expect(italian, message).not.toMatch(/\b(number|string|array|object|boolean|expected|received)\b/)
    }
    expect(Object.keys(found).length).toBeGreaterThan(0)
  })
})
