import { z } from 'zod'
import type { ParticipantSummary, ReportFilters } from '@quartieri/shared/transparency/report'
import { fetchValidated } from '../platform/cms.ts'

const participantSummarySchema = z.object({
  total: z.number(),
  byYear: z.array(z.object({ year: z.number(), people: z.number() })),
  byActivity: z.array(z.object({ kind: z.enum(['laboratory', 'event']), slug: z.string(), title: z.string(), people: z.number() })),
})

/** How many distinct people took part (confirmed sign-ups) in a year range and neighbourhood: counts only. */
export async function getParticipants(filters: ReportFilters): Promise<ParticipantSummary> {
  const params: Record<string, string> = { da: String(filters.fromYear), a: String(filters.toYear) }
  if (filters.neighbourhood) params.quartiere = filters.neighbourhood
  return fetchValidated('/api/registrations/participants', params, participantSummarySchema)
}
