import { DateTime, IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon'
import { TIME_ZONE } from './dates.ts'

/**
 * Fast local-time arithmetic in the city's zone for the calendar's hot loops. Luxon asks Intl for the zone's
 * offset several times for every DateTime it builds in a zone (tens of microseconds each): with thousands of
 * events a calendar page spent most of its time there. Here the offset is asked once per quarter-hour and
 * remembered, and date-times written with a UTC offset (as the CMS writes them) are read by Date.parse;
 * anything else is left to luxon, so the results are luxon's.
 */
const zone = IANAZone.create(TIME_ZONE)
const QUARTER_HOUR_MS = 900_000
const offsets = new Map<number, number>()

/** The offset of the city's zone from UTC at an instant, in minutes (60 in winter, 120 in summer in Rome). */
export function zoneOffsetMinutes(ms: number): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS)
  let offset = offsets.get(quarter)
  if (offset === undefined) {
    offset = zone.offset(ms)
    // Remembered for the whole quarter-hour only when the clocks do not change within it.
    if (zone.offset(quarter * QUARTER_HOUR_MS) !== offset || zone.offset((quarter + 1) * QUARTER_HOUR_MS - 1) !== offset) return offset
    if (offsets.size > 200_000) offsets.clear()
    offsets.set(quarter, offset)
  }
  return offset
}

/**
 * The city's zone for luxon, answering offsets from the memo above. It is the same IANA zone (luxon finds it
 * equal to `IANAZone.create(TIME_ZONE)`, so `setZone(TIME_ZONE)` on a DateTime in it is free, as ical-generator
 * does for every date it writes), only faster.
 */
class MemoisedZone extends Zone {
  override get type(): string {
    return 'iana'
  }
  override get name(): string {
    return zone.name
  }
  override get isUniversal(): boolean {
    return false
  }
  override get isValid(): boolean {
    return zone.isValid
  }
  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return zone.offsetName(ts, options)!
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return zone.formatOffset(ts, format)
  }
  override offset(ts: number): number {
    return zoneOffsetMinutes(ts)
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === zone.name
  }
}

/** Europe/Rome for luxon (`{ zone: cityZone }`), with memoised offsets. */
export const cityZone: Zone = new MemoisedZone()

/** Wall-clock fields in the city's zone of an instant: the local date (YYYY-MM-DD), hour and minute. */
export interface LocalTime {
  day: string
  hour: number
  minute: number
}

/** The local date and time of an instant in the city's zone. */
export function localTime(ms: number): LocalTime {
  const shifted = new Date(ms + zoneOffsetMinutes(ms) * 60_000)
  return { day: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() }
}

/** The local date (YYYY-MM-DD) in the city's zone of an instant. */
export function localDayOf(ms: number): string {
  return new Date(ms + zoneOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10)
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/

/**
 * The instant (epoch ms) of an ISO 8601 date-time, as `DateTime.fromISO(iso, { zone }).toMillis()` gives it
 * (NaN when invalid). A complete date-time with `Z` or a `±hh:mm` offset is read directly; a date alone or a
 * time without an offset is read by luxon in `zone` (the system zone when none is given).
 */
export function instantOf(iso: string, inZone?: string | Zone): number {
  const m = WITH_OFFSET.exec(iso)
  if (m) {
    const n = (i: number) => Number(m[i] ?? 0)
    const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [n(1), n(2), n(3), n(4), n(5), n(6), n(7), n(8)]
    // Date.parse rolls 30 February over into March where luxon finds it invalid: such strings go to luxon.
    const valid =
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(year, month, 0)).getUTCDate() &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      offsetHours <= 23 &&
      offsetMinutes <= 59
    const ms = valid ? Date.parse(iso) : Number.NaN
    if (!Number.isNaN(ms)) return ms
  }
  return (inZone ? DateTime.fromISO(iso, { zone: inZone }) : DateTime.fromISO(iso)).toMillis()
}
