import type { PublicPact } from '../pacts/pact.ts'
import type { PublicProject } from './project.ts'
import { byTitle, collection, pointAt, positionOf, slugOf, type CommonProperties, type DomainFeature, type DomainFeatureCollection, type MapLayerPart } from '../maps/features.ts'

/** The projects' layer of the public map (`progetti`). */

export interface ProjectProperties extends CommonProperties {
  layer: 'progetti'
  status: PublicProject['status']
  domain: PublicProject['domain']
  /** Slug of its pact, or null. */
  pact: string | null
}

/** Projects at their own point; a project without one is left out (its pact's page lists it). */
export function projectFeatures(
  projects: readonly PublicProject[],
  options: { pacts?: readonly PublicPact[]; neighbourhoodSlugs?: ReadonlyMap<string, string> } = {},
): DomainFeatureCollection<ProjectProperties> {
  const pactSlugs = new Map((options.pacts ?? []).map((p) => [String(p.id), p.slug]))
  const features = projects.flatMap((project): Array<DomainFeature<ProjectProperties>> => {
    const position = positionOf(project.location)
    if (!position) return []
    const properties: ProjectProperties = {
      layer: 'progetti',
      title: project.title,
      path: `/progetti/${project.slug}`,
      neighbourhood: slugOf(project.neighbourhood, options.neighbourhoodSlugs),
      status: project.status,
      domain: project.domain,
      pact: slugOf(project.pact, pactSlugs),
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

export const projectsMapLayer: MapLayerPart<'progetti', ProjectProperties, { projects: readonly PublicProject[]; pacts: readonly PublicPact[] }> = {
  layer: 'progetti',
  build: (records, context) => projectFeatures(records.projects, { pacts: records.pacts, neighbourhoodSlugs: context.neighbourhoodSlugs }),
}
