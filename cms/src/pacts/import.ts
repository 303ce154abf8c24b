import type { OrganizationRecord, PactRecord } from '@quartieri/shared/pacts/import-record'
import { day, fingerprint, ImportReferenceError, richText, upsertBySlug, type EditorConfig, type Id, type ImportPart, type Lookup } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'
import { importProjectsOf, projectCount } from '../projects/import.ts'

/* The pacts' part of an import file: organizations, then pacts (renewed ones first) with their projects and indicators. */

function organizationData(record: OrganizationRecord, neighbourhood: (slug: string, path: string) => Id, index: number) {
  return {
    name: record.name,
    slug: record.slug,
    kind: record.kind,
    neighbourhoods: (record.neighbourhoods ?? []).map((n, i) => neighbourhood(n, `organizations[${index}].neighbourhoods[${i}]`) as number),
    website: record.website ?? null,
    taxCode: record.taxCode ?? null,
    description: record.description ?? null,
    _status: record.status,
  }
}

function pactData(editorConfig: EditorConfig, record: PactRecord, ref: Lookup, index: number) {
  const at = (path: string) => `pacts[${index}].${path}`
  return {
    code: record.code,
    title: translated(record.title),
    slug: record.slug,
    kind: record.kind,
    status: record.pactStatus,
    neighbourhoods: record.neighbourhoods.map((n, i) => ref('neighbourhoods', n, at(`neighbourhoods[${i}]`)) as number),
    laboratory: record.laboratory ? (ref('laboratories', record.laboratory, at('laboratory')) as number) : null,
    renews: record.renews ? (ref('pacts', record.renews, at('renews')) as number) : null,
    summary: translated(record.summary),
    objectives: richText(editorConfig, record.objectives),
    approvalAct: record.approvalAct ? { number: record.approvalAct.number, date: day(record.approvalAct.date) } : { number: null, date: null },
    signedAt: day(record.signedAt),
    validFrom: day(record.validFrom),
    validUntil: day(record.validUntil),
    signatories: (record.signatories ?? []).map((s, i) => ({
      organization: s.organization ? (ref('organizations', s.organization, at(`signatories[${i}].organization`)) as number) : null,
      office: s.office ?? null,
      role: translated(s.role),
      signedAt: day(s.signedAt),
    })),
    volunteers: record.volunteers ?? 0,
    commitments: (record.commitments ?? []).map((c, i) => ({
      party: c.party,
      organization: c.organization ? (ref('organizations', c.organization, at(`commitments[${i}].organization`)) as number) : null,
      description: translated(c.description),
      resourceKind: c.resourceKind,
      amount: c.amount ?? null,
      quantity: c.quantity ?? null,
    })),
    _status: record.status,
  }
}

/** Pacts that renew another pact of the same file come after it. */
function renewalOrder(pacts: PactRecord[]): PactRecord[] {
  const bySlug = new Map(pacts.map((p) => [p.slug, p]))
  const done = new Set<string>()
  const out: PactRecord[] = []
  const visit = (pact: PactRecord, trail: Set<string>) => {
    if (done.has(pact.slug) || trail.has(pact.slug)) return
    trail.add(pact.slug)
    const renewed = pact.renews ? bySlug.get(pact.renews) : undefined
    if (renewed) visit(renewed, trail)
    done.add(pact.slug)
    out.push(pact)
  }
  for (const pact of pacts) visit(pact, new Set())
  return out
}

export const pactsImport: ImportPart = {
  name: 'pacts',
  count: (file) => (file.organizations?.length ?? 0) + (file.pacts ?? []).reduce((n, p) => n + 1 + projectCount(p), 0),
  async run(context) {
    const { payload, req, editorConfig, file, load } = context
    const organizations = file.organizations ?? []
    const pacts = renewalOrder(file.pacts ?? [])
    if (organizations.length === 0 && pacts.length === 0) return
    await load('neighbourhoods', [
      ...organizations.flatMap((o) => o.neighbourhoods ?? []),
      ...pacts.flatMap((p) => [...p.neighbourhoods, ...(p.projects ?? []).flatMap((x) => (x.neighbourhood ? [x.neighbourhood] : []))]),
    ])
    await load(
      'laboratories',
      pacts.flatMap((p) => (p.laboratory ? [p.laboratory] : [])),
    )
    const { ref, problems } = context.references()
    const inFile = new Set(pacts.map((p) => p.slug))
    // References are checked before anything of this part is written.
    for (const [i, o] of organizations.entries()) organizationData(o, (n, path) => ref('neighbourhoods', n, path), i)
    await load('organizations', [
      ...organizations.map((o) => o.slug),
      ...pacts.flatMap((p) => [...(p.signatories ?? []), ...(p.commitments ?? [])].flatMap((s) => (s.organization ? [s.organization] : []))),
    ])
    const orgsInFile = new Set(organizations.map((o) => o.slug))
    await load(
      'pacts',
      pacts.flatMap((p) => (p.renews && !inFile.has(p.renews) ? [p.renews] : [])),
    )
    const fileIndex = new Map((file.pacts ?? []).map((p, i) => [p.slug, i]))
    for (const p of pacts) {
      const i = fileIndex.get(p.slug)!
      const check: Lookup = (kind, slug, path) => {
        if ((kind === 'organizations' && orgsInFile.has(slug)) || (kind === 'pacts' && inFile.has(slug))) return 0
        return ref(kind, slug, path)
      }
      pactData(editorConfig, { ...p, objectives: undefined }, check, i)
      for (const [j, x] of (p.projects ?? []).entries()) if (x.neighbourhood) ref('neighbourhoods', x.neighbourhood, `pacts[${i}].projects[${j}].neighbourhood`)
    }
    // Renewals go back in time: a loop (A renews B, B renews A) is a mistake in the file.
    const renewsOf = new Map(pacts.map((p) => [p.slug, p.renews]))
    for (const p of pacts) {
      const seen = new Set([p.slug])
      for (let next = p.renews; next !== undefined && renewsOf.has(next); next = renewsOf.get(next)) {
        if (seen.has(next)) {
          problems.push({
            path: `pacts[${fileIndex.get(p.slug)}].renews`,
            message: `I rinnovi formano un cerchio ("${p.slug}" rinnova se stesso attraverso "${p.renews}") / renewals form a loop`,
          })
          break
        }
        seen.add(next)
      }
    }
    if (problems.length > 0) throw new ImportReferenceError(problems)

    for (const [i, record] of organizations.entries()) {
      const data = { ...organizationData(record, (n, path) => ref('neighbourhoods', n, path), i), importFingerprint: fingerprint(record) }
      context.record('organizations', record.slug, await upsertBySlug(payload, req, 'organizations', data, record.status === 'draft'))
    }
    await load(
      'organizations',
      organizations.map((o) => o.slug),
    )
    for (const record of pacts) {
      const data = { ...pactData(editorConfig, record, ref, fileIndex.get(record.slug)!), importFingerprint: fingerprint(record) }
      context.record('pacts', record.slug, await upsertBySlug(payload, req, 'pacts', data, record.status === 'draft'))
      const pactId = (await load('pacts', [record.slug])).get(record.slug)!
      await importProjectsOf(context, record, pactId)
    }
  },
}
