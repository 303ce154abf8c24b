import { COLLATOR, figure, inRange, reportYears, romeYear, type Figure, type RecordRef, type ReportFilters } from '../transparency/figures.ts'

/* The participants' part of the transparency report: people who signed up online (counted in the CMS, which alone sees who), and head counts staff entered for offline sessions. */

/** A confirmed sign-up reduced to what counting needs: `person` is an opaque key (never shown). */
export interface ParticipantRecord {
  person: string
  year: number
  neighbourhood?: string
  activity: { kind: 'laboratory' | 'event'; slug: string; title: string }
}

/** What the CMS returns about participants: counts only, never who. */
export interface ParticipantSummary {
  total: number
  byYear: Array<{ year: number; people: number }>
  byActivity: Array<{ kind: 'laboratory' | 'event'; slug: string; title: string; people: number }>
}

/** People counted by staff at an offline session (a lab meeting or an event), entered in the CMS. */
export interface OfflineCount {
  date: string
  neighbourhood?: string
  count: number
  activity: { kind: 'laboratory' | 'event'; slug: string; title: string }
}

/** A meeting's head count kept by the CMS's attendance roster (people checked in and walk-ins): numbers only. */
export interface RosterTotal {
  kind: 'laboratory' | 'event'
  slug: string
  meeting: string
  total: number
}

const sameMinute = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) < 60_000

/**
 * Staff head counts with the roster's: a meeting counted with the roster takes the roster's total in place of a
 * number typed for it in the calendar; a roster of a meeting with no typed number adds one. Rosters of activities
 * not in `activities` (not published) are left out.
 */
export function withRosterTotals(
  typed: readonly OfflineCount[],
  roster: readonly RosterTotal[],
  activities: ReadonlyMap<string, { title: string; neighbourhood?: string }>,
): OfflineCount[] {
  const counted = roster.filter((r) => activities.has(`${r.kind} ${r.slug}`) && r.total > 0)
  const replaced = (c: OfflineCount) => counted.some((r) => r.kind === c.activity.kind && r.slug === c.activity.slug && sameMinute(r.meeting, c.date))
  const fromRoster = counted.map((r): OfflineCount => {
    const activity = activities.get(`${r.kind} ${r.slug}`)!
    return { date: r.meeting, neighbourhood: activity.neighbourhood, count: r.total, activity: { kind: r.kind, slug: r.slug, title: activity.title } }
  })
  return [...typed.filter((c) => !replaced(c)), ...fromRoster]
}

/**
 * How many distinct people signed up, from the CMS's confirmed sign-ups: one person is one `person` key, so
 * someone who came in two years or to two activities counts once in the total, once in each year and once
 * in each activity. Only counts leave this function, never keys. A sign-up without a neighbourhood never
 * matches a neighbourhood filter.
 */
export function countParticipants(records: readonly ParticipantRecord[], filters: ReportFilters): ParticipantSummary {
  const everyone = new Set<string>()
  const byYear = new Map<number, Set<string>>()
  const byActivity = new Map<string, { activity: ParticipantRecord['activity']; people: Set<string> }>()
  for (const record of records) {
    if (!inRange(record.year, filters)) continue
    if (filters.neighbourhood !== undefined && record.neighbourhood !== filters.neighbourhood) continue
    everyone.add(record.person)
    let year = byYear.get(record.year)
    if (!year) {
      year = new Set()
      byYear.set(record.year, year)
    }
    year.add(record.person)
    const key = `${record.activity.kind}:${record.activity.slug}`
    let activity = byActivity.get(key)
    if (!activity) {
      activity = { activity: record.activity, people: new Set() }
      byActivity.set(key, activity)
    }
    activity.people.add(record.person)
  }
  return {
    total: everyone.size,
    byYear: reportYears(filters).map((year) => ({ year, people: byYear.get(year)?.size ?? 0 })),
    byActivity: [...byActivity.values()]
      .map(({ activity, people }) => ({ kind: activity.kind, slug: activity.slug, title: activity.title, people: people.size }))
      .sort((a, b) => b.people - a.people || COLLATOR.compare(a.title, b.title) || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug)),
  }
}

export interface CountedSession {
  year: number
  count: number
  ref: RecordRef
}

/** The public page of a lab or event. */
function activityRecord(activity: OfflineCount['activity']): RecordRef {
  return { kind: activity.kind, label: activity.title, path: `${activity.kind === 'laboratory' ? '/laboratori' : '/eventi'}/${activity.slug}` }
}

/** Staff head counts in the range and neighbourhood; a count not placed in a neighbourhood never matches one. */
export function countedSessions(offline: readonly OfflineCount[], filters: ReportFilters): CountedSession[] {
  const sessions: CountedSession[] = []
  for (const session of offline) {
    const year = romeYear(session.date)
    if (!inRange(year, filters)) continue
    if (filters.neighbourhood !== undefined && session.neighbourhood !== filters.neighbourhood) continue
    sessions.push({ year, count: session.count, ref: { ...activityRecord(session.activity), amount: session.count } })
  }
  return sessions
}

/** Attendance summed over sessions, one record per activity with its attendance. */
export const offlineFigure = (sessions: readonly CountedSession[]): Figure =>
  figure(
    sessions.reduce((sum, s) => sum + s.count, 0),
    sessions.map((s) => s.ref),
  )

/** What the participants' figures count, in words. */
export const PARTICIPANT_DEFINITIONS: Record<string, { it: string; en: string }> = {
  participants: {
    it: 'Persone diverse con un’iscrizione online confermata a un laboratorio o a un evento pubblicato, nell’anno dell’iscrizione. Chi si iscrive in più anni o a più attività è contato una sola volta nel totale del periodo, e una volta per ogni anno.',
    en: 'Distinct people with a confirmed online sign-up to a published lab or event, in the year they signed up. Someone who signs up in several years or to several activities is counted once in the period total, and once in each year.',
  },
  offlineParticipants: {
    it: 'Presenze contate dal personale agli incontri dei laboratori e agli eventi, nell’anno dell’incontro. Sono presenze, non persone: chi partecipa a tre incontri è contato tre volte. Con un quartiere scelto contano solo gli incontri assegnati a quel quartiere.',
    en: 'Attendance counted by staff at lab meetings and events, in the year of the meeting. These are attendances, not people: someone who comes to three meetings is counted three times. With a neighbourhood selected, only meetings assigned to it count.',
  },
}
