import { z } from 'zod'
import { id, money, ref } from '../platform/schema.ts'
import { romeDay } from '../platform/dates.ts'

export const ORGANIZATION_KINDS = ['association', 'volunteer-group', 'business', 'third-sector', 'school', 'informal-group', 'institution'] as const
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]

export const PACT_KINDS = ['collaboration-pact', 'citizenship-agreement', 'memorandum'] as const
export type PactKind = (typeof PACT_KINDS)[number]

/** The statuses staff set, in the order a pact goes through them. */
export const PACT_STATUSES = ['drafting', 'approved', 'signed', 'in-progress', 'completed'] as const
export type PactStatus = (typeof PACT_STATUSES)[number]
/** What the public sees: the stored status, or "expired" once the validity has ended. */
export const PUBLIC_PACT_STATUSES = [...PACT_STATUSES, 'expired'] as const
export type PublicPactStatus = (typeof PUBLIC_PACT_STATUSES)[number]

export const RESOURCE_KINDS = ['money', 'in-kind', 'hours', 'space'] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

export const PARTIES = ['municipality', 'partner'] as const
export type Party = (typeof PARTIES)[number]

/** Signatory groups as the registry counts them (volunteers are a count, never names). */
export const SIGNATORY_GROUPS = ['associations', 'volunteers', 'businesses', 'others'] as const
export type SignatoryGroup = (typeof SIGNATORY_GROUPS)[number]

export const organizationSchema = z.object({ id, name: z.string(), slug: z.string(), kind: z.enum(ORGANIZATION_KINDS), website: z.string().nullish() })
export type PublicOrganization = z.infer<typeof organizationSchema>

export const signatorySchema = z.object({
  organization: z.union([organizationSchema, id]).nullish(),
  office: z.string().nullish(),
  role: z.string().nullish(),
  signedAt: z.string().nullish(),
})

export const commitmentSchema = z.object({
  party: z.enum(PARTIES),
  organization: z.union([organizationSchema, id]).nullish(),
  description: z.string(),
  resourceKind: z.enum(RESOURCE_KINDS),
  amount: money,
  quantity: z.number().nullish(),
})

export const fileSchema = z.object({
  id,
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  alt: z.string().nullish(),
})

/** A pact as the CMS publishes it (REST, depth 1). */
export const publicPactSchema = z.object({
  id,
  code: z.string(),
  title: z.string(),
  slug: z.string(),
  kind: z.enum(PACT_KINDS),
  neighbourhoods: z.array(ref).nullish(),
  laboratory: ref.nullish(),
  status: z.enum(PACT_STATUSES),
  approvalAct: z.object({ number: z.string().nullish(), date: z.string().nullish() }).nullish(),
  signedAt: z.string().nullish(),
  validFrom: z.string().nullish(),
  validUntil: z.string().nullish(),
  renews: z.union([z.object({ id, slug: z.string(), code: z.string(), title: z.string() }), id]).nullish(),
  summary: z.string().nullish(),
  objectivesHtml: z.string().nullish(),
  objectivesText: z.string().nullish(),
  signatories: z.array(signatorySchema).nullish(),
  volunteers: z.number().int().nullish(),
  commitments: z.array(commitmentSchema).nullish(),
  attachments: z.array(z.object({ file: z.union([fileSchema, id]).nullish(), label: z.string().nullish() })).nullish(),
  updatedAt: z.string(),
  createdAt: z.string(),
})
export type PublicPact = z.infer<typeof publicPactSchema>
export type Signatory = z.infer<typeof signatorySchema>
export type Commitment = z.infer<typeof commitmentSchema>

/** Rome's date at `now`, remembered for the last instant asked: a registry page asks it for every pact. */
let today = { ms: Number.NaN, day: '' }
function todayOf(now: Date): string {
  if (now.getTime() !== today.ms) today = { ms: now.getTime(), day: romeDay(now) ?? '' }
  return today.day
}

/**
 * The status the public sees: "expired" when the validity ended before today (Rome) and the pact was not
 * completed; a pact still being drafted never expires.
 */
export function publicStatus(pact: Pick<PublicPact, 'status' | 'validUntil'>, now = new Date()): PublicPactStatus {
  if (pact.status === 'completed' || pact.status === 'drafting') return pact.status
  const until = romeDay(pact.validUntil)
  if (until !== null && until < todayOf(now)) return 'expired'
  return pact.status
}

/** The year the pact was signed, in Rome, or null. */
export function signingYear(pact: Pick<PublicPact, 'signedAt'>): number | null {
  const day = romeDay(pact.signedAt)
  return day === null ? null : Number(day.slice(0, 4))
}

export interface BudgetTotals {
  /** Euro committed, by party and resource kind (money, and the stated value of the rest). */
  byParty: Record<Party, Record<ResourceKind, number>>
  partyTotal: Record<Party, number>
  byKind: Record<ResourceKind, number>
  total: number
  /** Hours pledged, when commitments give them. */
  hours: number
}

const zeroKinds = (): Record<ResourceKind, number> => ({ money: 0, 'in-kind': 0, hours: 0, space: 0 })
/** Sums in cents, so totals of euro amounts do not drift. */
export const cents = (amount: number | null | undefined) => Math.round((amount ?? 0) * 100)

/** Budget totals of a pact's commitments: by party (municipality vs partners) and by resource kind. */
export function budgetTotals(commitments: ReadonlyArray<Pick<Commitment, 'party' | 'resourceKind' | 'amount' | 'quantity'>> | null | undefined): BudgetTotals {
  const byParty = { municipality: zeroKinds(), partner: zeroKinds() }
  let hours = 0
  for (const c of commitments ?? []) {
    byParty[c.party][c.resourceKind] += cents(c.amount)
    if (c.resourceKind === 'hours') hours += c.quantity ?? 0
  }
  const toEuro = (k: Record<ResourceKind, number>) => Object.fromEntries(RESOURCE_KINDS.map((r) => [r, k[r] / 100])) as Record<ResourceKind, number>
  const sum = (k: Record<ResourceKind, number>) => RESOURCE_KINDS.reduce((s, r) => s + k[r], 0)
  const byKindCents = Object.fromEntries(RESOURCE_KINDS.map((r) => [r, byParty.municipality[r] + byParty.partner[r]])) as Record<ResourceKind, number>
  return {
    byParty: { municipality: toEuro(byParty.municipality), partner: toEuro(byParty.partner) },
    partyTotal: { municipality: sum(byParty.municipality) / 100, partner: sum(byParty.partner) / 100 },
    byKind: toEuro(byKindCents),
    total: sum(byKindCents) / 100,
    hours,
  }
}

/** The registry's group for an organisation kind. */
export function signatoryGroup(kind: OrganizationKind): Exclude<SignatoryGroup, 'volunteers'> {
  if (kind === 'association' || kind === 'third-sector' || kind === 'volunteer-group') return 'associations'
  if (kind === 'business') return 'businesses'
  return 'others'
}

/**
 * Signatories by kind: organisations counted once each (by group), individual volunteers as their count;
 * the municipality's own offices are not counted.
 */
export function signatoryCounts(pact: Pick<PublicPact, 'signatories' | 'volunteers'>): Record<SignatoryGroup, number> & { total: number } {
  const counts = { associations: 0, volunteers: Math.max(0, pact.volunteers ?? 0), businesses: 0, others: 0 }
  const seen = new Set<string>()
  for (const s of pact.signatories ?? []) {
    const org = s.organization
    if (typeof org !== 'object' || org === null) continue
    if (seen.has(String(org.id))) continue
    seen.add(String(org.id))
    counts[signatoryGroup(org.kind)]++
  }
  return { ...counts, total: counts.associations + counts.volunteers + counts.businesses + counts.others }
}
