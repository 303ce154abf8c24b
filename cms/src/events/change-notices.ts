import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'
import { DEFAULT_LOCALE } from '@quartieri/shared/platform/locales'
import type { Event } from '../payload-types.ts'
import { mailLanguage, sitePageUrl, type MailLanguage } from '../platform/mail/mail-language.ts'
import { escapeHtml } from '@quartieri/shared/platform/html'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'
import { QUEUES, type Task } from '../platform/jobs/jobs.ts'

type Locale = MailLanguage

const when = (iso: string | null | undefined, locale: Locale) =>
  iso ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(iso)) : '—'

const beforeKey = (id: unknown) => `event-last-published:${String(id)}`

/**
 * On publishing, compares with the last *published* version (a change may have been saved as a draft
 * first): calendar clients update an event only when its SEQUENCE grows, so every published change raises it,
 * and the previous published state is kept for the change notices sent after the write.
 */
export const raiseSequenceOnPublishedChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  const last = await req.payload.findVersions({
    collection: 'events',
    where: { and: [{ parent: { equals: originalDoc.id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const before = last.docs[0]?.version as Event | undefined
  if (!before) return data
  data.sequence = (Number(before.sequence) || 0) + 1
  req.context[beforeKey(originalDoc.id)] = before
  return data
}

export interface EventChange {
  field: 'start' | 'end' | 'place' | 'cancelled'
  before: string
  after: string
}

/** What a registrant must know about: date, time, place, or cancellation. */
export function noticeableChanges(before: Event, after: Event, locale: Locale): EventChange[] {
  const changes: EventChange[] = []
  if (before.start !== after.start) changes.push({ field: 'start', before: when(before.start, locale), after: when(after.start, locale) })
  if ((before.end ?? null) !== (after.end ?? null)) changes.push({ field: 'end', before: when(before.end, locale), after: when(after.end, locale) })
  const place = (e: Event) => [e.venue?.name, e.venue?.address].filter(Boolean).join(', ')
  if (place(before) !== place(after)) changes.push({ field: 'place', before: place(before) || '—', after: place(after) || '—' })
  if (!before.cancelled && after.cancelled) changes.push({ field: 'cancelled', before: '', after: after.cancellationReason ?? '' })
  return changes
}

const labels: Record<Locale, Record<EventChange['field'], string>> = {
  it: { start: 'Inizio', end: 'Fine', place: 'Luogo', cancelled: 'Annullato' },
  en: { start: 'Start', end: 'End', place: 'Place', cancelled: 'Cancelled' },
}

/** The mail in `locale`, with the event's texts in it and a link to its page in the person's locale (`pages`). */
function noticeMail(event: Event, changes: EventChange[], locale: Locale, pages: unknown) {
  const url = sitePageUrl(pages, `/eventi/${event.slug}`)
  const cancelled = changes.some((c) => c.field === 'cancelled')
  const subject = cancelled
    ? locale === 'it'
      ? `Evento annullato: ${event.title}`
      : `Event cancelled: ${event.title}`
    : locale === 'it'
      ? `Evento modificato: ${event.title}`
      : `Event changed: ${event.title}`
  const lines = changes.map((c) =>
    c.field === 'cancelled'
      ? locale === 'it'
        ? `L'evento è stato annullato.${c.after ? ` Motivo: ${c.after}` : ''}`
        : `The event has been cancelled.${c.after ? ` Reason: ${c.after}` : ''}`
      : `${labels[locale][c.field]}: ${c.before} → ${c.after}`,
  )
  const intro =
    locale === 'it' ? `Ti scriviamo perché sei iscritto all'evento «${event.title}», che è cambiato:` : `You are signed up for the “${event.title}” event, which has changed:`
  const text = [intro, '', ...lines, '', url].join('\n')
  const html = `<!doctype html><html lang="${locale}"><body><p>${escapeHtml(intro)}</p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p></body></html>`
  return { subject, text, html }
}

/** The fields a notice compares, as they were last published: what the job needs of the event before the change. */
const NOTICED = ['start', 'end', 'venue', 'cancelled'] as const

/**
 * After a change of date, time or place, or a cancellation, of a published event: one job per confirmed registrant,
 * so that no mail is sent inside the staff's save and each one is retried on its own while the mail server refuses it.
 */
export async function queueChangeNotices(payload: Payload, before: Event, after: Event): Promise<number> {
  if (noticeableChanges(before, after, 'it').length === 0) return 0
  const registrants = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: after.id } }, { status: { equals: 'confirmed' } }, { email: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true },
  })
  const snapshot = Object.fromEntries(NOTICED.map((field) => [field, before[field] ?? null]))
  for (const r of registrants.docs) await payload.jobs.queue({ task: 'event-change-notice', input: { event: after.id, registration: r.id, before: snapshot }, queue: QUEUES.now })
  return registrants.docs.length
}

/**
 * The job of one notice: the person's mail, in their language, comparing the event as it was (`before`) with the
 * published event now, in that language (Italian where untranslated). A sign-up no longer confirmed or erased gets nothing.
 */
export async function sendChangeNotice(payload: Payload, input: { event: number | string; registration: number | string; before: Record<string, unknown> }): Promise<boolean> {
  const r = await payload.findByID({ collection: 'registrations', id: input.registration, depth: 0, overrideAccess: true, disableErrors: true })
  if (!r?.email || r.status !== 'confirmed') return false
  const locale = mailLanguage(r.locale)
  const event = await payload.findByID({ collection: 'events', id: input.event, depth: 0, locale, fallbackLocale: DEFAULT_LOCALE, overrideAccess: true, disableErrors: true })
  if (!event) return false
  const before = { ...event, ...input.before } as Event
  const changes = noticeableChanges(before, event, locale)
  if (changes.length === 0) return false
  const { subject, text, html } = noticeMail(event, changes, locale, r.locale)
  // A refusal is thrown: the queue tries again.
  await payload.sendEmail({ to: r.email, subject, text, html })
  return true
}

/** After a published event changes date, time or place, or is cancelled, its registrants are told (once, after the write). */
export const notifyRegistrantsOfChanges: CollectionAfterChangeHook<Event> = async ({ doc, req }) => {
  const before = req.context[beforeKey(doc.id)] as Event | undefined
  if (req.context.skipNotices || doc._status !== 'published' || !before) return doc
  try {
    await queueChangeNotices(req.payload, before, doc)
  } catch (err) {
    req.payload.logger.error({ err, msg: `change notices of event ${doc.id} could not be queued` })
  }
  return doc
}

/** The events' jobs: the change notices. */
export const EVENT_TASKS: Task[] = [
  {
    slug: 'event-change-notice',
    label: 'Eventi: avviso di modifica a una persona iscritta',
    inputSchema: [
      { name: 'event', type: 'number', required: true },
      { name: 'registration', type: 'number', required: true },
      { name: 'before', type: 'json', required: true },
    ],
    retries: { attempts: 8, backoff: { type: 'exponential', delay: 15_000 } },
    handler: async ({ input, req }) => ({ output: { sent: await sendChangeNotice(req.payload, input as Parameters<typeof sendChangeNotice>[1]) } }),
  },
]
