'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { formatLongDay, formatTime } from '@quartieri/shared/platform/dates'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { activityQuery, FAILED, useLanguage, useStaffApi, type Message, type Roster } from '../../platform/admin/staff-api.tsx'

const text = {
  meeting: { it: 'Incontro', en: 'Meeting' },
  noMeetings: {
    it: 'Questa attività non ha incontri in calendario: aggiungili nella sua scheda per registrare le presenze.',
    en: 'This activity has no meetings in its calendar: add them on its page to take attendance.',
  },
  loading: { it: 'Caricamento…', en: 'Loading…' },
  present: { it: 'Presenti', en: 'Present' },
  walkIns: { it: 'Senza iscrizione', en: 'Walk-ins' },
  total: { it: 'Totale', en: 'Total' },
  totalsNote: { it: 'Il totale va nel rapporto di trasparenza.', en: 'The total goes into the transparency report.' },
  codeLabel: { it: 'Codice di ingresso', en: 'Check-in code' },
  codeHelp: {
    it: 'Scrivi il codice della e-mail di conferma (per esempio 123-ABCDEF), oppure inquadra il codice QR con la fotocamera del telefono.',
    en: 'Type the code from the confirmation e-mail (for example 123-ABCDEF), or scan the QR code with the phone’s camera.',
  },
  checkIn: { it: 'Registra l’ingresso', en: 'Check in' },
  search: { it: 'Cerca per nome', en: 'Search by name' },
  people: { it: 'Persone con un posto', en: 'People with a seat' },
  noPeople: { it: 'Nessuna persona con un posto confermato.', en: 'No one with a confirmed seat.' },
  noMatch: { it: 'Nessuna persona corrisponde alla ricerca.', en: 'No one matches the search.' },
  isPresent: { it: 'Presente', en: 'Present' },
  isAbsent: { it: 'Assente', en: 'Absent' },
  awaiting: { it: 'non ha ancora confermato', en: 'has not confirmed yet' },
  erased: { it: 'Persona con dati cancellati', en: 'Person whose data was erased' },
  walkInsLabel: { it: 'Persone venute senza iscrizione', en: 'People who came without signing up' },
  fewer: { it: 'Una in meno', en: 'One fewer' },
  more: { it: 'Una in più', en: 'One more' },
  saveWalkIns: { it: 'Salva', en: 'Save' },
  walkInsSaved: { it: 'Persone senza iscrizione salvate.', en: 'Walk-ins saved.' },
  backToActivity: { it: 'Torna alla scheda', en: 'Back to the activity' },
  chooseAnother: { it: 'Scegli un’altra attività', en: 'Choose another activity' },
} satisfies Record<string, Message>

interface Props {
  laboratory: string | null
  event: string | null
  code: string | null
  meeting: string | null
}

type Activity = { kind: 'laboratories' | 'events'; id: string | number }

/** The roster of one meeting: who has a seat, a present/absent toggle each, check-in by code, walk-ins and the totals. */
export function RosterScreen(props: Props) {
  const { config } = useConfig()
  const { language, t } = useLanguage()
  const call = useStaffApi()
  const admin = config.routes?.admin ?? '/admin'
  const initial: Activity | null = props.event ? { kind: 'events', id: props.event } : props.laboratory ? { kind: 'laboratories', id: props.laboratory } : null
  const [activity, setActivity] = useState<Activity | null>(initial)
  const [meeting, setMeeting] = useState<string | null>(props.meeting)
  const [roster, setRoster] = useState<Roster | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [code, setCode] = useState('')
  const [query, setQuery] = useState('')
  const [walkIns, setWalkIns] = useState('0')
  const [busy, setBusy] = useState<string | null>(null)
  const scanned = useRef(false)
  const ids = { meeting: useId(), code: useId(), codeHelp: useId(), search: useId(), walkIns: useId(), people: useId() }

  const load = useCallback(
    async (target: Activity, at: string | null) => {
      const res = await call<Roster>(`/registrations/roster?${activityQuery(target.kind, target.id)}${at ? `&meeting=${encodeURIComponent(at)}` : ''}`)
      if (!res.ok || !res.body) return setProblem(res.body?.message ? t(res.body.message) : t(FAILED))
      setProblem(null)
      setRoster(res.body)
      setWalkIns(String(res.body.meeting?.walkIns ?? 0))
      if (res.body.meeting) setMeeting(res.body.meeting.start)
    },
    [call, t],
  )

  const checkIn = useCallback(
    async (value: string, at: string | null) => {
      setBusy('code')
      const res = await call<{ person?: { name?: string | null }; activity?: Activity; meeting?: { start: string } }>('/registrations/check-in', {
        code: value,
        ...(at ? { meeting: at } : {}),
      })
      setBusy(null)
      if (!res.ok || !res.body) {
        setNotice(null)
        return setProblem(res.body?.message ? t(res.body.message) : t(FAILED))
      }
      setProblem(null)
      setNotice(`${t(res.body.message ?? FAILED)} ${res.body.person?.name ?? ''}`.trim())
      setCode('')
      const target = res.body.activity ?? null
      if (target) {
        setActivity(target)
        await load(target, res.body.meeting?.start ?? at)
      }
    },
    [call, load, t],
  )

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the address the screen was opened with
  useEffect(() => {
    // A QR code scanned with the phone's camera opens this screen with the code: the person is checked in once.
    if (props.code && !scanned.current) {
      scanned.current = true
      void checkIn(props.code, props.meeting)
    } else if (initial && !roster) void load(initial, props.meeting)
  }, [])

  const chooseMeeting = (start: string) => {
    setMeeting(start)
    if (!activity) return
    const url = new URL(window.location.href)
    url.searchParams.set('meeting', start)
    url.searchParams.delete('codice')
    window.history.replaceState(null, '', url)
    void load(activity, start)
  }

  const toggle = async (person: Roster['people'][number]) => {
    if (!activity || !meeting) return
    setBusy(String(person.id))
    const res = await call('/registrations/roster/attendance', {
      [activity.kind === 'events' ? 'event' : 'laboratory']: activity.id,
      meeting,
      registration: person.id,
      present: !person.present,
    })
    setBusy(null)
    if (!res.ok) return setProblem(res.body?.message ? t(res.body.message) : t(FAILED))
    setProblem(null)
    await load(activity, meeting)
  }

  const saveWalkIns = async (value: number) => {
    if (!activity || !meeting) return
    setBusy('walk-ins')
    const res = await call('/registrations/roster/walk-ins', { [activity.kind === 'events' ? 'event' : 'laboratory']: activity.id, meeting, walkIns: value })
    setBusy(null)
    if (!res.ok) return setProblem(res.body?.message ? t(res.body.message) : t(FAILED))
    setProblem(null)
    setNotice(t(text.walkInsSaved))
    await load(activity, meeting)
  }

  const seated = useMemo(() => (roster?.people ?? []).filter((p) => p.status === 'confirmed' || p.status === 'awaiting'), [roster])
  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase()
    return needle ? seated.filter((p) => (p.name ?? '').toLowerCase().includes(needle)) : seated
  }, [seated, query])
  const walkInsNumber = Number.parseInt(walkIns, 10)

  return (
    <div>
      {roster ? (
        <p className="quartieri-roster-activity">
          <strong>{roster.activity.title}</strong> · <a href={`${admin}/collections/${roster.activity.kind}/${roster.activity.id}`}>{t(text.backToActivity)}</a> ·{' '}
          <a href={`${admin}/presenze`}>{t(text.chooseAnother)}</a>
        </p>
      ) : null}
      <div aria-live="polite">
        {problem ? <p role="alert">{problem}</p> : null}
        {notice ? <p role="status">{notice}</p> : null}
      </div>
      {!roster ? (
        activity || props.code ? (
          problem ? null : (
            <p role="status">{t(text.loading)}</p>
          )
        ) : null
      ) : roster.meetings.length === 0 ? (
        <p>{t(text.noMeetings)}</p>
      ) : (
        <>
          <div className="quartieri-field">
            <label htmlFor={ids.meeting}>{t(text.meeting)}</label>
            <select id={ids.meeting} value={meeting ?? ''} onChange={(e) => chooseMeeting(e.target.value)}>
              {roster.meetings.map((m) => (
                <option key={m.start} value={m.start}>
                  {`${formatLongDay(new Date(m.start), language)}, ${formatTime(new Date(m.start), language)}`}
                </option>
              ))}
            </select>
          </div>
          {roster.meeting ? (
            <dl className="quartieri-counts" aria-describedby={`${ids.people}-note`}>
              <div>
                <dt>{t(text.present)}</dt>
                <dd>{roster.meeting.present}</dd>
              </div>
              <div>
                <dt>{t(text.walkIns)}</dt>
                <dd>{roster.meeting.walkIns}</dd>
              </div>
              <div>
                <dt>{t(text.total)}</dt>
                <dd>{roster.meeting.total}</dd>
              </div>
            </dl>
          ) : null}
          <p id={`${ids.people}-note`}>{t(text.totalsNote)}</p>

          <form
            className="quartieri-field"
            onSubmit={(e) => {
              e.preventDefault()
              if (code.trim()) void checkIn(code.trim(), meeting)
            }}
          >
            <label htmlFor={ids.code}>{t(text.codeLabel)}</label>
            <p id={ids.codeHelp}>{t(text.codeHelp)}</p>
            <div className="quartieri-buttons">
              <input id={ids.code} aria-describedby={ids.codeHelp} autoComplete="off" autoCapitalize="characters" value={code} onChange={(e) => setCode(e.target.value)} />
              <Button type="submit" buttonStyle="primary" size="medium" disabled={busy === 'code'}>
                {t(text.checkIn)}
              </Button>
            </div>
          </form>

          <h2 id={ids.people}>
            {t(text.people)} ({seated.length})
          </h2>
          {seated.length === 0 ? (
            <p>{t(text.noPeople)}</p>
          ) : (
            <>
              <div className="quartieri-field">
                <label htmlFor={ids.search}>{t(text.search)}</label>
                <input id={ids.search} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              </div>
              {shown.length === 0 ? <p>{t(text.noMatch)}</p> : null}
              <ul className="quartieri-roster-list" aria-labelledby={ids.people}>
                {shown.map((person) => (
                  <li key={person.id}>
                    <button type="button" className="quartieri-toggle" aria-pressed={person.present} disabled={busy === String(person.id)} onClick={() => void toggle(person)}>
                      <span className="quartieri-toggle-name">
                        {person.erased ? t(text.erased) : (person.name ?? `#${person.id}`)}
                        {person.status === 'awaiting' ? <small> ({t(text.awaiting)})</small> : null}
                      </span>
                      <span className="quartieri-toggle-state">{person.present ? t(text.isPresent) : t(text.isAbsent)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}

          <form
            className="quartieri-field"
            onSubmit={(e) => {
              e.preventDefault()
              if (Number.isInteger(walkInsNumber) && walkInsNumber >= 0) void saveWalkIns(walkInsNumber)
            }}
          >
            <label htmlFor={ids.walkIns}>{t(text.walkInsLabel)}</label>
            <div className="quartieri-buttons">
              <Button
                buttonStyle="secondary"
                size="medium"
                aria-label={t(text.fewer)}
                onClick={() => setWalkIns(String(Math.max(0, (Number.isInteger(walkInsNumber) ? walkInsNumber : 0) - 1)))}
              >
                −
              </Button>
              <input id={ids.walkIns} type="number" inputMode="numeric" min={0} max={100000} step={1} value={walkIns} onChange={(e) => setWalkIns(e.target.value)} />
              <Button buttonStyle="secondary" size="medium" aria-label={t(text.more)} onClick={() => setWalkIns(String((Number.isInteger(walkInsNumber) ? walkInsNumber : 0) + 1))}>
                +
              </Button>
              <Button type="submit" buttonStyle="primary" size="medium" disabled={busy === 'walk-ins'}>
                {t(text.saveWalkIns)}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  )
}
