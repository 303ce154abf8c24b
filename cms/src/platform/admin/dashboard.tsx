import type { Payload, TypedUser, Where } from 'payload'
import { idOf } from '@quartieri/shared/platform/ids'
import { formatDateTime } from '@quartieri/shared/platform/dates'
import { assignedNeighbourhoodIds, roleOf } from '../access/roles.ts'
import { ACCESS_MATRIX, scopeOf } from '../access/matrix.ts'
import { reviewedCollections } from '../publishing/review.ts'

type Message = { it: string; en: string }

const text = {
  heading: { it: 'La tua bacheca', en: 'Your dashboard' },
  review: { it: 'Bozze da rivedere', en: 'Drafts to review' },
  mine: { it: 'Le tue bozze in revisione', en: 'Your drafts in review' },
  noReview: { it: 'Nessuna bozza da rivedere.', en: 'No draft to review.' },
  returned: { it: 'rimandata:', en: 'sent back:' },
  waiting: { it: 'in attesa di revisione', en: 'waiting for review' },
  scheduled: { it: 'Pubblicazioni programmate', en: 'Scheduled publications' },
  noScheduled: { it: 'Nessuna pubblicazione programmata.', en: 'Nothing scheduled.' },
  publish: { it: 'pubblicazione', en: 'publish' },
  unpublish: { it: 'ritiro', en: 'unpublish' },
  events: { it: 'Prossimi eventi con iscrizione', en: 'Upcoming events with sign-up' },
  noEvents: { it: 'Nessun evento con iscrizione in programma.', en: 'No upcoming event with sign-up.' },
  full: { it: 'Laboratori al completo', en: 'Full laboratories' },
  noFull: { it: 'Nessun laboratorio al completo.', en: 'No laboratory is full.' },
  recent: { it: 'Iscrizioni e annullamenti degli ultimi 7 giorni', en: 'Sign-ups and cancellations of the last 7 days' },
  noRecent: { it: 'Nessuna iscrizione negli ultimi 7 giorni.', en: 'No sign-up in the last 7 days.' },
  seats: { it: 'posti occupati', en: 'seats taken' },
  waitlisted: { it: 'in attesa', en: 'waiting' },
  roster: { it: 'Registro presenze', en: 'Attendance roster' },
  signedUp: { it: 'iscritta', en: 'signed up' },
  cancelled: { it: 'annullata', en: 'cancelled' },
  erased: { it: 'Persona con dati cancellati', en: 'Person whose data was erased' },
} satisfies Record<string, Message>

const LIMIT = 10
const DAY = 86_400_000
const SEATED = ['confirmed', 'awaiting']

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
}

type Doc = Record<string, unknown> & { id: number | string }

/** An operator's documents of a collection: those in their neighbourhoods, wherever the collection names them. */
function inNeighbourhoods(collection: string, ids: Array<number | string>): Where {
  const path = ACCESS_MATRIX[collection]?.neighbourhoodPath
  return path ? { [path]: { in: ids } } : { id: { exists: false } }
}

const titleOf = (payload: Payload, collection: string, doc: Doc) => {
  const field = payload.collections[collection as 'laboratories']?.config.admin.useAsTitle ?? 'title'
  return String(doc[field] ?? doc.title ?? doc.name ?? `#${doc.id}`)
}

/**
 * What each role needs first, above the collections: the drafts waiting for review (editors: all; operators: theirs,
 * with the editors' notes), what is scheduled, the upcoming events with their sign-ups, the labs that are full and
 * the latest sign-ups and cancellations, in the operator's neighbourhoods. Read as the staff member, so the access
 * matrix decides what shows.
 */
export async function Dashboard({ payload, user, i18n }: Props) {
  const role = roleOf(user as never)
  if (!role || !user) return null
  const language = i18n.language === 'en' ? 'en' : 'it'
  const t = (message: Message) => message[language]
  const admin = payload.config.routes.admin
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const assigned = assignedNeighbourhoodIds(user as never)
  const mineIn = (collection: string): Where => (role === 'operator' ? inNeighbourhoods(collection, assigned) : {})
  const mine: Where = role === 'operator' ? { neighbourhood: { in: assigned } } : {}
  const now = new Date()
  const editor = role !== 'operator'

  // Drafts in review, in every collection with drafts the user may read the drafts of.
  const reviewing: Array<{ collection: string; label: string; id: number | string; title: string; state: string; note?: string | null; at?: string | null }> = []
  for (const collection of reviewedCollections(payload)) {
    if (scopeOf(collection, 'update', role) === 'none') continue
    const where: Where = editor ? { 'review.state': { equals: 'requested' } } : { and: [{ 'review.state': { in: ['requested', 'returned'] } }, mineIn(collection)] }
    const found = await payload.find({ collection: collection as 'laboratories', where, draft: true, limit: LIMIT, sort: '-updatedAt', ...asUser })
    const label = payload.collections[collection as 'laboratories'].config.labels.singular
    for (const doc of found.docs as unknown as Doc[]) {
      const review = (doc.review ?? {}) as { state?: string; note?: string | null; at?: string | null }
      reviewing.push({
        collection,
        label: typeof label === 'object' ? String((label as Record<string, string>)[language] ?? '') : String(label),
        id: doc.id,
        title: titleOf(payload, collection, doc),
        state: review.state ?? 'requested',
        note: review.note,
        at: review.at,
      })
    }
  }

  // Scheduled publications not run yet, of documents the user may read.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { waitUntil: { greater_than: now.toISOString() } }] },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  const scheduled: Array<{ collection: string; id: number | string; title: string; type: string; at: string }> = []
  for (const job of jobs.docs) {
    const input = (job.input ?? {}) as { type?: string; doc?: { relationTo?: string; value?: unknown } }
    const collection = input.doc?.relationTo
    const id = idOf(input.doc?.value)
    if (!collection || id === undefined) continue
    const found = await payload.find({ collection: collection as 'laboratories', where: { and: [{ id: { equals: id } }, mineIn(collection)] }, draft: true, limit: 1, ...asUser })
    const doc = found.docs[0] as unknown as Doc | undefined
    if (!doc) continue
    scheduled.push({ collection, id: doc.id, title: titleOf(payload, collection, doc), type: input.type === 'unpublish' ? 'unpublish' : 'publish', at: String(job.waitUntil) })
    if (scheduled.length >= LIMIT) break
  }

  // Sign-ups, as the user may read them (an operator: their neighbourhoods').
  const registrations = async (where: Where) =>
    (await payload.find({ collection: 'registrations', where, pagination: false, select: { status: true, laboratory: true, event: true }, ...asUser })).docs
  const events = (
    await payload.find({
      collection: 'events',
      where: { and: [mine, { 'registration.mode': { equals: 'required' } }, { start: { greater_than_equal: now.toISOString() } }] },
      sort: 'start',
      limit: LIMIT,
      draft: true,
      ...asUser,
    })
  ).docs
  const eventSignups = events.length ? await registrations({ event: { in: events.map((e) => e.id) } }) : []
  const labs = (await payload.find({ collection: 'laboratories', where: { and: [mine, { phase: { not_equals: 'closed' } }] }, pagination: false, draft: true, ...asUser })).docs
  const labSignups = labs.length ? await registrations({ and: [{ laboratory: { in: labs.map((l) => l.id) } }, { status: { in: [...SEATED, 'waitlisted'] } }] }) : []
  const countFor = (list: typeof labSignups, field: 'laboratory' | 'event', id: number | string, statuses: string[]) =>
    list.filter((r) => String(idOf(r[field])) === String(id) && statuses.includes(r.status)).length
  const full = labs
    .map((lab) => ({ lab, seated: countFor(labSignups, 'laboratory', lab.id, SEATED), waiting: countFor(labSignups, 'laboratory', lab.id, ['waitlisted']) }))
    .filter(({ lab, seated }) => seated >= lab.capacity)
    .slice(0, LIMIT)
  const recent = (
    await payload.find({
      collection: 'registrations',
      where: { updatedAt: { greater_than: new Date(now.getTime() - 7 * DAY).toISOString() } },
      sort: '-updatedAt',
      limit: LIMIT,
      ...asUser,
      depth: 1,
    })
  ).docs

  const section = (title: string, empty: string, items: React.ReactNode[]) => (
    <section className="quartieri-dashboard-section" aria-label={title}>
      <h3>{title}</h3>
      {items.length === 0 ? <p>{empty}</p> : <ul>{items}</ul>}
    </section>
  )

  return (
    <div className="quartieri-dashboard">
      <h2 className="quartieri-dashboard-heading">{t(text.heading)}</h2>
      <div className="quartieri-dashboard-grid">
        {section(
          editor ? t(text.review) : t(text.mine),
          t(text.noReview),
          reviewing.map((r) => (
            <li key={`${r.collection}-${r.id}`}>
              <a href={`${admin}/collections/${r.collection}/${r.id}`}>{r.title}</a> <small>({r.label})</small>
              {r.at ? <small> · {formatDateTime(r.at, language)}</small> : null}
              {!editor ? <small> · {r.state === 'returned' ? `${t(text.returned)} ${r.note ?? ''}` : t(text.waiting)}</small> : null}
            </li>
          )),
        )}
        {section(
          t(text.scheduled),
          t(text.noScheduled),
          scheduled.map((s) => (
            <li key={`${s.collection}-${s.id}-${s.at}`}>
              <a href={`${admin}/collections/${s.collection}/${s.id}`}>{s.title}</a>
              <small>
                {' '}
                · {s.type === 'unpublish' ? t(text.unpublish) : t(text.publish)} {formatDateTime(s.at, language)}
              </small>
            </li>
          )),
        )}
        {section(
          t(text.events),
          t(text.noEvents),
          events.map((e) => (
            <li key={e.id}>
              <a href={`${admin}/collections/events/${e.id}`}>{e.title}</a> <small>· {formatDateTime(e.start, language)}</small>
              <small>
                {' '}
                · {countFor(eventSignups, 'event', e.id, SEATED)}/{e.registration?.capacity ?? '—'} {t(text.seats)}, {countFor(eventSignups, 'event', e.id, ['waitlisted'])}{' '}
                {t(text.waitlisted)}
              </small>
            </li>
          )),
        )}
        {section(
          t(text.full),
          t(text.noFull),
          full.map(({ lab, seated, waiting }) => (
            <li key={lab.id}>
              <a href={`${admin}/collections/laboratories/${lab.id}`}>{lab.title}</a>
              <small>
                {' '}
                · {seated}/{lab.capacity} {t(text.seats)}, {waiting} {t(text.waitlisted)} · <a href={`${admin}/presenze?laboratory=${lab.id}`}>{t(text.roster)}</a>
              </small>
            </li>
          )),
        )}
        {section(
          t(text.recent),
          t(text.noRecent),
          recent.map((r) => {
            const activity = (typeof r.laboratory === 'object' && r.laboratory ? r.laboratory : typeof r.event === 'object' && r.event ? r.event : null) as {
              title?: string
            } | null
            return (
              <li key={r.id}>
                <a href={`${admin}/collections/registrations/${r.id}`}>{r.erasedAt ? t(text.erased) : (r.name ?? `#${r.id}`)}</a>
                <small>
                  {' '}
                  · {activity?.title ?? ''} · {r.status === 'cancelled' ? t(text.cancelled) : t(text.signedUp)} {formatDateTime(r.updatedAt, language)}
                </small>
              </li>
            )
          }),
        )}
      </div>
    </div>
  )
}
