import { idKey } from '../platform/ids.ts'
import type { CountedPact } from '../pacts/report-figures.ts'
import { indicatorStatus, PROJECT_DOMAINS, PROJECT_STATUSES, type ProjectDomain, type ProjectStatus, type PublicIndicator, type PublicProject } from './project.ts'
import { figure, isSet, slugOf, type Figure, type RecordRef } from '../transparency/figures.ts'

/* The projects' part of the transparency report: the projects of the counted pacts, and their indicators. */

export interface ProjectFigures {
  total: Figure
  byDomain: Record<ProjectDomain, Figure>
  byStatus: Record<ProjectStatus, Figure>
}
export interface IndicatorFigures {
  total: Figure
  measured: Figure
  onTarget: Figure
}

/** The public page of a project. */
export function projectRecord(project: Pick<PublicProject, 'title' | 'slug'>): RecordRef {
  return { kind: 'project', label: project.title, path: `/progetti/${project.slug}` }
}

/**
 * The projects of the counted pacts. With a neighbourhood filter a project placed in a neighbourhood of its
 * own counts only there (a bare id never matches); one without follows its pact, which already belongs.
 */
export function countedProjects(projects: readonly PublicProject[], pactIds: ReadonlySet<string>, neighbourhood: string | undefined): PublicProject[] {
  return projects.filter((project) => {
    const pact = idKey(project.pact)
    if (pact === undefined || !pactIds.has(pact)) return false
    return neighbourhood === undefined || !isSet(project.neighbourhood) || slugOf(project.neighbourhood) === neighbourhood
  })
}

export function projectFigures(projects: readonly PublicProject[]): ProjectFigures {
  const of = (list: readonly PublicProject[]) => figure(list.length, list.map(projectRecord))
  return {
    total: of(projects),
    byDomain: Object.fromEntries(PROJECT_DOMAINS.map((domain) => [domain, of(projects.filter((p) => p.domain === domain))])) as Record<ProjectDomain, Figure>,
    byStatus: Object.fromEntries(PROJECT_STATUSES.map((status) => [status, of(projects.filter((p) => p.status === status))])) as Record<ProjectStatus, Figure>,
  }
}

/**
 * Indicators of the counted pacts and projects: how many, how many can be judged (a target and a
 * measurement), how many reached their target. Each links to the page of the pact or project that counts it.
 */
export function indicatorFigures(indicators: readonly PublicIndicator[], pacts: ReadonlyMap<string, CountedPact>, projects: ReadonlyMap<string, PublicProject>): IndicatorFigures {
  const total: RecordRef[] = []
  const measured: RecordRef[] = []
  const onTarget: RecordRef[] = []
  for (const indicator of indicators) {
    const pact = pacts.get(idKey(indicator.pact) ?? '')
    const project = projects.get(idKey(indicator.project) ?? '')
    const page = pact?.ref.path ?? (project ? projectRecord(project).path : undefined)
    if (page === undefined) continue
    const ref: RecordRef = { kind: 'indicator', label: indicator.name, path: page }
    const status = indicatorStatus(indicator)
    total.push(ref)
    if (status.onTarget !== null) measured.push(ref)
    if (status.onTarget === true) onTarget.push(ref)
  }
  return { total: figure(total.length, total), measured: figure(measured.length, measured), onTarget: figure(onTarget.length, onTarget) }
}

/** What the projects' figures count, in words. */
export const PROJECT_DEFINITIONS: Record<string, { it: string; en: string }> = {
  projects: {
    it: 'Progetti dei patti firmati nel periodo, per ambito e per stato attuale. Con un quartiere scelto, un progetto che indica un proprio quartiere è contato solo se è quello; altrimenti vale il quartiere del suo patto.',
    en: 'Projects of the pacts signed in the period, by domain and by current status. With a neighbourhood selected, a project that names a neighbourhood of its own counts only if it is that one; otherwise its pact’s neighbourhood applies.',
  },
  indicators: {
    it: 'Indicatori dei patti firmati nel periodo e dei loro progetti. Misurati: quelli con un obiettivo e almeno una misurazione. In linea con l’obiettivo: quelli la cui ultima misurazione lo raggiunge, nella direzione che va dal valore di partenza all’obiettivo.',
    en: 'Indicators of the pacts signed in the period and of their projects. Measured: those with a target and at least one measurement. On target: those whose latest measurement reaches it, in the direction from the baseline to the target.',
  },
}
