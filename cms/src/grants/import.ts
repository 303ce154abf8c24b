import type { GrantRecord } from '@quartieri/shared/results/import-record'
import { day, fingerprint, ImportReferenceError, upsertBySlug, type ImportPart, type Lookup } from '../platform/import/import-records.ts'
import { translated } from '../platform/import/translations.ts'

/* The grant calls' part of an import file, after the organizations and projects their awards name. */

function grantData(record: GrantRecord, ref: Lookup, index: number) {
  const at = (path: string) => `grants[${index}].${path}`
  return {
    title: translated(record.title),
    slug: record.slug,
    year: record.year,
    totalBudget: record.totalBudget ?? null,
    deadline: day(record.deadline),
    neighbourhoods: (record.neighbourhoods ?? []).map((n, i) => ref('neighbourhoods', n, at(`neighbourhoods[${i}]`)) as number),
    summary: translated(record.summary),
    awards: (record.awards ?? []).map((a, i) => ({
      beneficiary: ref('organizations', a.beneficiary, at(`awards[${i}].beneficiary`)) as number,
      amount: a.amount,
      awardedAt: day(a.awardedAt),
      project: a.project ? (ref('projects', a.project, at(`awards[${i}].project`)) as number) : null,
      purpose: translated(a.purpose),
      neighbourhood: a.neighbourhood ? (ref('neighbourhoods', a.neighbourhood, at(`awards[${i}].neighbourhood`)) as number) : null,
      legalBasis: a.legalBasis,
      office: a.office,
      responsible: a.responsible ?? null,
      selectionMethod: a.selectionMethod,
    })),
    _status: record.status,
  }
}

export const grantsImport: ImportPart = {
  name: 'grants',
  count: (file) => file.grants?.length ?? 0,
  async run(context) {
    const { payload, req, file, load } = context
    const grants = file.grants ?? []
    if (grants.length === 0) return
    await load(
      'neighbourhoods',
      grants.flatMap((g) => [...(g.neighbourhoods ?? []), ...(g.awards ?? []).flatMap((a) => (a.neighbourhood ? [a.neighbourhood] : []))]),
    )
    await load(
      'organizations',
      grants.flatMap((g) => (g.awards ?? []).map((a) => a.beneficiary)),
    )
    await load(
      'projects',
      grants.flatMap((g) => (g.awards ?? []).flatMap((a) => (a.project ? [a.project] : []))),
    )
    const { ref, problems } = context.references()
    const records = grants.map((g, i) => ({ record: g, data: grantData(g, ref, i) }))
    if (problems.length > 0) throw new ImportReferenceError(problems)
    for (const { record, data } of records) {
      context.record('grants', record.slug, await upsertBySlug(payload, req, 'grants', { ...data, importFingerprint: fingerprint(record) }, record.status === 'draft'))
    }
  },
}
