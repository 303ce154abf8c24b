import { z } from 'zod'

/**
 * Messages are written "italiano / English", like every message staff see. The two halves are kept
 * apart here so that `boundaryProblem` can say where the problem is in each language.
 */
const SEPARATOR = ' / '
const say = (it: string, en: string) => `${it}${SEPARATOR}${en}`

/** What a pasted value is, when it is not a GeoJSON object. */
function kindOf(value: unknown): { it: string; en: string } {
  if (Array.isArray(value)) return { it: 'un elenco', en: 'a list' }
  if (typeof value === 'string') return { it: 'un testo', en: 'a text' }
  if (typeof value === 'number') return { it: 'un numero', en: 'a number' }
  if (value === null || value === undefined) return { it: 'un valore vuoto', en: 'an empty value' }
  return { it: typeof value, en: typeof value }
}

/** The message for a GeoJSON object of the wrong `type`. */
function notAPolygon(type: unknown): string {
  if (type === 'MultiPolygon') {
    return say('Il confine di un quartiere è un solo Polygon, non un MultiPolygon', 'A neighbourhood boundary is a single Polygon, not a MultiPolygon')
  }
  if (typeof type !== 'string') {
    return say(
      'Manca il campo "type": incolla un oggetto GeoJSON come {"type": "Polygon", "coordinates": …}',
      'The "type" member is missing: paste a GeoJSON object such as {"type": "Polygon", "coordinates": …}',
    )
  }
  return say(`Il confine deve essere un poligono GeoJSON ("type": "Polygon"), non un "${type}"`, `The boundary must be a GeoJSON polygon ("type": "Polygon"), not a "${type}"`)
}

const notAnObject = (value: unknown) => {
  const kind = kindOf(value)
  return say(`Il confine deve essere un oggetto GeoJSON, non ${kind.it}`, `The boundary must be a GeoJSON object, not ${kind.en}`)
}

const typeOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined)
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

const coordinate = z.number({
  error: (issue) =>
    issue.input === undefined
      ? say('Manca un numero: ogni punto è una coppia [longitudine, latitudine]', 'A number is missing: every position is a [longitude, latitude] pair')
      : say('Ogni coordinata deve essere un numero', 'Every coordinate must be a number'),
})

/** A [longitude, latitude] pair in WGS84, as GeoJSON orders it; an altitude may follow. */
export const positionSchema = z
  .tuple([coordinate, coordinate], {
    error: (issue) =>
      // [[lng, lat], …] where [[[lng, lat], …]] was meant: the "ring" is one position and its "positions" are numbers.
      typeof issue.input === 'number'
        ? say(
            'Manca un livello di parentesi: le coordinate di un Polygon sono una lista di anelli, [[[lng, lat], …]]',
            "One level of brackets is missing: a Polygon's coordinates are a list of rings, [[[lng, lat], …]]",
          )
        : say('Ogni punto è una coppia [longitudine, latitudine]', 'Every position is a [longitude, latitude] pair'),
  })
  .rest(coordinate)
  .superRefine(([lng, lat], ctx) => {
    const lngInRange = lng >= -180 && lng <= 180
    if (!lngInRange) {
      ctx.addIssue({
        code: 'custom',
        path: [0],
        input: lng,
        message: say(`La longitudine ${lng} è fuori dall'intervallo −180…180`, `Longitude ${lng} is outside −180…180`),
      })
    }
    if (lat >= -90 && lat <= 90) return
    // [latitude, longitude] instead of [longitude, latitude]: the second number cannot be a latitude, the first could be.
    const swapped = lngInRange && Math.abs(lng) <= 90 && Math.abs(lat) <= 180
    ctx.addIssue({
      code: 'custom',
      path: [1],
      input: lat,
      message: swapped
        ? say(
            `La latitudine ${lat} è fuori dall'intervallo −90…90: forse longitudine e latitudine sono invertite? GeoJSON vuole [longitudine, latitudine]`,
            `Latitude ${lat} is outside −90…90: are longitude and latitude swapped? GeoJSON wants [longitude, latitude]`,
          )
        : say(`La latitudine ${lat} è fuori dall'intervallo −90…90`, `Latitude ${lat} is outside −90…90`),
    })
  })

/** A closed linear ring: at least four positions, the last equal to the first. */
const ringSchema = z
  .array(positionSchema, { error: say('Un anello è una lista di punti [longitudine, latitudine]', 'A ring is a list of [longitude, latitude] positions') })
  .min(4, {
    error: (issue) =>
      say(
        `Un anello del poligono richiede almeno 4 punti (il primo ripetuto in fondo), questo ne ha ${Array.isArray(issue.input) ? issue.input.length : 0}`,
        `A polygon ring needs at least 4 positions (the first repeated at the end), this one has ${Array.isArray(issue.input) ? issue.input.length : 0}`,
      ),
  })
  .superRefine((ring, ctx) => {
    const first = ring[0]
    const last = ring[ring.length - 1]
    if (ring.length < 2 || !first || !last || (first[0] === last[0] && first[1] === last[1])) return
    ctx.addIssue({
      code: 'custom',
      input: ring,
      message: say(
        `L'anello del poligono non è chiuso: l'ultimo punto [${last.join(', ')}] deve ripetere il primo [${first.join(', ')}]`,
        `The polygon ring is not closed: the last position [${last.join(', ')}] must repeat the first [${first.join(', ')}]`,
      ),
    })
  })

const rings = z
  .array(ringSchema, { error: say('Le coordinate di un poligono sono una lista di anelli', "A polygon's coordinates are a list of rings") })
  .min(1, { error: say('Il poligono non ha anelli: serve almeno il contorno esterno', 'The polygon has no rings: it needs at least its outer ring') })

/** A GeoJSON Polygon geometry (RFC 7946 §3.1.6). */
export const polygonSchema = z.object(
  {
    type: z.literal('Polygon', { error: (issue) => notAPolygon(issue.input) }),
    coordinates: rings,
  },
  { error: (issue) => notAnObject(issue.input) },
)

export type Polygon = z.infer<typeof polygonSchema>

const onePolygonOf = (what: { it: string; en: string }, count: number) =>
  say(
    `Il confine di un quartiere è un solo poligono: ${what.it} ne contiene ${count}. Uniscili in un solo Polygon`,
    `A neighbourhood boundary is a single polygon: ${what.en} holds ${count}. Merge them into one Polygon`,
  )

const multiPolygonSchema = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z
      .array(rings, { error: say('Le coordinate di un MultiPolygon sono una lista di poligoni', "A MultiPolygon's coordinates are a list of polygons") })
      .length(1, { error: (issue) => onePolygonOf({ it: 'questo MultiPolygon', en: 'this MultiPolygon' }, Array.isArray(issue.input) ? issue.input.length : 0) }),
  })
  .transform(({ coordinates }): Polygon => ({ type: 'Polygon', coordinates: coordinates[0]! }))

const geometrySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema], {
  error: (issue) => (isObject(issue.input) ? notAPolygon(typeOf(issue.input)) : notAnObject(issue.input)),
})

const featureSchema = z
  .object({
    type: z.literal('Feature'),
    geometry: z
      .custom((geometry) => geometry !== null && geometry !== undefined, {
        error: say('La Feature non ha una geometria: disegna il poligono prima di copiarla', 'The Feature has no geometry: draw the polygon before copying it'),
      })
      .pipe(geometrySchema),
  })
  .transform(({ geometry }): Polygon => geometry)

const featureCollectionSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(featureSchema)
      .length(1, { error: (issue) => onePolygonOf({ it: 'questa FeatureCollection', en: 'this FeatureCollection' }, Array.isArray(issue.input) ? issue.input.length : 0) }),
  })
  .transform(({ features }): Polygon => features[0]!)

/**
 * A boundary as staff paste it: a Polygon, or what drawing tools such as geojson.io export around one
 * polygon: a Feature, a FeatureCollection of one Feature, a MultiPolygon of one polygon. Always gives a Polygon.
 */
export const boundarySchema = z.discriminatedUnion('type', [polygonSchema, multiPolygonSchema, featureSchema, featureCollectionSchema], {
  error: (issue) => (isObject(issue.input) ? notAPolygon(typeOf(issue.input)) : notAnObject(issue.input)),
})

/** A pasted boundary as the Polygon it stands for; anything else (or nothing) is given back untouched, for validation to explain. */
export function unwrapBoundary(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value
  const parsed = boundarySchema.safeParse(value)
  return parsed.success ? parsed.data : value
}

/** `coordinates[0][2][1]` as words: where in the polygon the problem is (counted from 1, as people count). */
function whereIs(value: unknown, path: PropertyKey[]): { it: string; en: string } | null {
  const at = path.indexOf('coordinates')
  if (at === -1) return null
  // The object holding `coordinates`: in a MultiPolygon, the first index is the polygon's.
  const holder = path.slice(0, at).reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined), value)
  const [ring, position, axis] = path.slice(at + (typeOf(holder) === 'MultiPolygon' ? 2 : 1)) as Array<number | undefined>
  if (ring === undefined) return null
  const axisName = (it: string, en: string) => (axis === 0 ? it : axis === 1 ? en : null)
  const it = [`anello ${ring + 1}`, position !== undefined ? `punto ${position + 1}` : null, axisName('longitudine', 'latitudine')]
  const en = [`ring ${ring + 1}`, position !== undefined ? `position ${position + 1}` : null, axisName('longitude', 'latitude')]
  return { it: it.filter(Boolean).join(', '), en: en.filter(Boolean).join(', ') }
}

/**
 * Why a pasted boundary is refused, in Italian and English, naming the ring and the position;
 * null when it is a valid boundary (see `boundarySchema`) or empty.
 */
export function boundaryProblem(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const parsed = boundarySchema.safeParse(value)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]!
  const [it, en = it] = issue.message.split(SEPARATOR)
  const where = whereIs(value, issue.path)
  return where ? say(`Confine non valido (${where.it}): ${it}`, `Invalid boundary (${where.en}): ${en}`) : say(`Confine non valido: ${it}`, `Invalid boundary: ${en}`)
}

/** A point as staff type it: latitude and longitude in decimal degrees. */
export const latLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
})

export type LatLng = z.infer<typeof latLngSchema>
