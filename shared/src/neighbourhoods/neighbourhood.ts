import { z } from 'zod'

/** Days as the CMS stores them, in the order the week is shown (Monday first, as in Italy). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** "09:30": 24-hour time of day. */
export const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/

const id = z.union([z.number(), z.string()])
const optionalText = z.string().nullish()
const optionalCount = z.number().int().nonnegative().nullish()

export const figuresSchema = z.object({
  referenceYear: z.number().int().nullish(),
  inhabitants: optionalCount,
  households: optionalCount,
  publicHousingUnits: optionalCount,
  unitsUnderWorks: optionalCount,
})

export const worksProgressSchema = z.object({
  label: z.string(),
  percent: z.number().min(0).max(100),
  asOf: optionalText,
})

export const openingHoursSchema = z.object({
  day: z.enum(WEEKDAYS),
  opens: z.string().regex(TIME_OF_DAY),
  closes: z.string().regex(TIME_OF_DAY),
  note: optionalText,
})

const pointSchema = z.object({ lat: z.number().nullish(), lng: z.number().nullish() })

export const venueSchema = z.object({
  name: optionalText,
  address: optionalText,
  location: pointSchema.nullish(),
  openingHours: z.array(openingHoursSchema).nullish(),
})

export const contactSchema = z.object({
  name: z.string(),
  role: optionalText,
  email: optionalText,
  phone: optionalText,
})

export const mediaSchema = z.object({
  url: z.string().nullish(),
  alt: z.string(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

/**
 * A neighbourhood as the CMS publishes it to anonymous readers (REST, depth 1).
 * The site validates every response against this before rendering.
 */
export const publicNeighbourhoodSchema = z.object({
  id,
  name: z.string(),
  slug: z.string(),
  summary: optionalText,
  descriptionHtml: optionalText,
  figures: figuresSchema.nullish(),
  worksProgress: z.array(worksProgressSchema).nullish(),
  venue: venueSchema.nullish(),
  centre: pointSchema.nullish(),
  /** GeoJSON Polygon; checked where it is drawn (geo/map-layers.ts), so one bad shape cannot take a page down. */
  boundary: z.unknown().nullish(),
  contacts: z.array(contactSchema).nullish(),
  image: z.union([mediaSchema, id]).nullish(),
  updatedAt: z.string(),
})

export type PublicNeighbourhood = z.infer<typeof publicNeighbourhoodSchema>
export type OpeningHours = z.infer<typeof openingHoursSchema>

/** Opening hours sorted Monday→Sunday, then by opening time. */
export function sortOpeningHours<T extends { day: Weekday; opens: string }>(hours: readonly T[]): T[] {
  return [...hours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.opens.localeCompare(b.opens))
}
