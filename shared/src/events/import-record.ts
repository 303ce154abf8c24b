import { z } from 'zod'
import { EVENT_TYPES, ICAL_WEEKDAYS } from './event.ts'
import { latLngSchema } from '../maps/polygon.ts'
import { SLUG_PATTERN } from '../platform/slug.ts'
import { localizedSchema } from '../platform/localized-text.ts'
import type { LocaleCode } from '../platform/locales.ts'

const slug = z.string().max(120).regex(SLUG_PATTERN, { message: 'Lo slug ammette solo lettere minuscole, cifre e trattini / slug: lower-case letters, digits and hyphens only' })
const dateTime = z.iso.datetime({ offset: true })
const date = z.iso.date()

/**
 * One event in an import file; its neighbourhood (and lab, if any) are named by slug. Its texts may be
 * given per locale, among the portal's `locales`. See docs/import-format.md.
 */
export const eventRecordSchemaFor = (locales: readonly LocaleCode[]) => {
  const localized = <S extends z.ZodType>(text: S) => localizedSchema(text, locales)
  return z
    .strictObject({
      slug,
      title: localized(z.string().trim().min(1).max(160)),
      type: z.enum(EVENT_TYPES),
      neighbourhood: slug,
      laboratory: slug.optional(),
      status: z.enum(['published', 'draft']).default('published'),
      start: dateTime,
      end: dateTime.optional(),
      allDay: z.boolean().optional(),
      summary: localized(z.string().max(500)).optional(),
      description: localized(z.array(z.string().min(1).max(5000)).max(50)).optional(),
      venue: z.strictObject({ name: z.string().max(200).optional(), address: z.string().max(200).optional(), location: latLngSchema.optional() }).optional(),
      recurrence: z.strictObject({ byDay: z.array(z.enum(ICAL_WEEKDAYS)).min(1).max(7), until: date.optional(), exceptions: z.array(date).max(366).optional() }).optional(),
      registration: z.strictObject({ capacity: z.number().int().min(1).max(100_000), opensAt: dateTime.optional(), closesAt: dateTime.optional() }).optional(),
      cancelled: z.strictObject({ reason: localized(z.string().max(300)) }).optional(),
      /** People counted on site, once the event has taken place. */
      attendees: z.number().int().min(0).max(100_000).optional(),
    })
    .refine((e) => !e.end || Date.parse(e.end) >= Date.parse(e.start), { message: "La fine deve seguire l'inizio / end must follow start", path: ['end'] })
}

export type EventRecord = z.infer<ReturnType<typeof eventRecordSchemaFor>>
