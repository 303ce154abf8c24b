import type { GrantAward, PublicGrant } from './grant.ts'
import { figure, inRange, isSet, moneyFigure, romeYear, slugOf, type Figure, type RecordRef, type ReportFilters } from '../transparency/figures.ts'

/* The grants' part of the transparency report: awards made, and their amounts. */

export interface GrantFigures {
  awarded: Figure
  amount: Figure
}

export interface CountedAward {
  year: number
  ref: RecordRef
}

/**
 * Awards made in the range in the neighbourhood: the award's own neighbourhood decides when it has one,
 * otherwise any of the call's. Each links to the grants page for its year (and neighbourhood).
 */
export function countedAwards(grants: readonly PublicGrant[], filters: ReportFilters): CountedAward[] {
  const awards: CountedAward[] = []
  for (const grant of grants) {
    for (const award of grant.awards ?? []) {
      const year = romeYear(award.awardedAt)
      if (!inRange(year, filters)) continue
      if (filters.neighbourhood !== undefined) {
        const places = isSet(award.neighbourhood) ? [award.neighbourhood] : (grant.neighbourhoods ?? [])
        if (!places.some((n) => slugOf(n) === filters.neighbourhood)) continue
      }
      awards.push({ year, ref: { kind: 'grant', label: awardLabel(award, grant), path: grantsPath(year, filters.neighbourhood), amount: award.amount } })
    }
  }
  return awards
}

/** "Beneficiary — call": the beneficiary's name when published, else what the money is for. */
function awardLabel(award: GrantAward, grant: Pick<PublicGrant, 'title'>): string {
  const beneficiary = typeof award.beneficiary === 'object' && award.beneficiary !== null ? award.beneficiary.name : undefined
  const project = typeof award.project === 'object' && award.project !== null ? award.project.title : undefined
  const who = beneficiary || award.purpose || project
  return who ? `${who} — ${grant.title}` : grant.title
}

/** The grants page filtered to a year (and neighbourhood): there is no page per call. */
function grantsPath(year: number, neighbourhood: string | undefined): string {
  const params = new URLSearchParams({ anno: String(year) })
  if (neighbourhood !== undefined) params.set('quartiere', neighbourhood)
  return `/contributi?${params.toString()}`
}

export function grantFigures(awards: readonly CountedAward[]): GrantFigures {
  const records = awards.map((a) => a.ref)
  return { awarded: figure(awards.length, records), amount: moneyFigure(records) }
}

/** What the grants' figures count, in words. */
export const GRANT_DEFINITIONS: Record<string, { it: string; en: string }> = {
  grants: {
    it: 'Contributi assegnati con i bandi, contati nell’anno dell’assegnazione e sommati per importo. Con un quartiere scelto vale il quartiere indicato nell’assegnazione o, se manca, quelli del bando.',
    en: 'Grants awarded under calls, counted in the year of the award and added up by amount. With a neighbourhood selected, the neighbourhood named in the award applies or, when there is none, those of the call.',
  },
}
