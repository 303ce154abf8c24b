import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Payload } from 'payload'
import { DEFAULT_LOCALE } from '@quartieri/shared/platform/locales'
import type { Event } from '../payload-types.ts'
import { mailLanguage, sitePageUrl, type MailLanguage } from '../platform/mail/mail-language.ts'
import { escapeHtml } from '@quartieri/shared/platform/html'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'

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

/** One mail to every confirmed registrant, in their language: the event's title and reason for cancelling too, Italian where untranslated. */
export async function sendChangeNotices(payload: Payload, before: Event, after: Event): Promise<number> {
  if (noticeableChanges(before, after, 'it').length === 0) return 0
  const registrants = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: after.id } }, { status: { equals: 'confirmed' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  // `after` is in the language staff saved it in; each mail reads the published event in its own.
  const texts = new Map<Locale, Promise<Event>>()
  const eventIn = (locale: Locale) => {
    if (!texts.has(locale)) {
      const read = payload.findByID({ collection: 'events', id: after.id, depth: 0, locale, fallbackLocale: DEFAULT_LOCALE, overrideAccess: true, disableErrors: true })
      texts.set(
        locale,
        read.then((event) => event ?? after),
      )
    }
    return texts.get(locale)!
  }
  let sent = 0
  for (const r of registrants.docs) {
    if (!r.email) continue
    const locale = mailLanguage(r.locale)
    const event = await eventIn(locale)
    const { subject, text, html } = noticeMail(event, noticeableChanges(before, event, locale), locale, r.locale)
    try {
      await payload.sendEmail({ to: r.email, subject, text, html })
      sent++
    } catch (err) {
      payload.logger.error({ err, msg: `Change notice for event ${after.id} could not be sent` })
    }
  }
  return sent
}

/** After a published event changes date, time or place, or is cancelled, its registrants are told (once, after the write). */
export const notifyRegistrantsOfChanges: CollectionAfterChangeHook<Event> = ({ doc, req }) => {
  const before = req.context[beforeKey(doc.id)] as Event | undefined
  if (req.context.skipNotices || doc._status !== 'published' || !before) return doc
  if (noticeableChanges(before, doc, 'it').length === 0) return doc
  setTimeout(() => {
    sendChangeNotices(req.payload, before, doc).catch((err: unknown) => req.payload.logger.error({ err, msg: 'change notices failed' }))
  }, 0)
  return doc
}
