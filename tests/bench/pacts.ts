import fs from 'node:fs'
import path from 'node:path'

const THEMES = [
  'orti condivisi',
  'cortile',
  'doposcuola',
  'biblioteca di quartiere',
  'piazza',
  'murales',
  'verde pubblico',
  'portineria sociale',
  'mercato di quartiere',
  'laboratorio di riparazione',
]
const PLACES = ['via Abbiati', 'piazzale Ferrara', 'via Mompiani', 'le torri sud', 'via Salomone', 'piazza Selinunte', 'via dei Cinquecento', 'via Rogoredo']
const KINDS = ['association', 'volunteer-group', 'business', 'third-sector', 'school', 'informal-group', 'institution'] as const
const STATUSES = ['drafting', 'approved', 'signed', 'in-progress', 'completed'] as const
const PACT_KINDS = ['collaboration-pact', 'citizenship-agreement', 'memorandum'] as const

/**
 * An import file of `count` pacts with two hundred organisations, spread over the given neighbourhoods and
 * the years 2015–2026: each with an office and two organisations signing, three commitments, a project and
 * two paragraphs of objectives — the registry's load at a large city's scale.
 */
export function pactsFile(dir: string, count: number, neighbourhoods: string[]): string {
  const organizations = Array.from({ length: 200 }, (_, i) => ({
    slug: `organizzazione-di-prova-${i + 1}`,
    name: `${['Associazione', 'Gruppo', 'Bottega', 'Cooperativa', 'Scuola', 'Comitato', 'Fondazione'][i % 7]} di prova ${i + 1}`,
    kind: KINDS[i % KINDS.length],
    neighbourhoods: [neighbourhoods[i % neighbourhoods.length]],
  }))
  const pacts = Array.from({ length: count }, (_, i) => {
    const theme = THEMES[i % THEMES.length]!
    const place = PLACES[(i * 7) % PLACES.length]!
    const year = 2015 + (i % 12)
    const month = String(1 + (i % 12)).padStart(2, '0')
    const status = STATUSES[i % STATUSES.length]!
    const step = STATUSES.indexOf(status)
    const signed = step >= 2 ? `${year}-${month}-15` : undefined
    const orgA = organizations[i % organizations.length]!.slug
    const orgB = organizations[(i * 13 + 5) % organizations.length]!.slug
    return {
      slug: `patto-di-prova-${i + 1}`,
      code: `PB-${year}-${String(i + 1).padStart(5, '0')}`,
      title: `Patto per ${theme} in ${place} n. ${i + 1}`,
      kind: PACT_KINDS[i % PACT_KINDS.length],
      pactStatus: status,
      neighbourhoods: [neighbourhoods[i % neighbourhoods.length]],
      summary: `Abitanti e associazioni si prendono cura di ${theme} in ${place}.`,
      objectives: [`Rendere ${theme} un bene comune curato dagli abitanti di ${place}.`, 'Organizzare turni di cura, feste e momenti di incontro aperti a tutte e tutti.'],
      ...(step >= 1 ? { approvalAct: { number: `${100 + (i % 900)}/${year}`, date: `${year}-${month}-01` } } : {}),
      ...(signed ? { signedAt: signed, validFrom: signed, validUntil: `${year + 2}-${month}-14` } : {}),
      signatories: [
        { office: 'Direzione Quartieri', role: 'Comune' },
        { organization: orgA, role: 'Proponente' },
        ...(orgB !== orgA ? [{ organization: orgB, role: 'Partner' }] : []),
      ],
      volunteers: i % 30,
      commitments: [
        { party: 'municipality', description: 'Materiali e attrezzi', resourceKind: 'in-kind', amount: 500 + (i % 50) * 100 },
        { party: 'municipality', description: 'Contributo economico', resourceKind: 'money', amount: 1000 + (i % 20) * 250 },
        { party: 'partner', organization: orgA, description: 'Turni di cura', resourceKind: 'hours', amount: 2000, quantity: 100 },
      ],
      projects: [
        {
          slug: `progetto-di-prova-${i + 1}`,
          title: `Cura di ${theme} in ${place}`,
          domain: i % 2 ? 'care-of-city' : 'care-of-community',
          projectStatus: step >= 3 ? 'in-progress' : 'planned',
          progress: step >= 3 ? i % 100 : 0,
          budget: 3000 + (i % 40) * 100,
          location: { lat: 45.42 + (i % 83) / 1000, lng: 9.12 + (i % 79) / 1000 },
        },
      ],
    }
  })
  const file = path.join(dir, `pacts-${count}.json`)
  fs.writeFileSync(file, JSON.stringify({ format: 'quartieri-import', version: 1, organizations, pacts }))
  return file
}
