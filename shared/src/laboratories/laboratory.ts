import { z } from 'zod'
import { venueSchema } from '../neighbourhoods/neighbourhood.ts'

/** A lab's phases in order: the process a citizen sees as a step indicator. */
export const LAB_PHASES = ['listening', 'co-design', 'pact-drafting', 'implementation', 'closed'] as const
export type LabPhase = (typeof LAB_PHASES)[number]

/** The steps shown to citizens (a closed lab shows every step as done). */
export const PROCESS_STEPS = ['listening', 'co-design', 'pact-drafting', 'implementation'] as const

export function stepState(phase: LabPhase, step: (typeof PROCESS_STEPS)[number]): 'done' | 'current' | 'todo' {
  if (phase === 'closed') return 'done'
  const current = PROCESS_STEPS.indexOf(phase)
  const index = PROCESS_STEPS.indexOf(step)
  return index < current ? 'done' : index === current ? 'current' : 'todo'
}

const id = z.union([z.number(), z.string()])

/** A laboratory as the CMS publishes it (REST, depth 1: the neighbourhood populated). */
export const publicLaboratorySchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  phase: z.enum(LAB_PHASES),
  summary: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  themes: z.array(z.string()).nullish(),
  neighbourhood: z.union([z.object({ id, name: z.string(), slug: z.string() }), id]).nullish(),
  venue: venueSchema.omit({ openingHours: true }).nullish(),
  sessions: z.array(z.object({ startsAt: z.string(), endsAt: z.string().nullish(), topic: z.string().nullish(), attendees: z.number().int().nullish() })).nullish(),
  capacity: z.number().int().positive(),
  signupOpensAt: z.string().nullish(),
  signupClosesAt: z.string().nullish(),
  updatedAt: z.string(),
})

export type PublicLaboratory = z.infer<typeof publicLaboratorySchema>

/** Public seat figures of a lab: counts only, never who. */
export const availabilitySchema = z.object({
  capacity: z.number(),
  seatsTaken: z.number(),
  seatsLeft: z.number(),
  waitlisted: z.number(),
  window: z.enum(['not-yet-open', 'open', 'closed']),
})

export type Availability = z.infer<typeof availabilitySchema>
