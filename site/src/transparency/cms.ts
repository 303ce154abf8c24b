import { z } from 'zod'
import type { ParticipantSummary, ReportFilters, RosterTotal } from '@quartieri/shared/transparency/report'
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

const rosterTotalsSchema = z.object({
  totals: z.array(z.object({ kind: z.enum(['laboratory', 'event']), slug: z.string(), meeting: z.string(), total: z.number().int().min(0) })),
})

/** The head counts the CMS's attendance roster kept, meeting by meeting, for published labs and events: numbers only. */
export async function getRosterTotals(): Promise<RosterTotal[]> {
  return (await fetchValidated('/api/meeting-attendance/totals', {}, rosterTotalsSchema)).totals
}
