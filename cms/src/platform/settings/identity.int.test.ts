import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateImportText } from '@quartieri/shared/platform/import-file'
import { importRecords } from '../import/import-records.ts'
import { createTestPayload, type TestPayload } from '../testing/test-payload.ts'
import { applyIdentityOnce, identityFromConfig } from './identity.ts'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
})

afterAll(async () => {
  await t?.cleanup()
})

const settings = () => payload.findGlobal({ slug: 'settings', overrideAccess: true, depth: 0 })

describe("the city's identity", () => {
  it('names no city until one is given', async () => {
    expect((await settings()).cityName ?? null).toBeNull()
  })

  it('is taken from the CITY_* variables on the first start only, so what administrators change stays', async () => {
    const identity = identityFromConfig({ CITY_NAME: ' Comune di Latina ', CITY_PEC: 'protocollo@pec.latina.example.org', CITY_PHONE: '' })
    expect(identity).toEqual({ cityName: 'Comune di Latina', pec: 'protocollo@pec.latina.example.org' })
    expect(await applyIdentityOnce(payload, identity)).toBe(true)
    expect(await settings()).toMatchObject({ cityName: 'Comune di Latina', pec: 'protocollo@pec.latina.example.org' })
    await payload.updateGlobal({ slug: 'settings', data: { cityName: 'Città di Latina' }, overrideAccess: true })
    expect(await applyIdentityOnce(payload, identity)).toBe(false)
    expect((await settings()).cityName).toBe('Città di Latina')
  })

  it("is written by an import file's settings block, and a malformed one is refused with where and why", async () => {
    const file = validateImportText(
      JSON.stringify({ format: 'quartieri-import', version: 1, settings: { cityName: 'Comune di Aprilia', openDataPublisher: 'Comune di Aprilia — Ufficio partecipazione' } }),
    )
    if (!file.ok) throw new Error(JSON.stringify(file.problems))
    expect(await importRecords(payload, file.data)).toEqual({ created: 0, updated: 0, unchanged: 0, settingsUpdated: true })
    expect(await settings()).toMatchObject({ cityName: 'Comune di Aprilia', openDataPublisher: 'Comune di Aprilia — Ufficio partecipazione' })
    // The same file again changes nothing.
    expect(await importRecords(payload, file.data)).toEqual({ created: 0, updated: 0, unchanged: 0 })

    const bad = validateImportText(JSON.stringify({ format: 'quartieri-import', version: 1, settings: { cityName: 'X', website: 'non un indirizzo', motto: 'x' } }))
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['settings.website', 'settings']))
  })
})
