import type { Position } from 'geojson'
import { publicStatus, type PublicPact, type PublicPactStatus } from './pact.ts'
import { idKey } from '../platform/ids.ts'
import type { PublicProject } from '../projects/project.ts'
import {
  byTitle,
  centreOf,
  collection,
  meanOf,
  pointAt,
  positionOf,
  slugOf,
  type CommonProperties,
  type DomainFeature,
  type DomainFeatureCollection,
  type MapLayerPart,
  type MapNeighbourhood,
} from '../maps/features.ts'

/** The pacts' layer of the public map (`patti`). */

export interface PactProperties extends CommonProperties {
  layer: 'patti'
  code: string
  status: PublicPactStatus
  /** Every neighbourhood of the pact, by slug. */
  neighbourhoods: string[]
  /** Where the point comes from: the mean of its projects' points, or of its neighbourhoods' centres. */
  placement: 'projects' | 'neighbourhoods'
}

/**
 * Pacts have no place of their own, so each is put at the mean of its published projects' points; a pact
 * whose projects have no point goes to the mean of its neighbourhoods' centres (`placement` says which);
 * one with neither is left out.
 */
export function pactFeatures(
  pacts: readonly PublicPact[],
  options: { projects?: readonly PublicProject[]; neighbourhoods?: readonly MapNeighbourhood[]; neighbourhoodSlugs?: ReadonlyMap<string, string>; now?: Date } = {},
): DomainFeatureCollection<PactProperties> {
  const projectPoints = new Map<string, Position[]>()
  for (const project of options.projects ?? []) {
    const pact = idKey(project.pact)
    const position = positionOf(project.location)
    if (pact === undefined || !position) continue
    projectPoints.set(pact, [...(projectPoints.get(pact) ?? []), position])
  }
  const centres = new Map(
    (options.neighbourhoods ?? []).flatMap((n) => {
      const centre = centreOf(n)
      return centre ? [[n.slug, centre] as const] : []
    }),
  )
  const features = pacts.flatMap((pact): Array<DomainFeature<PactProperties>> => {
    const neighbourhoods = (pact.neighbourhoods ?? []).map((n) => slugOf(n, options.neighbourhoodSlugs)).filter((s): s is string => s !== null)
    const fromProjects = meanOf(projectPoints.get(String(pact.id)) ?? [])
    const position = fromProjects ?? meanOf(neighbourhoods.flatMap((slug) => (centres.has(slug) ? [centres.get(slug)!] : [])))
    if (!position) return []
    const properties: PactProperties = {
      layer: 'patti',
      title: pact.title,
      path: `/patti/${pact.slug}`,
      neighbourhood: neighbourhoods[0] ?? null,
      code: pact.code,
      status: publicStatus(pact, options.now),
      neighbourhoods,
      placement: fromProjects ? 'projects' : 'neighbourhoods',
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

export const pactsMapLayer: MapLayerPart<'patti', PactProperties, { pacts: readonly PublicPact[]; projects: readonly PublicProject[] }> = {
  layer: 'patti',
  build: (records, context) =>
    pactFeatures(records.pacts, { projects: records.projects, neighbourhoods: context.neighbourhoods, neighbourhoodSlugs: context.neighbourhoodSlugs, now: context.now }),
  // A pact belongs to each of its neighbourhoods.
  belongsTo: (properties, neighbourhood) => properties.neighbourhoods.includes(neighbourhood),
}
