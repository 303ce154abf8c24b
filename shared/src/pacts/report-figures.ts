import {
  budgetTotals,
  PARTIES,
  RESOURCE_KINDS,
  SIGNATORY_GROUPS,
  signatoryCounts,
  signingYear,
  type Party,
  type PublicPact,
  type ResourceKind,
  type SignatoryGroup,
} from './pact.ts'
import { romeDay } from '../platform/dates.ts'
import { figure, isSet, moneyFigure, slugOf, toCents, type Figure, type RecordRef } from '../transparency/figures.ts'

/* The pacts' part of the transparency report: pacts signed, renewed, active and completed; signatories; commitments. */

export interface PactFigures {
  signed: Figure
  renewed: Figure
  active: Figure
  completed: Figure
}
export type SignatoryFigures = Record<SignatoryGroup | 'total', Figure>
export interface MoneyFigures {
  byParty: Record<Party, Record<ResourceKind, Figure>>
  partyTotal: Record<Party, Figure>
  total: Figure
}

/** A pact that counts in the report, with the Rome dates every definition compares. */
export interface CountedPact {
  pact: PublicPact
  id: string
  /** Rome year of signature. */
  year: number
  signedDay: string
  /** First day of validity, when stated. */
  fromDay: string | null
  /** Last day of validity: `validUntil`, or for a completed pact without one the end of its signing year. */
  untilDay: string | null
  /** The year the pact counts as completed, or null while it is not. */
  completedYear: number | null
  renewal: boolean
  ref: RecordRef
}

/** The public page of a pact, labelled as the registry cites it. */
export function pactRecord(pact: Pick<PublicPact, 'code' | 'title' | 'slug'>): RecordRef {
  return { kind: 'pact', label: `${pact.code} — ${pact.title}`, path: `/patti/${pact.slug}` }
}

/**
 * A pact as the report counts it, or null when it never counts: a pact still being drafted or only approved
 * is not an agreement yet, and one without a signing date cannot be placed in a year.
 */
export function countedPact(pact: PublicPact): CountedPact | null {
  // The site keeps its published pacts in memory and never changes them: each is worked out once.
  const known = countedPacts.get(pact)
  if (known !== undefined) return known
  const counted = countPact(pact)
  countedPacts.set(pact, counted)
  return counted
}

const countedPacts = new WeakMap<PublicPact, CountedPact | null>()

function countPact(pact: PublicPact): CountedPact | null {
  if (pact.status === 'drafting' || pact.status === 'approved') return null
  const year = signingYear(pact)
  const signedDay = romeDay(pact.signedAt)
  if (year === null || signedDay === null) return null
  const completed = pact.status === 'completed'
  const validUntil = romeDay(pact.validUntil)
  return {
    pact,
    id: String(pact.id),
    year,
    signedDay,
    fromDay: romeDay(pact.validFrom),
    untilDay: validUntil ?? (completed ? `${year}-12-31` : null),
    completedYear: completed ? (validUntil === null ? year : Number(validUntil.slice(0, 4))) : null,
    renewal: isSet(pact.renews),
    ref: pactRecord(pact),
  }
}

/** Whether a pact belongs to the neighbourhood: one of its neighbourhoods has that slug. Every pact does without a filter. */
export function pactBelongs(pact: Pick<PublicPact, 'neighbourhoods'>, neighbourhood: string | undefined): boolean {
  return neighbourhood === undefined || (pact.neighbourhoods ?? []).some((n) => slugOf(n) === neighbourhood)
}

/** Active in a year: signed and in force (validity begun, not ended) on at least one day of it. */
function activeIn(pact: CountedPact, year: number): boolean {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  return pact.signedDay <= last && (pact.fromDay === null || pact.fromDay <= last) && (pact.untilDay === null || pact.untilDay >= first)
}

/** Pacts are distinct records already: nothing to merge. */
const pactFigure = (pacts: readonly CountedPact[]): Figure => ({ value: pacts.length, records: pacts.map((p) => p.ref) })

/** The pact figures over a set of years (one year for a row of the table, the whole range for the totals). */
export function pactFigures(pacts: readonly CountedPact[], years: readonly number[]): PactFigures {
  const within = (year: number | null) => year !== null && years.includes(year)
  const signed = pacts.filter((p) => within(p.year))
  return {
    signed: pactFigure(signed),
    renewed: pactFigure(signed.filter((p) => p.renewal)),
    active: pactFigure(pacts.filter((p) => years.some((year) => activeIn(p, year)))),
    completed: pactFigure(pacts.filter((p) => within(p.completedYear))),
  }
}

/** Signatories of the counted pacts by group, summed pact by pact: an organisation on two pacts counts twice. */
export function signatoryFigures(pacts: readonly CountedPact[]): SignatoryFigures {
  const groups = [...SIGNATORY_GROUPS, 'total'] as const
  const sums = Object.fromEntries(groups.map((g) => [g, { value: 0, records: [] as RecordRef[] }])) as Record<SignatoryGroup | 'total', { value: number; records: RecordRef[] }>
  for (const p of pacts) {
    const counts = signatoryCounts(p.pact)
    for (const group of groups) {
      if (counts[group] <= 0) continue
      sums[group].value += counts[group]
      sums[group].records.push(p.ref)
    }
  }
  return Object.fromEntries(groups.map((g) => [g, figure(sums[g].value, sums[g].records)])) as SignatoryFigures
}

/** Commitments of the counted pacts by party and resource kind, each pact listed with what it adds. */
export function moneyFigures(pacts: readonly CountedPact[]): MoneyFigures {
  const byParty = Object.fromEntries(PARTIES.map((party) => [party, Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, [] as RecordRef[]]))])) as Record<
    Party,
    Record<ResourceKind, RecordRef[]>
  >
  const partyTotal = Object.fromEntries(PARTIES.map((party) => [party, [] as RecordRef[]])) as Record<Party, RecordRef[]>
  const total: RecordRef[] = []
  const add = (records: RecordRef[], ref: RecordRef, euro: number) => {
    if (toCents(euro) !== 0) records.push({ ...ref, amount: euro })
  }
  for (const p of pacts) {
    const totals = budgetTotals(p.pact.commitments)
    for (const party of PARTIES) {
      for (const kind of RESOURCE_KINDS) add(byParty[party][kind], p.ref, totals.byParty[party][kind])
      add(partyTotal[party], p.ref, totals.partyTotal[party])
    }
    add(total, p.ref, totals.total)
  }
  return {
    byParty: Object.fromEntries(
      PARTIES.map((party) => [party, Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, moneyFigure(byParty[party][kind])]))]),
    ) as MoneyFigures['byParty'],
    partyTotal: Object.fromEntries(PARTIES.map((party) => [party, moneyFigure(partyTotal[party])])) as MoneyFigures['partyTotal'],
    total: moneyFigure(total),
  }
}

/** What the pacts' figures count, in words (shown under the report). */
export const PACT_DEFINITIONS: Record<string, { it: string; en: string }> = {
  signed: {
    it: 'Patti firmati nell’anno, secondo la data di firma (ora di Roma), rinnovi compresi. I patti ancora in redazione o soltanto approvati, e quelli senza data di firma, non sono mai contati.',
    en: 'Pacts signed in the year, by signing date (Rome time), renewals included. Pacts still being drafted or only approved, and pacts without a signing date, are never counted.',
  },
  renewed: {
    it: 'Tra i patti firmati, quelli che rinnovano un patto precedente. Sono già compresi nel numero dei patti firmati.',
    en: 'Of the pacts signed, those that renew an earlier pact. They are already included in the number of pacts signed.',
  },
  active: {
    it: 'Patti firmati entro il 31 dicembre dell’anno, con validità iniziata entro quella data e non terminata prima del 1° gennaio. Per l’intero periodo, i patti attivi in almeno uno dei suoi anni. Un patto concluso senza data di fine è considerato attivo fino alla fine dell’anno di firma.',
    en: 'Pacts signed by 31 December of the year whose validity had begun by that date and had not ended before 1 January. For the whole period, pacts active in at least one of its years. A completed pact without an end date is taken as active until the end of the year it was signed.',
  },
  completed: {
    it: 'Patti conclusi, contati nell’anno in cui termina la loro validità; un patto concluso senza data di fine è contato nell’anno della firma.',
    en: 'Completed pacts, counted in the year their validity ends; a completed pact without an end date is counted in the year it was signed.',
  },
  signatories: {
    it: 'Firmatari dei patti firmati nel periodo: le organizzazioni per gruppo (associazioni, imprese, altri) e i volontari singoli per numero; gli uffici del Comune non sono contati. Le firme si sommano patto per patto: un’organizzazione che firma due patti è contata due volte.',
    en: 'Signatories of the pacts signed in the period: organisations by group (associations, businesses, others) and individual volunteers by number; the municipality’s own offices are not counted. Signatures add up pact by pact: an organisation that signs two pacts is counted twice.',
  },
  money: {
    it: 'Valore degli impegni presi nei patti firmati nel periodo, per parte (Comune o partner) e per tipo di risorsa: denaro e valore dichiarato di beni, ore e spazi. Sono impegni, non spese effettive.',
    en: 'Value of the commitments made in the pacts signed in the period, by party (municipality or partners) and kind of resource: money, and the stated value of goods, hours and spaces. These are commitments, not actual spending.',
  },
}
