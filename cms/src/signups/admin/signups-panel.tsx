'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { scopeOf, type Role } from '../../platform/access/matrix.ts'
import { activityQuery, Confirmation, dateTime, FAILED, STATUS_LABELS, useLanguage, useStaffApi, type Message, type Roster } from '../../platform/admin/staff-api.tsx'

const text = {
  heading: { it: 'Iscrizioni', en: 'Sign-ups' },
  unsaved: { it: 'Le iscrizioni compariranno qui dopo il primo salvataggio.', en: 'Sign-ups will show here once the document is saved.' },
  loading: { it: 'Caricamento delle iscrizioni…', en: 'Loading the sign-ups…' },
  empty: { it: 'Ancora nessuna iscrizione.', en: 'No sign-ups yet.' },
  export: { it: 'Esporta in CSV', en: 'Export as CSV' },
  roster: { it: 'Registro presenze', en: 'Attendance roster' },
  search: { it: 'Cerca per nome o e-mail', en: 'Search by name or e-mail' },
  noMatch: { it: 'Nessuna iscrizione corrisponde alla ricerca.', en: 'No sign-up matches the search.' },
  name: { it: 'Nome', en: 'Name' },
  email: { it: 'E-mail', en: 'E-mail' },
  status: { it: 'Stato', en: 'Status' },
  signedUp: { it: 'Iscritto il', en: 'Signed up' },
  actions: { it: 'Azioni', en: 'Actions' },
  erasedPerson: { it: 'Dati cancellati', en: 'Data erased' },
  cancel: { it: 'Annulla', en: 'Cancel' },
  cancelFor: { it: 'Annulla l’iscrizione di', en: 'Cancel the sign-up of' },
  reason: { it: 'Motivo dell’annullamento', en: 'Reason for the cancellation' },
  reasonHelp: { it: 'Obbligatorio: viene inviato per e-mail alla persona.', en: 'Required: it is e-mailed to the person.' },
  confirmCancel: { it: 'Conferma l’annullamento', en: 'Confirm the cancellation' },
  erase: { it: 'Cancella i dati', en: 'Erase data' },
  eraseFor: { it: 'Cancella i dati di', en: 'Erase the data of' },
  eraseWarning: {
    it: 'Nome, e-mail, telefono ed esigenze di questa persona saranno cancellati da tutte le sue iscrizioni che gestisci. L’operazione non si può annullare; i conteggi restano, anonimi.',
    en: 'This person’s name, e-mail, phone and needs will be erased from all their sign-ups you manage. This cannot be undone; the counts stay, anonymous.',
  },
  confirmErase: { it: 'Sì, cancella i dati', en: 'Yes, erase the data' },
  back: { it: 'Indietro', en: 'Back' },
  working: { it: 'In corso…', en: 'Working…' },
  previous: { it: 'Precedenti', en: 'Previous' },
  next: { it: 'Successive', en: 'Next' },
  page: { it: 'Pagina', en: 'Page' },
  of: { it: 'di', en: 'of' },
  reasonMissing: { it: 'Scrivi il motivo (almeno 3 caratteri).', en: 'Write the reason (at least 3 characters).' },
} satisfies Record<string, Message>

const COUNTS: Array<{ key: keyof Roster['counts']; label: Message }> = [
  { key: 'seatsHeld', label: { it: 'Posti occupati', en: 'Seats taken' } },
  { key: 'confirmed', label: { it: 'Confermate', en: 'Confirmed' } },
  { key: 'awaiting', label: { it: 'In attesa di conferma', en: 'Awaiting confirmation' } },
  { key: 'waitlisted', label: { it: 'In lista d’attesa', en: 'Waitlisted' } },
  { key: 'cancelled', label: { it: 'Annullate', en: 'Cancelled' } },
  { key: 'expired', label: { it: 'Scadute', en: 'Expired' } },
]

const PAGE_SIZE = 25
const ACTIVE = new Set(['awaiting', 'confirmed', 'waitlisted'])

type Person = Roster['people'][number]

/** One sign-up's actions: cancel on the person's behalf (with a reason), erase the person's data (after a confirmation). */
function PersonActions({ person, may, onDone }: { person: Person; may: { cancel: boolean; erase: boolean }; onDone: (message: Message) => void }) {
  const { t } = useLanguage()
  const call = useStaffApi()
  const [mode, setMode] = useState<'idle' | 'cancel' | 'erase'>('idle')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [working, setWorking] = useState(false)
  const reasonId = useId()
  const helpId = useId()
  const who = person.name ?? person.email ?? `#${person.id}`

  const run = async (path: string, body: unknown) => {
    setWorking(true)
    setError(null)
    const res = await call(path, body)
    setWorking(false)
    if (!res.ok) return setError(res.body?.message ? t(res.body.message) : t(FAILED))
    setMode('idle')
    onDone(res.body?.message ?? FAILED)
  }

  if (person.erased) return null
  if (mode === 'cancel')
    return (
      // biome-ignore lint/a11y/useSemanticElements: a labelled group inside Payload's form; a fieldset would bring its own border and legend
      <div role="group" aria-label={`${t(text.cancelFor)} ${who}`} className="quartieri-person-action">
        <label htmlFor={reasonId}>{t(text.reason)}</label>
        <textarea id={reasonId} aria-describedby={helpId} aria-required="true" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        <p id={helpId}>{t(text.reasonHelp)}</p>
        {error ? <p role="alert">{error}</p> : null}
        <div className="quartieri-buttons">
          <Button
            buttonStyle="primary"
            size="small"
            disabled={working}
            onClick={() => (reason.trim().length < 3 ? setError(t(text.reasonMissing)) : void run(`/registrations/${person.id}/staff-cancel`, { reason }))}
          >
            {working ? t(text.working) : t(text.confirmCancel)}
          </Button>
          <Button buttonStyle="secondary" size="small" disabled={working} onClick={() => setMode('idle')}>
            {t(text.back)}
          </Button>
        </div>
      </div>
    )
  if (mode === 'erase')
    return (
      <Confirmation
        label={`${t(text.eraseFor)} ${who}`}
        lines={[t(text.eraseWarning)]}
        confirm={t(text.confirmErase)}
        working={working}
        error={error}
        onConfirm={() => void run(`/registrations/${person.id}/erase`, {})}
        onBack={() => setMode('idle')}
      />
    )
  return (
    <div className="quartieri-buttons">
      {may.cancel && ACTIVE.has(person.status) ? (
        <Button buttonStyle="secondary" size="small" aria-label={`${t(text.cancel)}: ${who}`} onClick={() => setMode('cancel')}>
          {t(text.cancel)}
        </Button>
      ) : null}
      {may.erase ? (
        <Button buttonStyle="secondary" size="small" aria-label={`${t(text.erase)}: ${who}`} onClick={() => setMode('erase')}>
          {t(text.erase)}
        </Button>
      ) : null}
    </div>
  )
}

/**
 * The sign-ups of the lab or event being edited, on its own page: the counts, the list with search and pages,
 * the CSV export, the attendance roster, and per person a cancellation on their behalf and the erasure of their data.
 * Only what the access matrix lets the staff member see and do (an operator: their neighbourhoods).
 */
export function SignupsPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth<{ role?: Role }>()
  const { config } = useConfig()
  const { language, t } = useLanguage()
  const call = useStaffApi()
  const kind = collectionSlug === 'events' ? 'events' : 'laboratories'
  const [roster, setRoster] = useState<Roster | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [page, setPage] = useState(1)
  const searchId = useId()
  const headingId = useId()
  const api = config.routes?.api ?? '/api'
  const admin = config.routes?.admin ?? '/admin'

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const res = await call<Roster>(`/registrations/roster?${activityQuery(kind, id)}`)
    if (res.ok && res.body) {
      setRoster(res.body)
      setProblem(null)
    } else setProblem(res.body?.message ? t(res.body.message) : t(FAILED))
  }, [call, id, kind, t])

  useEffect(() => {
    void load()
  }, [load])

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase()
    const people = roster?.people ?? []
    return needle ? people.filter((p) => `${p.name ?? ''} ${p.email ?? ''}`.toLowerCase().includes(needle)) : people
  }, [roster, query])

  const role = user?.role
  const may = { cancel: Boolean(role && scopeOf('registrations', 'cancel', role) !== 'none'), erase: Boolean(role && scopeOf('registrations', 'erase', role) !== 'none') }
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE))
  const current = Math.min(page, pages)
  const shown = matches.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)

  return (
    <section className="quartieri-signups-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(text.heading)}</h2>
      {id === undefined || id === null ? (
        <p>{t(text.unsaved)}</p>
      ) : problem ? (
        <p role="alert">{problem}</p>
      ) : !roster ? (
        <p role="status">{t(text.loading)}</p>
      ) : (
        <>
          <dl className="quartieri-counts">
            {COUNTS.map(({ key, label }) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>{roster.counts[key]}</dd>
              </div>
            ))}
          </dl>
          <div className="quartieri-buttons">
            <a className="btn btn--style-secondary btn--size-small" href={`${api}/registrations/export.csv?${activityQuery(kind, id)}`} download>
              {t(text.export)}
            </a>
            <a className="btn btn--style-secondary btn--size-small" href={`${admin}/presenze?${activityQuery(kind, id)}`}>
              {t(text.roster)}
            </a>
          </div>
          {notice ? <p role="status">{notice}</p> : null}
          {roster.people.length === 0 ? (
            <p>{t(text.empty)}</p>
          ) : (
            <>
              <label htmlFor={searchId}>{t(text.search)}</label>
              <input
                id={searchId}
                type="search"
                value={query}
                onChange={(e) => {
                  setQuery(e.target.value)
                  setPage(1)
                }}
              />
              {matches.length === 0 ? (
                <p>{t(text.noMatch)}</p>
              ) : (
                <table className="quartieri-table">
                  <thead>
                    <tr>
                      <th scope="col">{t(text.name)}</th>
                      <th scope="col">{t(text.email)}</th>
                      <th scope="col">{t(text.status)}</th>
                      <th scope="col">{t(text.signedUp)}</th>
                      <th scope="col">{t(text.actions)}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((person) => (
                      <tr key={person.id}>
                        <td>
                          {person.erased ? <em>{t(text.erasedPerson)}</em> : <a href={`${admin}/collections/registrations/${person.id}`}>{person.name ?? `#${person.id}`}</a>}
                        </td>
                        <td>{person.email ?? '—'}</td>
                        <td>{STATUS_LABELS[person.status] ? t(STATUS_LABELS[person.status]!) : person.status}</td>
                        <td>{dateTime(person.createdAt, language)}</td>
                        <td>
                          <PersonActions
                            person={person}
                            may={may}
                            onDone={(message) => {
                              setNotice(t(message))
                              void load()
                            }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {pages > 1 ? (
                <nav aria-label={t(text.heading)} className="quartieri-buttons">
                  <Button buttonStyle="secondary" size="small" disabled={current <= 1} onClick={() => setPage(current - 1)}>
                    {t(text.previous)}
                  </Button>
                  <span>
                    {t(text.page)} {current} {t(text.of)} {pages}
                  </span>
                  <Button buttonStyle="secondary" size="small" disabled={current >= pages} onClick={() => setPage(current + 1)}>
                    {t(text.next)}
                  </Button>
                </nav>
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  )
}
