import { z } from 'zod'
import { fetchValidated } from '../platform/cms.ts'

const historySchema = z.object({
  entries: z.array(z.object({ publishedAt: z.string(), first: z.boolean(), changes: z.array(z.object({ field: z.string(), from: z.string(), to: z.string() })) })),
})
export type PactHistory = z.infer<typeof historySchema>['entries']

/** The public history of a published pact: its published versions and what each changed, newest first. */
export async function getPactHistory(id: number | string): Promise<PactHistory> {
  return (await fetchValidated(`/api/pacts/${encodeURIComponent(String(id))}/history`, {}, historySchema)).entries
}
