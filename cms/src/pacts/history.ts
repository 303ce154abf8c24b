import type { Endpoint, Payload } from 'payload'
import { publicHistory } from '@quartieri/shared/pacts/registry'
import { pactKindLabels, pactStatusLabels, resourceKindLabels } from '@quartieri/shared/pacts/labels'
import { isDocumentId } from '../platform/http/document-ids.ts'
import { idOf, type Id } from '@quartieri/shared/platform/ids'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'
import { PERMALINK_PATHS } from '@quartieri/shared/platform/permalinks'

const day = (value: unknown) => (typeof value === 'string' && value ? new Date(value).toLocaleDateString('it-IT', { timeZone: TIME_ZONE }) : '')
const euro = (value: unknown) => (typeof value === 'number' ? `${value.toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €` : '')

interface Names {
  neighbourhoods: Map<string, string>
  organizations: Map<string, string>
  pacts: Map<string, string>
}

/** Published names of the documents the versions point to (a draft's name never shows). */
async function namesFor(payload: Payload, versions: Array<Record<string, unknown>>): Promise<Names> {
  const ids = { neighbourhoods: new Set<Id>(), organizations: new Set<Id>(), pacts: new Set<Id>() }
  for (const v of versions) {
    for (const n of (v.neighbourhoods as unknown[]) ?? []) if (idOf(n) !== undefined) ids.neighbourhoods.add(idOf(n)!)
    for (const s of [...((v.signatories as Array<Record<string, unknown>>) ?? []), ...((v.commitments as Array<Record<string, unknown>>) ?? [])]) {
      if (idOf(s.organization) !== undefined) ids.organizations.add(idOf(s.organization)!)
    }
    if (idOf(v.renews) !== undefined) ids.pacts.add(idOf(v.renews)!)
  }
  const lookup = async (collection: 'neighbourhoods' | 'organizations' | 'pacts', wanted: Set<Id>, label: (doc: Record<string, unknown>) => string) => {
    if (wanted.size === 0) return new Map<string, string>()
    const found = await payload.find({ collection, where: { id: { in: [...wanted] } }, depth: 0, limit: wanted.size, pagination: false, overrideAccess: false })
    return new Map(found.docs.map((doc) => [String(doc.id), label(doc as unknown as Record<string, unknown>)]))
  }
  return {
    neighbourhoods: await lookup('neighbourhoods', ids.neighbourhoods, (d) => String(d.name)),
    organizations: await lookup('organizations', ids.organizations, (d) => String(d.name)),
    pacts: await lookup('pacts', ids.pacts, (d) => `${String(d.code)} ${String(d.title)}`),
  }
}

/** A published version as field → text, in the registry's words; only public fields. */
function flatten(v: Record<string, unknown>, names: Names): Record<string, string> {
  const org = (value: unknown) => names.organizations.get(String(idOf(value))) ?? ''
  const act = (v.approvalAct ?? {}) as { number?: string; date?: string }
  const signatories = ((v.signatories as Array<Record<string, unknown>>) ?? []).map((s) =>
    [org(s.organization) || String(s.office ?? ''), s.role ? `(${String(s.role)})` : '', s.signedAt ? `firmato il ${day(s.signedAt)}` : ''].filter(Boolean).join(' '),
  )
  const commitments = ((v.commitments as Array<Record<string, unknown>>) ?? []).map((c) =>
    [
      c.party === 'municipality' ? 'Comune' : org(c.organization) || 'Partner',
      `: ${String(c.description ?? '')}`,
      ` — ${resourceKindLabels[c.resourceKind as keyof typeof resourceKindLabels]?.it ?? ''}`,
      c.amount ? `, ${euro(c.amount)}` : '',
      c.quantity ? `, ${String(c.quantity)} ore` : '',
    ].join(''),
  )
  return {
    code: String(v.code ?? ''),
    title: String(v.title ?? ''),
    address: typeof v.slug === 'string' && v.slug ? `/${PERMALINK_PATHS.pacts}/${v.slug}` : '',
    kind: pactKindLabels[v.kind as keyof typeof pactKindLabels]?.it ?? '',
    status: pactStatusLabels[v.status as keyof typeof pactStatusLabels]?.it ?? '',
    neighbourhoods: ((v.neighbourhoods as unknown[]) ?? [])
      .map((n) => names.neighbourhoods.get(String(idOf(n))) ?? '')
      .filter(Boolean)
      .join(', '),
    approvalAct: act.number ? `n. ${act.number}${act.date ? ` del ${day(act.date)}` : ''}` : '',
    signedAt: day(v.signedAt),
    validity: [day(v.validFrom), day(v.validUntil)].some(Boolean) ? `${day(v.validFrom) || '…'} – ${day(v.validUntil) || '…'}` : '',
    renews: idOf(v.renews) !== undefined ? (names.pacts.get(String(idOf(v.renews))) ?? '') : '',
    summary: String(v.summary ?? ''),
    objectives: String(v.objectivesText ?? ''),
    signatories: signatories.join('; '),
    volunteers: typeof v.volunteers === 'number' && v.volunteers > 0 ? String(v.volunteers) : '',
    commitments: commitments.join('; '),
  }
}

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** GET /api/pacts/:id/history — the public change log: published versions only, public fields only. */
export const historyEndpoint: Endpoint = {
  path: '/:id/history',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (!isDocumentId(req.payload, 'pacts', id)) {
      return json(400, { error: 'Identificativo non valido / invalid id' })
    }
    const visible = await req.payload.find({ collection: 'pacts', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false })
    if (visible.docs.length === 0) return json(404, { error: 'Patto non trovato / pact not found' })
    const versions = await req.payload.findVersions({
      collection: 'pacts',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    const docs = versions.docs.map((d) => ({ publishedAt: String(d.updatedAt ?? d.createdAt), version: d.version as unknown as Record<string, unknown> }))
    const names = await namesFor(
      req.payload,
      docs.map((d) => d.version),
    )
    return json(200, { entries: publicHistory(docs.map((d) => ({ publishedAt: d.publishedAt, fields: flatten(d.version, names) }))).reverse() })
  },
}
