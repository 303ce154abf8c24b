import { z } from 'zod'
import { latLngSchema } from '../maps/polygon.ts'
import { ORGANIZATION_KINDS, PACT_KINDS, PACT_STATUSES, PARTIES, RESOURCE_KINDS } from './pact.ts'
import { PROJECT_DOMAINS, PROJECT_STATUSES } from '../projects/project.ts'
import { SLUG_PATTERN } from '../platform/slug.ts'
import { localizedSchema } from '../platform/localized-text.ts'
import type { LocaleCode } from '../platform/locales.ts'

const slug = z.string().max(120).regex(SLUG_PATTERN, { message: 'Lo slug ammette solo lettere minuscole, cifre e trattini / slug: lower-case letters, digits and hyphens only' })
/** A calendar date, e.g. 2024-03-15. */
const date = z.iso.date()
const euro = z.number().min(0).max(1e9)
const publication = z.enum(['published', 'draft']).default('published')
const paragraphs = z.array(z.string().min(1).max(5000)).max(50)

/** The records of pacts, their organizations, projects and indicators; texts may be given per locale among the portal's `locales`. */
export const pactRecordSchemasFor = (locales: readonly LocaleCode[]) => {
  const localized = <S extends z.ZodType>(text: S) => localizedSchema(text, locales)

  /** One organization (association, business, school…) in an import file. See docs/import-format.md. */
  const organizationRecordSchema = z.strictObject({
    slug,
    name: z.string().trim().min(1).max(200),
    kind: z.enum(ORGANIZATION_KINDS),
    status: publication,
    neighbourhoods: z.array(slug).max(50).optional(),
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .optional(),
    /** The body's tax code (11 digits) or VAT number, published with the grants it receives. */
    taxCode: z
      .string()
      .regex(/^(\d{11}|[A-Z0-9]{16})$/, { message: 'Undici cifre o sedici caratteri maiuscoli / eleven digits or sixteen upper-case characters' })
      .optional(),
    description: z.string().max(2000).optional(),
  })

  const indicatorRecordSchema = z.strictObject({
    name: localized(z.string().trim().min(1).max(200)),
    unit: localized(z.string().max(40)).optional(),
    baseline: z.number().optional(),
    target: z.number().optional(),
    measurements: z
      .array(z.strictObject({ date, value: z.number(), note: localized(z.string().max(300)).optional() }))
      .max(200)
      .optional(),
  })

  const projectRecordSchema = z
    .strictObject({
      slug,
      title: localized(z.string().trim().min(1).max(200)),
      /** Defaults to the pact's first neighbourhood. */
      neighbourhood: slug.optional(),
      domain: z.enum(PROJECT_DOMAINS),
      projectStatus: z.enum(PROJECT_STATUSES).default('planned'),
      progress: z.number().min(0).max(100).optional(),
      summary: localized(z.string().max(500)).optional(),
      description: localized(paragraphs).optional(),
      budget: euro.optional(),
      spent: euro.optional(),
      startDate: date.optional(),
      endDate: date.optional(),
      location: latLngSchema.optional(),
      milestones: z
        .array(z.strictObject({ date, title: localized(z.string().min(1).max(200)), note: localized(z.string().max(1000)).optional() }))
        .max(50)
        .optional(),
      indicators: z.array(indicatorRecordSchema).max(50).optional(),
    })
    .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, { message: 'La fine deve seguire l’inizio / end must follow start', path: ['endDate'] })

  /** One pact with its signatories, commitments, projects and indicators; organizations and neighbourhoods named by slug. */
  const pactRecordSchema = z
    .strictObject({
      slug,
      code: z.string().trim().min(1).max(40),
      title: localized(z.string().trim().min(1).max(200)),
      kind: z.enum(PACT_KINDS).default('collaboration-pact'),
      status: publication,
      pactStatus: z.enum(PACT_STATUSES),
      neighbourhoods: z.array(slug).min(1).max(50),
      laboratory: slug.optional(),
      renews: slug.optional(),
      summary: localized(z.string().max(600)).optional(),
      objectives: localized(paragraphs).optional(),
      approvalAct: z.strictObject({ number: z.string().min(1).max(60), date }).optional(),
      signedAt: date.optional(),
      validFrom: date.optional(),
      validUntil: date.optional(),
      signatories: z
        .array(
          z
            .strictObject({
              organization: slug.optional(),
              office: z.string().min(1).max(200).optional(),
              role: localized(z.string().max(200)).optional(),
              signedAt: date.optional(),
            })
            .refine((s) => Boolean(s.organization) !== Boolean(s.office), {
              message: 'Indica l’organizzazione oppure l’ufficio comunale / give the organization or the municipal office',
              path: ['organization'],
            }),
        )
        .max(200)
        .optional(),
      volunteers: z.number().int().min(0).max(100_000).optional(),
      commitments: z
        .array(
          z.strictObject({
            party: z.enum(PARTIES),
            organization: slug.optional(),
            description: localized(z.string().min(1).max(500)),
            resourceKind: z.enum(RESOURCE_KINDS),
            amount: euro.optional(),
            quantity: z.number().min(0).max(1e7).optional(),
          }),
        )
        .max(200)
        .optional(),
      projects: z.array(projectRecordSchema).max(100).optional(),
      indicators: z.array(indicatorRecordSchema).max(50).optional(),
    })
    .refine((p) => PACT_STATUSES.indexOf(p.pactStatus) < PACT_STATUSES.indexOf('approved') || p.approvalAct, {
      message: 'Un patto approvato ha la delibera di Giunta (numero e data) / an approved pact needs its Giunta act',
      path: ['approvalAct'],
    })
    .refine((p) => PACT_STATUSES.indexOf(p.pactStatus) < PACT_STATUSES.indexOf('signed') || p.signedAt, {
      message: 'Un patto sottoscritto ha la data di sottoscrizione / a signed pact needs its signing date',
      path: ['signedAt'],
    })
    .refine((p) => !p.validFrom || !p.validUntil || p.validUntil >= p.validFrom, {
      message: 'La validità termina prima di iniziare / validity ends before it starts',
      path: ['validUntil'],
    })
    .refine((p) => p.renews !== p.slug, { message: 'Un patto non può rinnovare se stesso / a pact cannot renew itself', path: ['renews'] })

  return { organization: organizationRecordSchema, pact: pactRecordSchema, project: projectRecordSchema, indicator: indicatorRecordSchema }
}

type PactRecordSchemas = ReturnType<typeof pactRecordSchemasFor>
export type OrganizationRecord = z.infer<PactRecordSchemas['organization']>
export type PactRecord = z.infer<PactRecordSchemas['pact']>
export type ProjectRecord = z.infer<PactRecordSchemas['project']>
export type IndicatorRecord = z.infer<PactRecordSchemas['indicator']>
