import { describe, expect, it } from 'vitest'
import {
  badParameterMessage,
  isoDay,
  openDataEnvelope,
  PACT_COLUMNS,
  PACT_DETAIL_LISTS,
  PACT_DETAIL_TEXT,
  pactColumns,
  pactDetail,
  pactRecord,
  recordRow,
  siteLink,
  translatedPactColumns,
  type ExportablePact,
} from './open-data.ts'
import { publicPactSchema } from './pact.ts'
import { publicIndicatorSchema, publicProjectSchema } from '../projects/project.ts'

const SITE = 'https://quartieri.example.it/'

const org = (id: number, name: string, kind: string) => ({ id, name, slug: name.toLowerCase().replaceAll(' ', '-'), kind, website: null })

/** A pact at depth 1, as the index holds it. */
const pact = publicPactSchema.parse({
  id: 12,
  code: 'PC-2024-007',
  title: 'Cura del giardino di via Padova',
  slug: 'cura-giardino-via-padova',
  kind: 'collaboration-pact',
  neighbourhoods: [{ id: 3, slug: 'nolo', name: 'NoLo' }, { id: 5, slug: 'greco', name: 'Greco' }, 7],
  laboratory: { id: 8, slug: 'orti-2024', title: 'Orti condivisi 2024' },
  status: 'signed',
  // 23:00 UTC in winter is midnight of the next day in Rome.
  approvalAct: { number: '123/2024', date: '2024-02-01T23:00:00.000Z' },
  signedAt: '2024-03-04T23:00:00.000Z',
  validFrom: '2024-03-04T23:00:00.000Z',
  validUntil: '2026-03-04T23:00:00.000Z',
  renews: { id: 4, slug: 'giardino-2021', code: 'PC-2021-002', title: 'Giardino 2021' },
  summary: '  Un giardino curato insieme.  ',
  objectivesHtml: '<p>Obiettivi</p>',
  objectivesText: 'Tenere aperto il giardino.',
  signatories: [
    { organization: org(21, 'Amici del Parco', 'association'), role: 'Presidente', signedAt: '2024-03-04T23:00:00.000Z' },
    { organization: org(22, 'Bar Centrale', 'business'), role: 'Titolare', signedAt: '2024-03-04T23:00:00.000Z' },
    { organization: org(23, 'Scuola Fabio Filzi', 'school'), role: null },
    { organization: org(24, 'Cooperativa Aurora', 'third-sector'), role: 'Legale rappresentante' },
    { organization: null, office: 'Municipio 2', role: 'Direttore', signedAt: '2024-03-05T09:00:00.000Z' },
  ],
  volunteers: 9,
  commitments: [
    { party: 'municipality', organization: null, description: 'Fornitura attrezzi', resourceKind: 'in-kind', amount: 350.5 },
    { party: 'municipality', description: 'Contributo', resourceKind: 'money', amount: 1000 },
    { party: 'municipality', description: 'Rimborso', resourceKind: 'money', amount: 0.2 },
    { party: 'partner', organization: org(21, 'Amici del Parco', 'association'), description: 'Apertura e pulizia', resourceKind: 'hours', amount: 240, quantity: 16 },
    { party: 'partner', organization: 22, description: 'Uso del dehors', resourceKind: 'space', amount: 1200.25 },
    { party: 'partner', description: 'Cassetta', resourceKind: 'money', amount: 0.1 },
  ],
  attachments: [],
  updatedAt: '2024-06-30T22:30:00.000Z',
  createdAt: '2024-01-10T10:00:00.000Z',
})

const project = (slug: string, status: string, progress: number | null, budget: number | null, spent: number | null, dates: { startDate?: string; endDate?: string } = {}) =>
  publicProjectSchema.parse({
    id: slug,
    title: `Progetto ${slug}`,
    slug,
    pact: 12,
    domain: 'care-of-city',
    status,
    progress,
    budget,
    spent,
    updatedAt: '2024-06-01T10:00:00.000Z',
    ...dates,
  })

const indexed: ExportablePact = {
  pact,
  projects: [
    project('panchine', 'in-progress', 40, 1000, 300, { startDate: '2024-03-31T22:00:00.000Z', endDate: '2024-12-31T23:00:00.000Z' }),
    project('aiuole', 'completed', 80, 3000, 2900),
    project('murale', 'suspended', 10, null, null),
  ],
  indicators: [
    publicIndicatorSchema.parse({
      id: 1,
      name: 'Rifiuti abbandonati',
      unit: 'sacchi al mese',
      baseline: 10,
      target: 4,
      measurements: [
        { date: '2024-09-30T22:00:00.000Z', value: 3, note: 'dopo l’estate' },
        { date: '2024-05-01T10:00:00.000Z', value: 6 },
      ],
      pact: 12,
    }),
    publicIndicatorSchema.parse({ id: 2, name: 'Aperture', unit: null, baseline: null, target: null, measurements: [{ date: '2024-04-10T10:00:00.000Z', value: 20 }], pact: 12 }),
    publicIndicatorSchema.parse({ id: 3, name: 'Iscritti', target: 50, measurements: [], pact: 12 }),
  ],
  renewedBy: [{ code: 'PC-2026-001' }, { code: 'PC-2026-004' }],
}

const NOW = new Date('2025-01-15T10:00:00.000Z')

describe('PACT_COLUMNS', () => {
  it('holds every column the registry promises, once, in snake_case, described in both languages', () => {
    const names = PACT_COLUMNS.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const c of PACT_COLUMNS) {
      expect(c.name).toMatch(/^[a-z][a-z0-9_]*$/)
      expect(c.it.length).toBeGreaterThan(5)
      expect(c.en.length).toBeGreaterThan(5)
      expect(['string', 'integer', 'number', 'date', 'boolean']).toContain(c.type)
    }
    const promised = [
      'codice',
      'titolo',
      'slug',
      'url',
      'tipo',
      'stato',
      'quartieri',
      'quartieri_slug',
      'laboratorio',
      'delibera_numero',
      'delibera_data',
      'data_sottoscrizione',
      'valido_dal',
      'valido_al',
      'rinnova',
      'rinnovato_da',
      'firmatari_associazioni',
      'firmatari_volontari',
      'firmatari_imprese',
      'firmatari_altri',
      'firmatari_totale',
      'impegno_comune_euro',
      'impegno_partner_euro',
      'risorse_denaro_euro',
      'risorse_beni_euro',
      'risorse_ore_euro',
      'risorse_spazi_euro',
      'totale_euro',
      'ore_lavoro',
      'progetti',
      'avanzamento_percentuale',
      'aggiornato_il',
    ]
    for (const name of promised) expect(names).toContain(name)
    // The promised columns keep their relative order.
    expect(names.filter((n) => promised.includes(n))).toEqual(promised)
    expect(names[0]).toBe('codice')
  })

  it('types dates as dates and money as numbers', () => {
    const typeOf = (name: string) => PACT_COLUMNS.find((c) => c.name === name)?.type
    expect(typeOf('delibera_data')).toBe('date')
    expect(typeOf('aggiornato_il')).toBe('date')
    expect(typeOf('totale_euro')).toBe('number')
    expect(typeOf('firmatari_totale')).toBe('integer')
    expect(typeOf('avanzamento_percentuale')).toBe('integer')
  })
})

describe('pactRecord', () => {
  const record = pactRecord(indexed, SITE, NOW)

  it('has exactly the columns, in order', () => {
    expect(Object.keys(record)).toEqual(PACT_COLUMNS.map((c) => c.name))
    expect(recordRow(record)).toHaveLength(PACT_COLUMNS.length)
    expect(recordRow(record)[0]).toBe('PC-2024-007')
  })

  it('gives identity, link, kind and status', () => {
    expect(record.codice).toBe('PC-2024-007')
    expect(record.titolo).toBe('Cura del giardino di via Padova')
    expect(record.slug).toBe('cura-giardino-via-padova')
    expect(record.url).toBe('https://quartieri.example.it/patti/cura-giardino-via-padova')
    expect(record.tipo).toBe('collaboration-pact')
    expect(record.stato).toBe('signed')
    expect(record.sintesi).toBe('Un giardino curato insieme.')
  })

  it('joins neighbourhoods (names and slugs, unpopulated ones left out) and names the lab', () => {
    expect(record.quartieri).toBe('NoLo; Greco')
    expect(record.quartieri_slug).toBe('nolo; greco')
    expect(record.laboratorio).toBe('Orti condivisi 2024')
    expect(record.laboratorio_slug).toBe('orti-2024')
  })

  it('gives dates as the Rome calendar day', () => {
    expect(record.delibera_numero).toBe('123/2024')
    expect(record.delibera_data).toBe('2024-02-02')
    expect(record.data_sottoscrizione).toBe('2024-03-05')
    expect(record.valido_dal).toBe('2024-03-05')
    expect(record.valido_al).toBe('2026-03-05')
    // 22:30 UTC on 30 June is 00:30 on 1 July in Rome (summer time).
    expect(record.aggiornato_il).toBe('2024-07-01')
  })

  it('gives renewals by code', () => {
    expect(record.rinnova).toBe('PC-2021-002')
    expect(record.rinnovato_da).toBe('PC-2026-001; PC-2026-004')
  })

  it('counts signatories by kind: the municipal office not counted, volunteers as their count', () => {
    expect(record.firmatari_associazioni).toBe(2) // association + third-sector body
    expect(record.firmatari_imprese).toBe(1)
    expect(record.firmatari_altri).toBe(1) // the school
    expect(record.firmatari_volontari).toBe(9)
    expect(record.firmatari_totale).toBe(13)
  })

  it('sums the commitments by party and resource kind, in euro, without float drift', () => {
    expect(record.impegno_comune_euro).toBe(1350.7) // 350.5 + 1000 + 0.2
    expect(record.impegno_partner_euro).toBe(1440.35) // 240 + 1200.25 + 0.1
    expect(record.risorse_denaro_euro).toBe(1000.3) // 1000 + 0.2 + 0.1
    expect(record.risorse_beni_euro).toBe(350.5)
    expect(record.risorse_ore_euro).toBe(240)
    expect(record.risorse_spazi_euro).toBe(1200.25)
    expect(record.totale_euro).toBe(2791.05)
    expect(record.ore_lavoro).toBe(16)
  })

  it('rolls up the projects: budget-weighted progress of those not suspended', () => {
    expect(record.progetti).toBe(3)
    expect(record.progetti_budget_euro).toBe(4000)
    expect(record.progetti_spesa_euro).toBe(3200)
    // (40 × 1000 + 100 × 3000) / 4000: the completed project counts as 100, the suspended one not at all.
    expect(record.avanzamento_percentuale).toBe(85)
  })

  it('computes "expired" the day after the validity ends, in Rome', () => {
    expect(pactRecord(indexed, SITE, new Date('2026-03-05T12:00:00.000Z')).stato).toBe('signed')
    expect(pactRecord(indexed, SITE, new Date('2026-03-05T23:30:00.000Z')).stato).toBe('expired')
    expect(pactRecord({ ...indexed, pact: { ...pact, status: 'completed' } }, SITE, new Date('2027-01-01T00:00:00.000Z')).stato).toBe('completed')
  })

  it('leaves what is missing empty (null) and counts as zero', () => {
    const bare = pactRecord(
      {
        pact: publicPactSchema.parse({
          id: 1,
          code: 'P-1',
          title: 'Bozza',
          slug: 'bozza',
          kind: 'memorandum',
          status: 'drafting',
          updatedAt: 'not a date',
          createdAt: '2024-01-01T00:00:00.000Z',
        }),
        projects: [],
        indicators: [],
        renewedBy: [],
      },
      'http://localhost:4321',
      NOW,
    )
    expect(bare.url).toBe('http://localhost:4321/patti/bozza')
    expect(bare.stato).toBe('drafting')
    for (const name of [
      'sintesi',
      'quartieri',
      'quartieri_slug',
      'laboratorio',
      'laboratorio_slug',
      'delibera_numero',
      'delibera_data',
      'data_sottoscrizione',
      'valido_dal',
      'valido_al',
      'rinnova',
      'rinnovato_da',
      'avanzamento_percentuale',
      'aggiornato_il',
    ] as const) {
      expect(bare[name], name).toBeNull()
    }
    for (const name of ['firmatari_totale', 'firmatari_volontari', 'totale_euro', 'ore_lavoro', 'progetti', 'progetti_budget_euro'] as const) expect(bare[name], name).toBe(0)
  })

  it('gives a pact whose projects are all suspended no progress', () => {
    expect(pactRecord({ ...indexed, projects: [project('x', 'suspended', 50, 100, 0)] }, SITE, NOW).avanzamento_percentuale).toBeNull()
  })
})

describe('pactDetail', () => {
  const detail = pactDetail(indexed, SITE, NOW)

  it('is the record plus the documented fields and lists, and nothing else', () => {
    const expected = [...PACT_COLUMNS.map((c) => c.name), ...PACT_DETAIL_TEXT.map((f) => f.name), ...PACT_DETAIL_LISTS.map((l) => l.name)]
    expect(Object.keys(detail).sort()).toEqual([...expected].sort())
    expect(detail.totale_euro).toBe(2791.05)
    expect(detail.obiettivi).toBe('Tenere aperto il giardino.')
    for (const list of PACT_DETAIL_LISTS) {
      const items = detail[list.name] as unknown as Array<Record<string, unknown>>
      expect(items.length, list.name).toBeGreaterThan(0)
      for (const item of items) expect(Object.keys(item).sort(), list.name).toEqual(list.fields.map((f) => f.name).sort())
    }
  })

  it('lists the signatories by name, kind, role and day; the office as the municipality', () => {
    expect(detail.firmatari).toEqual([
      { nome: 'Amici del Parco', tipo: 'association', ruolo: 'Presidente', data: '2024-03-05' },
      { nome: 'Bar Centrale', tipo: 'business', ruolo: 'Titolare', data: '2024-03-05' },
      { nome: 'Scuola Fabio Filzi', tipo: 'school', ruolo: null, data: null },
      { nome: 'Cooperativa Aurora', tipo: 'third-sector', ruolo: 'Legale rappresentante', data: null },
      { nome: 'Municipio 2', tipo: 'municipality', ruolo: 'Direttore', data: '2024-03-05' },
    ])
  })

  it('lists the commitments with their party, organisation, resource, amount and hours', () => {
    expect(detail.impegni).toEqual([
      { parte: 'municipality', organizzazione: null, descrizione: 'Fornitura attrezzi', tipo_risorsa: 'in-kind', importo_euro: 350.5, ore: null },
      { parte: 'municipality', organizzazione: null, descrizione: 'Contributo', tipo_risorsa: 'money', importo_euro: 1000, ore: null },
      { parte: 'municipality', organizzazione: null, descrizione: 'Rimborso', tipo_risorsa: 'money', importo_euro: 0.2, ore: null },
      { parte: 'partner', organizzazione: 'Amici del Parco', descrizione: 'Apertura e pulizia', tipo_risorsa: 'hours', importo_euro: 240, ore: 16 },
      { parte: 'partner', organizzazione: null, descrizione: 'Uso del dehors', tipo_risorsa: 'space', importo_euro: 1200.25, ore: null },
      { parte: 'partner', organizzazione: null, descrizione: 'Cassetta', tipo_risorsa: 'money', importo_euro: 0.1, ore: null },
    ])
  })

  it('lists the projects with their permanent links', () => {
    expect(detail.elenco_progetti[0]).toEqual({
      slug: 'panchine',
      titolo: 'Progetto panchine',
      url: 'https://quartieri.example.it/progetti/panchine',
      ambito: 'care-of-city',
      stato: 'in-progress',
      avanzamento_percentuale: 40,
      budget_euro: 1000,
      spesa_euro: 300,
      data_inizio: '2024-04-01',
      data_fine: '2025-01-01',
    })
    expect(detail.elenco_progetti[2]).toMatchObject({ slug: 'murale', stato: 'suspended', budget_euro: null, spesa_euro: null, data_inizio: null })
  })

  it('gives each indicator its latest measurement and whether it is on target', () => {
    expect(detail.indicatori).toEqual([
      // The target is below the baseline: reaching it means going down to 4 or less.
      { nome: 'Rifiuti abbandonati', unita: 'sacchi al mese', valore_iniziale: 10, obiettivo: 4, ultimo_valore: 3, ultimo_valore_data: '2024-10-01', obiettivo_raggiunto: true },
      { nome: 'Aperture', unita: null, valore_iniziale: null, obiettivo: null, ultimo_valore: 20, ultimo_valore_data: '2024-04-10', obiettivo_raggiunto: null },
      { nome: 'Iscritti', unita: null, valore_iniziale: null, obiettivo: 50, ultimo_valore: null, ultimo_valore_data: null, obiettivo_raggiunto: null },
    ])
  })

  it('holds nothing personal: no measurement notes, no contact data', () => {
    const text = JSON.stringify(detail)
    expect(text).not.toContain('dopo l’estate')
    expect(text).not.toContain('website')
    expect(text).not.toContain('@')
  })
})

describe('helpers', () => {
  it('isoDay: the Rome day, null for missing or unreadable dates', () => {
    expect(isoDay('2024-12-31T23:30:00.000Z')).toBe('2025-01-01')
    expect(isoDay('2024-07-15')).toBe('2024-07-15')
    expect(isoDay(null)).toBeNull()
    expect(isoDay('')).toBeNull()
    expect(isoDay('yesterday')).toBeNull()
  })

  it('siteLink: one slash between base and path, the slug encoded', () => {
    expect(siteLink('https://a.it//', 'patti', 'x y')).toBe('https://a.it/patti/x%20y')
  })

  it('openDataEnvelope: licence, source, time and the dictionary link', () => {
    expect(openDataEnvelope('Comune di Milano', 'https://a.it/', NOW)).toEqual({
      licenza: 'CC-BY-4.0',
      licenza_url: 'https://creativecommons.org/licenses/by/4.0/',
      fonte: 'Comune di Milano',
      generato_il: '2025-01-15T10:00:00.000Z',
      dizionario: 'https://a.it/patti/dizionario-dati',
    })
  })

  it('badParameterMessage: names the parameter in both languages', () => {
    const message = badParameterMessage('stato')
    expect(message.it).toContain('"stato"')
    expect(message.it).toContain('non è valido')
    expect(message.en).toContain('"stato"')
    expect(message.en).toContain('not valid')
  })
})

describe('translated columns', () => {
  const translated: ExportablePact = { ...indexed, translations: { en: { title: 'Caring for the via Padova garden', summary: null, objectivesText: 'Keep the garden open.' } } }

  it('are not there unless asked for, so the existing columns and keys stay as they were', () => {
    expect(Object.keys(pactRecord(translated, SITE, NOW))).toEqual(PACT_COLUMNS.map((c) => c.name))
    expect(pactColumns()).toEqual([...PACT_COLUMNS])
    expect(Object.keys(pactDetail(translated, SITE, NOW)).some((key) => key.endsWith('_en'))).toBe(false)
  })

  it('come after every other column, per locale, Italian kept as the reference in the base columns', () => {
    const record = pactRecord(translated, SITE, NOW, ['it', 'en', 'ar'])
    expect(Object.keys(record).slice(PACT_COLUMNS.length)).toEqual(['titolo_en', 'sintesi_en', 'titolo_ar', 'sintesi_ar'])
    expect(record.titolo).toBe('Cura del giardino di via Padova')
    expect(record.titolo_en).toBe('Caring for the via Padova garden')
    // No translation: empty, never the Italian text again.
    expect(record.sintesi_en).toBeNull()
    expect(record.titolo_ar).toBeNull()
    expect(recordRow(record, ['it', 'en', 'ar'])).toHaveLength(PACT_COLUMNS.length + 4)
    expect(recordRow(record, ['it', 'en', 'ar']).slice(-4)).toEqual(['Caring for the via Padova garden', null, null, null])
  })

  it('are described in the data dictionary in both languages, naming the locale', () => {
    const [title, summary] = translatedPactColumns(['it', 'en'])
    expect(title).toMatchObject({ name: 'titolo_en', type: 'string' })
    expect(title!.it).toBe('Titolo del patto, in inglese (en); vuoto dove manca la traduzione.')
    expect(title!.en).toBe('Title of the pact, in English (en); empty where there is no translation.')
    expect(summary!.name).toBe('sintesi_en')
    expect(translatedPactColumns(['it'])).toEqual([])
  })

  it('give the single-pact JSON the objectives in each locale asked for', () => {
    const detail = pactDetail(translated, SITE, NOW, ['it', 'en'])
    expect(detail.obiettivi_en).toBe('Keep the garden open.')
    expect(detail.titolo_en).toBe('Caring for the via Padova garden')
    expect(detail.obiettivi).toBe(pactDetail(indexed, SITE, NOW).obiettivi)
  })
})
