import { z } from 'zod'
import { cents } from '../pacts/pact.ts'
import { id, money, ref } from '../platform/schema.ts'

/* A pact's projects and their indicators: what the public sees of them, and how they add up. */

export const PROJECT_DOMAINS = ['care-of-city', 'care-of-community'] as const
export type ProjectDomain = (typeof PROJECT_DOMAINS)[number]

export const PROJECT_STATUSES = ['planned', 'in-progress', 'completed', 'suspended'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const measurementSchema = z.object({ date: z.string(), value: z.number(), note: z.string().nullish() })
export const publicIndicatorSchema = z.object({
  id,
  name: z.string(),
  unit: z.string().nullish(),
  baseline: z.number().nullish(),
  target: z.number().nullish(),
  measurements: z.array(measurementSchema).nullish(),
  pact: ref.nullish(),
  project: ref.nullish(),
})
export type PublicIndicator = z.infer<typeof publicIndicatorSchema>

export const publicProjectSchema = z.object({
  id,
  title: z.string(),
  slug: z.string(),
  pact: z.union([z.object({ id, slug: z.string(), code: z.string(), title: z.string() }), id]).nullish(),
  neighbourhood: ref.nullish(),
  domain: z.enum(PROJECT_DOMAINS),
  summary: z.string().nullish(),
  descriptionHtml: z.string().nullish(),
  budget: money,
  spent: money,
  status: z.enum(PROJECT_STATUSES),
  progress: z.number().nullish(),
  startDate: z.string().nullish(),
  endDate: z.string().nullish(),
  milestones: z.array(z.object({ date: z.string(), title: z.string(), note: z.string().nullish() })).nullish(),
  location: z.object({ lat: z.number().nullish(), lng: z.number().nullish() }).nullish(),
  updatedAt: z.string(),
})
export type PublicProject = z.infer<typeof publicProjectSchema>

export interface ProgressRollup {
  projects: number
  byStatus: Record<ProjectStatus, number>
  /** Mean progress of the projects that are not suspended, weighted by budget when every one has a budget; null without projects. */
  percent: number | null
  budget: number
  spent: number
}

/** A pact's projects rolled up: how many, in which status, overall progress and money. */
export function progressRollup(projects: ReadonlyArray<Pick<PublicProject, 'status' | 'progress' | 'budget' | 'spent'>>): ProgressRollup {
  const byStatus: Record<ProjectStatus, number> = { planned: 0, 'in-progress': 0, completed: 0, suspended: 0 }
  let budget = 0
  let spent = 0
  for (const p of projects) {
    byStatus[p.status]++
    budget += cents(p.budget)
    spent += cents(p.spent)
  }
  const counted = projects.filter((p) => p.status !== 'suspended')
  const progressOf = (p: (typeof counted)[number]) => (p.status === 'completed' ? 100 : Math.min(100, Math.max(0, p.progress ?? 0)))
  let percent: number | null = null
  if (counted.length > 0) {
    const weighted = counted.every((p) => (p.budget ?? 0) > 0)
    const weight = (p: (typeof counted)[number]) => (weighted ? (p.budget ?? 0) : 1)
    const totalWeight = counted.reduce((s, p) => s + weight(p), 0)
    percent = Math.round(counted.reduce((s, p) => s + progressOf(p) * weight(p), 0) / totalWeight)
  }
  return { projects: projects.length, byStatus, percent, budget: budget / 100, spent: spent / 100 }
}

/** The latest measurement of an indicator and whether it reached its target (in the direction from baseline to target). */
export function indicatorStatus(indicator: Pick<PublicIndicator, 'baseline' | 'target' | 'measurements'>): {
  latest: { date: string; value: number } | null
  onTarget: boolean | null
} {
  const sorted = [...(indicator.measurements ?? [])].sort((a, b) => a.date.localeCompare(b.date))
  const latest = sorted.at(-1) ?? null
  if (!latest || indicator.target === null || indicator.target === undefined) return { latest, onTarget: null }
  const decreasing = indicator.baseline !== null && indicator.baseline !== undefined && indicator.target < indicator.baseline
  return { latest: { date: latest.date, value: latest.value }, onTarget: decreasing ? latest.value <= indicator.target : latest.value >= indicator.target }
}
