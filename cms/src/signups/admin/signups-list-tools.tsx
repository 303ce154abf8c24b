'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useId, useState } from 'react'
import { scopeOf, type Role } from '../../platform/access/matrix.ts'
import { Confirmation, FAILED, useLanguage, useStaffApi, type Message } from '../../platform/admin/staff-api.tsx'

const text = {
  heading: { it: 'Esportazione e cancellazione dei dati', en: 'Export and erasure of data' },
  export: { it: 'Esporta tutte le iscrizioni in CSV', en: 'Export every sign-up as CSV' },
  exportHelp: {
    it: 'Il file contiene le iscrizioni che puoi vedere. Per un solo laboratorio o evento, esporta dalla sua scheda.',
    en: 'The file holds the sign-ups you may see. For one lab or event, export from its page.',
  },
  roster: { it: 'Registro presenze', en: 'Attendance roster' },
  eraseLabel: { it: 'Cancella i dati di una persona (indirizzo e-mail)', en: 'Erase a person’s data (e-mail address)' },
  eraseHelp: {
    it: 'Per una richiesta di cancellazione: nome, e-mail, telefono ed esigenze spariscono da tutte le iscrizioni di quell’indirizzo che gestisci; i conteggi restano, anonimi.',
    en: 'For an erasure request: name, e-mail, phone and needs go from every sign-up of that address you manage; the counts stay, anonymous.',
  },
  erase: { it: 'Cancella i dati', en: 'Erase data' },
  confirm: { it: 'Confermi? L’operazione non si può annullare.', en: 'Are you sure? This cannot be undone.' },
  yes: { it: 'Sì, cancella i dati', en: 'Yes, erase the data' },
  invalid: { it: 'Scrivi un indirizzo e-mail valido.', en: 'Write a valid e-mail address.' },
  erasedCount: { it: 'Iscrizioni anonimizzate:', en: 'Sign-ups anonymised:' },
} satisfies Record<string, Message>

const mayErase = (role: Role | undefined) => Boolean(role && scopeOf('registrations', 'erase', role) !== 'none')

/** Above the sign-ups list: the CSV export, the roster, and a person's erasure by e-mail address (with a confirmation). */
export function SignupsListTools() {
  const { config } = useConfig()
  const { user } = useAuth<{ role?: Role }>()
  const { t } = useLanguage()
  const call = useStaffApi()
  const [email, setEmail] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({ kind: 'idle' })
  const emailId = useId()
  const helpId = useId()
  const api = config.routes?.api ?? '/api'
  const admin = config.routes?.admin ?? '/admin'

  const erase = async () => {
    setState({ kind: 'working' })
    const res = await call<{ erased?: number }>('/registrations/erase', { email: email.trim() })
    setConfirming(false)
    if (!res.ok) return setState({ kind: 'error', message: res.body?.message ? t(res.body.message) : t(FAILED) })
    setEmail('')
    setState({ kind: 'done', message: `${t(res.body?.message ?? FAILED)} ${t(text.erasedCount)} ${res.body?.erased ?? 0}.` })
  }

  return (
    <section className="quartieri-list-tools" aria-label={t(text.heading)}>
      <div className="quartieri-buttons">
        <a className="btn btn--style-secondary btn--size-small" href={`${api}/registrations/export.csv`} download aria-describedby={`${helpId}-export`}>
          {t(text.export)}
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={`${admin}/presenze`}>
          {t(text.roster)}
        </a>
      </div>
      <p id={`${helpId}-export`}>{t(text.exportHelp)}</p>
      {mayErase(user?.role) ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return setState({ kind: 'error', message: t(text.invalid) })
            setState({ kind: 'idle' })
            setConfirming(true)
          }}
        >
          <label htmlFor={emailId}>{t(text.eraseLabel)}</label>
          <p id={helpId}>{t(text.eraseHelp)}</p>
          <div className="quartieri-buttons">
            <input id={emailId} type="email" autoComplete="off" aria-describedby={helpId} value={email} onChange={(e) => setEmail(e.target.value)} disabled={confirming} />
            {!confirming ? (
              <Button type="submit" buttonStyle="secondary" size="small">
                {t(text.erase)}
              </Button>
            ) : null}
          </div>
          {confirming ? (
            <Confirmation
              label={t(text.confirm)}
              lines={[t(text.confirm)]}
              confirm={t(text.yes)}
              working={state.kind === 'working'}
              onConfirm={() => void erase()}
              onBack={() => setConfirming(false)}
            />
          ) : null}
          {state.kind === 'error' ? <p role="alert">{state.message}</p> : state.kind === 'done' ? <p role="status">{state.message}</p> : null}
        </form>
      ) : null}
    </section>
  )
}

/** On a sign-up's own page: erase the person's data (after a confirmation), for those the access matrix lets erase. */
export function EraseOnePerson() {
  const { user } = useAuth<{ role?: Role }>()
  const { id } = useDocumentInfo()
  const { t } = useLanguage()
  const call = useStaffApi()
  const erasedAt = useFormFields(([fields]) => fields.erasedAt?.value as string | undefined)
  const [confirming, setConfirming] = useState(false)
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({ kind: 'idle' })
  if (!mayErase(user?.role) || id === undefined || (erasedAt && state.kind !== 'done')) return null
  const erase = async () => {
    setState({ kind: 'working' })
    const res = await call(`/registrations/${id}/erase`, {})
    if (!res.ok) return setState({ kind: 'error', message: res.body?.message ? t(res.body.message) : t(FAILED) })
    setState({ kind: 'done', message: t(res.body?.message ?? FAILED) })
    window.setTimeout(() => window.location.reload(), 1500)
  }
  return (
    <div className="quartieri-erase-person">
      {state.kind === 'done' ? (
        <p role="status">{state.message}</p>
      ) : !confirming ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setConfirming(true)}>
          {t(text.erase)}
        </Button>
      ) : (
        <Confirmation
          label={t(text.erase)}
          lines={[t(text.eraseHelp), t(text.confirm)]}
          confirm={t(text.yes)}
          working={state.kind === 'working'}
          error={state.kind === 'error' ? state.message : null}
          onConfirm={() => void erase()}
          onBack={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
