import { z } from 'zod'
import { latLngSchema } from '../maps/polygon.ts'
import { LAB_PHASES } from './laboratory.ts'
import { SLUG_PATTERN } from '../platform/slug.ts'
import { localizedSchema } from '../platform/localized-text.ts'
import type { LocaleCode } from '../platform/locales.ts'

const slug = z.string().max(120).regex(SLUG_PATTERN, { message: 'Lo slug ammette solo lettere minuscole, cifre e trattini / slug: lower-case letters, digits and hyphens only' })
/** A date-time with its offset, e.g. 2026-03-02T17:30:00+01:00. */
const dateTime = z.iso.datetime({ offset: true })

/**
 * One laboratory in an import file; its neighbourhood is named by slug. Its texts may be given per
 * locale, among the portal's `locales`. See docs/import-format.md.
 */
export const laboratoryRecordSchemaFor = (locales: readonly LocaleCode[]) => {
  const localized = <S extends z.ZodType>(text: S) => localizedSchema(text, locales)
  return z
    .strictObject({
      slug,
      title: localized(z.string().trim().min(1).max(160)),
      neighbourhood: slug,
      status: z.enum(['published', 'draft']).default('published'),
      phase: z.enum(LAB_PHASES).default('listening'),
      summary: localized(z.string().max(500)).optional(),
      description: localized(z.array(z.string().min(1).max(5000)).max(50)).optional(),
      themes: localized(z.array(z.string().min(1).max(80)).max(12)).optional(),
      venue: z.strictObject({ name: z.string().max(200).optional(), address: z.string().max(200).optional(), location: latLngSchema.optional() }).optional(),
      sessions: z
        .array(
          z
            .strictObject({
              startsAt: dateTime,
              endsAt: dateTime.optional(),
              topic: localized(z.string().max(200)).optional(),
              attendees: z.number().int().min(0).max(100_000).optional(),
            })
            .refine((s) => !s.endsAt || Date.parse(s.endsAt) > Date.parse(s.startsAt), { message: "La fine deve seguire l'inizio / end must follow start", path: ['endsAt'] }),
        )
        .max(200)
        .optional(),
      capacity: z.number().int().min(1).max(10_000),
      signupOpensAt: dateTime.optional(),
      signupClosesAt: dateTime.optional(),
    })
    .refine((lab) => !lab.signupOpensAt || !lab.signupClosesAt || Date.parse(lab.signupClosesAt) > Date.parse(lab.signupOpensAt), {
      message: 'Le iscrizioni devono chiudersi dopo l’apertura / sign-up must close after it opens',
      path: ['signupClosesAt'],
    })
}

export type LaboratoryRecord = z.infer<ReturnType<typeof laboratoryRecordSchemaFor>>
