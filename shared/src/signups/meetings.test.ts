import { describe, expect, it } from 'vitest'
import { currentMeeting, eventMeetings, findMeeting, isRowOf, labMeetings, meetingTotal } from './meetings.ts'

const event = (fields: Record<string, unknown> = {}) => ({
  id: 7,
  title: 'Sportello casa',
  slug: 'sportello-casa',
  type: 'info-desk',
  start: '2027-03-01T09:30:00+01:00',
  end: '2027-03-01T12:30:00+01:00',
  updatedAt: '2027-01-10T10:00:00.000Z',
  createdAt: '2027-01-01T08:00:00.000Z',
  ...fields,
})

describe('labMeetings', () => {
  it('lists the dated sessions in date order with their local day, leaving out a session without a date', () => {
    const meetings = labMeetings([{ startsAt: '2027-04-20T16:00:00.000Z' }, { startsAt: null }, { startsAt: '2027-04-06T22:30:00.000Z' }])
    // 22:30 UTC on 6 April is already 7 April in Rome (summer time, UTC+2).
    expect(meetings).toEqual([
      { start: '2027-04-06T22:30:00.000Z', day: '2027-04-07' },
      { start: '2027-04-20T16:00:00.000Z', day: '2027-04-20' },
    ])
    expect(labMeetings(undefined)).toEqual([])
  })
})

describe('eventMeetings', () => {
  it('is the event itself for a one-off event', () => {
    expect(eventMeetings(event())).toEqual([{ start: '2027-03-01T08:30:00.000Z', day: '2027-03-01' }])
  })

  it('is each occurrence of a weekly event, up to its end date', () => {
    const meetings = eventMeetings(event({ recurrence: { frequency: 'weekly', byDay: ['MO', 'FR'], until: '2027-03-12' } }))
    expect(meetings.map((m) => m.day)).toEqual(['2027-03-01', '2027-03-05', '2027-03-08', '2027-03-12'])
  })

  it('is nothing for a record that is not an event', () => {
    expect(eventMeetings({ title: 'senza data' })).toEqual([])
  })
})

describe('currentMeeting', () => {
  const meetings = labMeetings([{ startsAt: '2027-04-06T16:00:00.000Z' }, { startsAt: '2027-04-20T16:00:00.000Z' }, { startsAt: '2027-05-04T16:00:00.000Z' }])

  it("is today's meeting, even hours before it starts", () => {
    expect(currentMeeting(meetings, new Date('2027-04-20T06:00:00.000Z'))?.day).toBe('2027-04-20')
  })

  it('is the last one before now on a day without a meeting, and the first one before any', () => {
    expect(currentMeeting(meetings, new Date('2027-04-25T10:00:00.000Z'))?.day).toBe('2027-04-20')
    expect(currentMeeting(meetings, new Date('2027-01-01T10:00:00.000Z'))?.day).toBe('2027-04-06')
    expect(currentMeeting([], new Date())).toBeNull()
  })
})

describe('findMeeting and isRowOf', () => {
  const meetings = labMeetings([{ startsAt: '2027-04-06T16:00:00.000Z' }])

  it('match the same minute however the instant is written, and nothing else', () => {
    expect(findMeeting(meetings, '2027-04-06T18:00:30+02:00')).toEqual(meetings[0])
    expect(findMeeting(meetings, '2027-04-06T17:00:00.000Z')).toBeNull()
    expect(findMeeting(meetings, 'domani')).toBeNull()
    expect(isRowOf(meetings[0]!, { sessionDate: '2027-04-06T16:00:00.000Z' })).toBe(true)
    expect(isRowOf(meetings[0]!, { sessionDate: null })).toBe(false)
  })
})

describe('meetingTotal', () => {
  it('adds the people checked in and the walk-ins, never below zero', () => {
    expect(meetingTotal(12, 5)).toBe(17)
    expect(meetingTotal(3, -2)).toBe(3)
  })
})
