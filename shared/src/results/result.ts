import { z } from 'zod'
import { fileSchema } from '../pacts/pact.ts'

const id = z.union([z.number(), z.string()])
const named = z.object({ id, slug: z.string(), name: z.string().optional(), title: z.string().optional() })
const ref = z.union([named, id])

/** A results publication as the CMS publishes it (REST, depth 1): a period, neighbourhoods, a body and key figures. */
export const publicResultSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  neighbourhoods: z.array(ref).nullish(),
  summary: z.string().nullish(),
  bodyHtml: z.string().nullish(),
  keyFigures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string().nullish() })).nullish(),
  attachments: z.array(z.object({ file: z.union([fileSchema, id]).nullish(), label: z.string().nullish() })).nullish(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string(),
})
export type PublicResult = z.infer<typeof publicResultSchema>
