import { z } from 'zod'
import { boundarySchema, latLngSchema } from '../maps/polygon.ts'
import { TIME_OF_DAY, WEEKDAYS } from './neighbourhood.ts'
import { SLUG_PATTERN } from '../platform/slug.ts'
import { localizedSchema } from '../platform/localized-text.ts'
import type { LocaleCode } from '../platform/locales.ts'

const count = z.number().int().min(0)
const isoDate = z.iso.date()

/** One neighbourhood in an import file, its texts possibly per locale among the portal's `locales`; see docs/import-format.md. */
export const neighbourhoodRecordSchemaFor = (locales: readonly LocaleCode[]) => {
  const localized = <S extends z.ZodType>(text: S) => localizedSchema(text, locales)
  return z.strictObject({
    slug: z.string().max(120).regex(SLUG_PATTERN, { message: 'Lo slug ammette solo lettere minuscole, cifre e trattini / slug: lower-case letters, digits and hyphens only' }),
    name: z.string().trim().min(1).max(120),
    status: z.enum(['published', 'draft']).default('published'),
    summary: localized(z.string().max(500)).optional(),
    description: localized(z.array(z.string().min(1).max(5000)).max(50)).optional(),
    figures: z
      .strictObject({
        referenceYear: z.number().int().min(1900).max(2100),
        inhabitants: count.optional(),
        households: count.optional(),
        publicHousingUnits: count.optional(),
        unitsUnderWorks: count.optional(),
      })
      .optional(),
    worksProgress: z
      .array(z.strictObject({ label: localized(z.string().min(1).max(120)), percent: z.number().min(0).max(100), asOf: isoDate.optional() }))
      .max(20)
      .optional(),
    venue: z
      .strictObject({
        name: z.string().max(200).optional(),
        address: z.string().max(200).optional(),
        location: latLngSchema.optional(),
        openingHours: z
          .array(
            z
              .strictObject({
                day: z.enum(WEEKDAYS),
                opens: z.string().regex(TIME_OF_DAY, { message: 'Orario nel formato HH:MM / time as HH:MM' }),
                closes: z.string().regex(TIME_OF_DAY, { message: 'Orario nel formato HH:MM / time as HH:MM' }),
                note: localized(z.string().max(200)).optional(),
              })
              .refine((h) => !TIME_OF_DAY.test(h.opens) || !TIME_OF_DAY.test(h.closes) || h.opens < h.closes, {
                message: "L'orario di chiusura deve seguire l'apertura / closing must follow opening",
                path: ['closes'],
              }),
          )
          .max(21)
          .optional(),
      })
      .optional(),
    centre: latLngSchema.optional(),
    boundary: boundarySchema.optional(),
    contacts: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(120),
          role: localized(z.string().max(120)).optional(),
          email: z.email().optional(),
          phone: z.string().max(40).optional(),
        }),
      )
      .max(20)
      .optional(),
  })
}

export type NeighbourhoodRecord = z.infer<ReturnType<typeof neighbourhoodRecordSchemaFor>>
