import type { PublicLaboratory } from './laboratory.ts'
import { byTitle, collection, pointAt, positionOf, slugOf, type CommonProperties, type DomainFeature, type DomainFeatureCollection, type MapLayerPart } from '../maps/features.ts'

/** The laboratories' layer of the public map (`laboratori`). */

export interface LaboratoryProperties extends CommonProperties {
  layer: 'laboratori'
  phase: PublicLaboratory['phase']
  venue: string | null
}

/** Laboratories at their venue; a lab without a located venue is left out. */
export function laboratoryFeatures(labs: readonly PublicLaboratory[], neighbourhoodSlugs?: ReadonlyMap<string, string>): DomainFeatureCollection<LaboratoryProperties> {
  const features = labs.flatMap((lab): Array<DomainFeature<LaboratoryProperties>> => {
    const position = positionOf(lab.venue?.location)
    if (!position) return []
    const properties: LaboratoryProperties = {
      layer: 'laboratori',
      title: lab.title,
      path: `/laboratori/${lab.slug}`,
      neighbourhood: slugOf(lab.neighbourhood, neighbourhoodSlugs),
      phase: lab.phase,
      venue: lab.venue?.name ?? null,
    }
    return [{ type: 'Feature', geometry: pointAt(position), properties }]
  })
  return collection(features.sort(byTitle))
}

export const laboratoriesMapLayer: MapLayerPart<'laboratori', LaboratoryProperties, { laboratories: readonly PublicLaboratory[] }> = {
  layer: 'laboratori',
  build: (records, context) => laboratoryFeatures(records.laboratories, context.neighbourhoodSlugs),
}
