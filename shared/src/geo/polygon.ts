import { z } from 'zod'

/** A [longitude, latitude] pair in WGS84, as GeoJSON orders it. */
export const positionSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .rest(z.number())

/** A closed linear ring: at least four positions, the last equal to the first. */
const ringSchema = z
  .array(positionSchema)
  .min(4, { message: 'Un anello del poligono richiede almeno 4 punti / A polygon ring needs at least 4 positions' })
  .refine((ring) => {
    const first = ring[0]
    const last = ring[ring.length - 1]
    return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
  }, { message: "L'anello del poligono non è chiuso: l'ultimo punto deve coincidere con il primo / The polygon ring is not closed" })

/** A GeoJSON Polygon geometry (RFC 7946 §3.1.6). */
export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(ringSchema).min(1),
})

export type Polygon = z.infer<typeof polygonSchema>

/** A point as staff type it: latitude and longitude in decimal degrees. */
export const latLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
})

export type LatLng = z.infer<typeof latLngSchema>
