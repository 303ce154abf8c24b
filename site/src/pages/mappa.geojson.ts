import type { APIRoute } from 'astro'
import { mergeLayers } from '@quartieri/shared/maps/map-layers'
import { CmsUnavailableError } from '../platform/cms.ts'
import { isFilterError, loadMapLayers, mapFilters } from '../maps/map-data.ts'
import { jsonError, UNAVAILABLE } from '../pacts/open-data.ts'

/**
 * /mappa.geojson: the map's layers as one GeoJSON FeatureCollection (RFC 7946), published records only.
 * `livello` (repeatable) picks layers, `quartiere` one neighbourhood; a bad value is a 400 in both languages.
 */
export const GET: APIRoute = async ({ url }) => {
  const filters = mapFilters(url.searchParams)
  if (isFilterError(filters)) return jsonError(400, filters.it, filters.en, { parametro: filters.param })
  try {
    const body = mergeLayers(await loadMapLayers(filters), filters.layers)
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/geo+json; charset=utf-8', 'access-control-allow-origin': '*' },
    })
  } catch (err) {
    if (err instanceof CmsUnavailableError) {
      console.error(err.message, err.cause ?? '')
      return jsonError(503, UNAVAILABLE.it, UNAVAILABLE.en)
    }
    throw err
  }
}
