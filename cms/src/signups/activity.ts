import type { Payload, TypedLocale, Where } from 'payload'
import { DEFAULT_LOCALE, type LocaleCode } from '@quartieri/shared/platform/locales'
import type { Event, Laboratory } from '../payload-types.ts'
import { idOf } from '@quartieri/shared/platform/ids'

/** What people sign up for: a laboratory or an event that requires registration. */
export type ActivityKind = 'laboratories' | 'events'

export interface Activity {
  kind: ActivityKind
  id: number | string
  title: string
  slug: string
  capacity: number
  opensAt?: string | null
  closesAt?: string | null
  /** Takes no sign-ups whatever the dates (a closed lab, a cancelled event, an event without registration). */
  closed: boolean
  neighbourhood: number | string | null
  /** For events: the event itself, to attach its calendar entry to mails. */
  event?: Event
}

/** The relationship field of a registration or seat claim that points at this kind of activity. */
export const activityField = (kind: ActivityKind) => (kind === 'laboratories' ? 'laboratory' : 'event') as 'laboratory' | 'event'

export function labActivity(lab: Laboratory): Activity {
  return {
    kind: 'laboratories',
    id: lab.id,
    title: lab.title,
    slug: lab.slug,
    capacity: lab.capacity,
    opensAt: lab.signupOpensAt,
    closesAt: lab.signupClosesAt,
    closed: lab.phase === 'closed',
    neighbourhood: idOf(lab.neighbourhood) ?? null,
  }
}

export function eventActivity(event: Event): Activity {
  return {
    kind: 'events',
    id: event.id,
    title: event.title,
    slug: event.slug,
    capacity: event.registration?.capacity ?? 0,
    opensAt: event.registration?.opensAt,
    // Without an explicit closing time, sign-up ends when the event starts.
    closesAt: event.registration?.closesAt ?? event.start,
    closed: Boolean(event.cancelled) || event.registration?.mode !== 'required',
    neighbourhood: idOf(event.neighbourhood) ?? null,
    event,
  }
}

/**
 * The texts of an activity (its title, and for an event the event itself) in one locale, Italian where a
 * text has no translation there; as it is in Italian, or when it no longer exists, the activity is returned unchanged.
 */
export async function translatedActivity<A extends Pick<Activity, 'kind' | 'id' | 'title' | 'event'>>(payload: Payload, activity: A, locale: LocaleCode): Promise<A> {
  if (locale === DEFAULT_LOCALE) return activity
  const read = { id: activity.id, depth: 0, locale: locale as TypedLocale, fallbackLocale: DEFAULT_LOCALE as TypedLocale, overrideAccess: true, disableErrors: true } as const
  if (activity.kind === 'laboratories') {
    const lab = await payload.findByID({ collection: 'laboratories', ...read })
    return lab ? { ...activity, title: lab.title } : activity
  }
  const event = await payload.findByID({ collection: 'events', ...read })
  return event ? { ...activity, title: event.title, event } : activity
}

/** An activity by id; `publishedOnly` for what citizens may sign up for. */
export async function loadActivity(payload: Payload, kind: ActivityKind, id: number | string, publishedOnly: boolean): Promise<Activity | null> {
  const where: Where = publishedOnly ? { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } : { id: { equals: id } }
  if (kind === 'laboratories') {
    const lab = (await payload.find({ collection: 'laboratories', where, depth: 0, limit: 1, overrideAccess: true })).docs[0]
    return lab ? labActivity(lab) : null
  }
  const event = (await payload.find({ collection: 'events', where, depth: 0, limit: 1, overrideAccess: true })).docs[0]
  return event ? eventActivity(event) : null
}

/** The activity a registration belongs to. */
export function activityOfRegistration(registration: { laboratory?: unknown; event?: unknown }): { kind: ActivityKind; id: number | string } | null {
  const event = idOf(registration.event)
  if (event !== undefined) return { kind: 'events', id: event }
  const lab = idOf(registration.laboratory)
  return lab !== undefined ? { kind: 'laboratories', id: lab } : null
}
