import { z } from 'zod'
import { SELECTION_METHODS } from '../grants/grant.ts'
import { SLUG_PATTERN } from '../platform/slug.ts'
import { localizedSchema } from '../platform/localized-text.ts'
import type { LocaleCode } from '../platform/locales.ts'

const slug = z.string().max(120).regex(SLUG_PATTERN, { message: 'Lo slug ammette solo lettere minuscole, cifre e trattini / slug: lower-case letters, digits and hyphens only' })
/** A calendar date, e.g. 2024-03-15. */
const date = z.iso.date()
const publication = z.enum(['published', 'draft']).default('published')
const paragraphs = z.array(z.string().min(1).max(5000)).max(50)

/** The records of results publications and grant calls; texts may be given per locale among the portal's `locales`. */
export const transparencyRecordSchemasFor = (locales: readonly LocaleCode[]) => {
  const localized = <S extends z.ZodType>(text: S) => localizedSchema(text, locales)

  /** One results publication in an import file: a period, its neighbourhoods, paragraphs and key figures. See docs/import-format.md. */
  const resultRecordSchema = z
    .strictObject({
      slug,
      title: localized(z.string().trim().min(1).max(200)),
      status: publication,
      periodFrom: date,
      periodTo: date,
      neighbourhoods: z.array(slug).max(50).optional(),
      summary: localized(z.string().max(500)).optional(),
      body: localized(paragraphs).optional(),
      keyFigures: z
        .array(z.strictObject({ label: localized(z.string().trim().min(1).max(120)), value: z.number(), unit: localized(z.string().max(20)).optional() }))
        .max(30)
        .optional(),
    })
    .refine((r) => r.periodTo >= r.periodFrom, { message: 'Il periodo termina prima di iniziare / the period ends before it starts', path: ['periodTo'] })

  /** One grant award under a call: the beneficiary organization and the project by slug. */
  const grantAwardRecordSchema = z.strictObject({
    beneficiary: slug,
    amount: z.number().positive().max(1e9),
    awardedAt: date,
    project: slug.optional(),
    purpose: localized(z.string().max(300)).optional(),
    neighbourhood: slug.optional(),
    legalBasis: z.string().trim().min(1).max(300),
    office: z.string().trim().min(1).max(200),
    responsible: z.string().max(200).optional(),
    selectionMethod: z.enum(SELECTION_METHODS).default('public-call'),
  })

  /** One call for grants ("bando") with its awards. */
  const grantRecordSchema = z.strictObject({
    slug,
    title: localized(z.string().trim().min(1).max(200)),
    status: publication,
    year: z.number().int().min(2000).max(2100),
    totalBudget: z.number().min(0).max(1e10).optional(),
    deadline: date.optional(),
    neighbourhoods: z.array(slug).max(50).optional(),
    summary: localized(z.string().max(1000)).optional(),
    awards: z.array(grantAwardRecordSchema).max(500).optional(),
  })

  return { result: resultRecordSchema, grant: grantRecordSchema }
}

type TransparencyRecordSchemas = ReturnType<typeof transparencyRecordSchemasFor>
export type ResultRecord = z.infer<TransparencyRecordSchemas['result']>
export type GrantRecord = z.infer<TransparencyRecordSchemas['grant']>
