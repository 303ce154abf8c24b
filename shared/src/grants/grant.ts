import { z } from 'zod'
import { fileSchema, organizationSchema } from '../pacts/pact.ts'

/** How a beneficiary was chosen (D.Lgs. 33/2013 art. 27 c. 1 lett. f). */
export const SELECTION_METHODS = ['public-call', 'ranking', 'direct-award', 'agreement'] as const
export type SelectionMethod = (typeof SELECTION_METHODS)[number]

/** Awards of at least this amount (euro) must be published under D.Lgs. 33/2013 art. 26 c. 2. */
export const PUBLICATION_THRESHOLD_EUR = 1_000

const id = z.union([z.number(), z.string()])
const named = z.object({ id, slug: z.string(), name: z.string().optional(), title: z.string().optional() })
const ref = z.union([named, id])

/** One grant awarded under a call: who, for which project, how much, when, on which legal basis, decided by whom and how. */
export const grantAwardSchema = z.object({
  id: z.string().nullish(),
  beneficiary: z.union([organizationSchema.extend({ taxCode: z.string().nullish() }), id]).nullish(),
  project: z.union([z.object({ id, slug: z.string(), title: z.string() }), id]).nullish(),
  /** What the money is for, when no registered project is linked. */
  purpose: z.string().nullish(),
  neighbourhood: ref.nullish(),
  amount: z.number(),
  awardedAt: z.string(),
  legalBasis: z.string(),
  office: z.string(),
  /** The official responsible for the procedure (art. 27 c. 1 lett. e). */
  responsible: z.string().nullish(),
  selectionMethod: z.enum(SELECTION_METHODS),
})
export type GrantAward = z.infer<typeof grantAwardSchema>

/** A call for grants ("bando") with the awards made under it, as the CMS publishes it (REST, depth 1). */
export const publicGrantSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  year: z.number().int(),
  totalBudget: z.number().nullish(),
  deadline: z.string().nullish(),
  summary: z.string().nullish(),
  neighbourhoods: z.array(ref).nullish(),
  documents: z.array(z.object({ file: z.union([fileSchema, id]).nullish(), label: z.string().nullish() })).nullish(),
  awards: z.array(grantAwardSchema).nullish(),
  updatedAt: z.string(),
})
export type PublicGrant = z.infer<typeof publicGrantSchema>
