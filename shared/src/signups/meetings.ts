import { publicEventSchema } from '../events/event.ts'
import { localDay, occurrencesOf } from '../events/occurrences.ts'

/** One meeting people come to: a lab's dated session, or one occurrence of an event. */
export interface Meeting {
  /** The instant it starts (ISO), which names it in the attendance records. */
  start: string
  /** Its local date in Europe/Rome (YYYY-MM-DD). */
  day: string
}

/** A recurring event's roster reaches this far: a weekly event over two years. */
const MAX_EVENT_MEETINGS = 120
const TWO_YEARS_MS = 2 * 366 * 86_400_000

const byStart = (a: Meeting, b: Meeting) => Date.parse(a.start) - Date.parse(b.start)

/** The meetings of a lab, from its calendar, in date order; a session without a valid date is no meeting. */
export function labMeetings(sessions: ReadonlyArray<{ startsAt?: string | null }> | null | undefined): Meeting[] {
  const meetings: Meeting[] = []
  for (const session of sessions ?? []) {
    const ms = Date.parse(session.startsAt ?? '')
    if (Number.isNaN(ms)) continue
    const start = new Date(ms)
    meetings.push({ start: start.toISOString(), day: localDay(start) })
  }
  return meetings.sort(byStart)
}

/** The meetings of an event: the event itself, or each occurrence of a recurring one (at most MAX_EVENT_MEETINGS). */
export function eventMeetings(event: unknown): Meeting[] {
  const parsed = publicEventSchema.safeParse(event)
  if (!parsed.success) return []
  const first = Date.parse(parsed.data.start)
  if (Number.isNaN(first)) return []
  return occurrencesOf(parsed.data, new Date(first), new Date(first + TWO_YEARS_MS))
    .slice(0, MAX_EVENT_MEETINGS)
    .map((o) => ({ start: o.start.toISOString(), day: o.day }))
}

/**
 * The meeting staff most likely stand at: today's (the first of today's, in Europe/Rome), else the last one
 * before now, else the next one. Null for an activity without meetings.
 */
export function currentMeeting(meetings: readonly Meeting[], now: Date): Meeting | null {
  if (meetings.length === 0) return null
  const today = localDay(now)
  const todays = meetings.find((m) => m.day === today)
  if (todays) return todays
  const past = meetings.filter((m) => Date.parse(m.start) <= now.getTime())
  return past.at(-1) ?? meetings[0]!
}

/** The meeting an instant names, compared to the minute (a date typed or stored with seconds still matches). */
export function findMeeting(meetings: readonly Meeting[], start: string): Meeting | null {
  const ms = Date.parse(start)
  if (Number.isNaN(ms)) return null
  return meetings.find((m) => Math.abs(Date.parse(m.start) - ms) < 60_000) ?? null
}

/** Whether a person's attendance row is for this meeting. */
export const isRowOf = (meeting: Meeting, row: { sessionDate?: string | null }) => findMeeting([meeting], row.sessionDate ?? '') !== null

/** The head count of a meeting as the transparency report reads it: people checked in from the roster and walk-ins. */
export function meetingTotal(present: number, walkIns: number): number {
  return Math.max(0, Math.trunc(present)) + Math.max(0, Math.trunc(walkIns))
}
