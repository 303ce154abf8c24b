'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useId, useState } from 'react'
import { scopeOf, type Role } from '../platform/access/matrix.ts'

const text = {
  open: { it: 'Annulla per conto della persona', en: 'Cancel on the person’s behalf' },
  intro: {
    it: 'Annulla l’iscrizione quando la persona lo chiede per telefono, di persona o non può più partecipare. Il posto passa alla prima persona in lista d’attesa.',
    en: 'Cancel the sign-up when the person asks by phone or in person, or can no longer attend. The seat goes to the first person on the waiting list.',
  },
  reason: { it: 'Motivo', en: 'Reason' },
  reasonHelp: {
    it: 'Obbligatorio. Viene inviato per e-mail alla persona e resta nel registro dell’iscrizione.',
    en: 'Required. It is e-mailed to the person and kept with the sign-up.',
  },
  confirm: { it: 'Conferma l’annullamento', en: 'Confirm the cancellation' },
  back: { it: 'Indietro', en: 'Back' },
  working: { it: 'Annullamento in corso…', en: 'Cancelling…' },
  done: { it: 'Iscrizione annullata: la persona è stata avvisata per e-mail.', en: 'Sign-up cancelled: the person has been told by e-mail.' },
  reasonMissing: { it: 'Scrivi il motivo dell’annullamento (almeno 3 caratteri).', en: 'Write the reason for the cancellation (at least 3 characters).' },
  failed: { it: 'L’annullamento non è riuscito: riprova.', en: 'The cancellation failed: try again.' },
}

type Language = 'it' | 'en'
type Message = { it: string; en: string }

/**
 * Staff cancel a sign-up on the person's behalf, with a reason, through the sign-up service (the status
 * field itself is read-only): shown to the roles the access matrix lets cancel, on sign-ups still active.
 */
export function StaffCancel() {
  const { user } = useAuth<{ role?: Role }>()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const language: Language = i18n.language === 'en' ? 'en' : 'it'
  const t = (message: Message) => message[language]
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({ kind: 'idle' })
  const reasonId = useId()
  const helpId = useId()

  const may = Boolean(user?.role && scopeOf('registrations', 'cancel', user.role) !== 'none')
  if (!may || id === undefined || (status === 'cancelled' && state.kind !== 'done') || status === 'expired') return null

  // Inside the document's own form: a button of ours, never a nested form that would submit Payload's.
  const submit = async () => {
    if (reason.trim().length < 3) return setState({ kind: 'error', message: t(text.reasonMissing) })
    setState({ kind: 'working' })
    try {
      const res = await fetch(`${config.routes?.api ?? '/api'}/registrations/${id}/staff-cancel`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ reason }),
      })
      const body = (await res.json().catch(() => null)) as { message?: Message } | null
      if (!res.ok) return setState({ kind: 'error', message: body?.message ? t(body.message) : t(text.failed) })
      setState({ kind: 'done' })
      // The sidebar's status and the cancellation details come from the server: show them.
      window.setTimeout(() => window.location.reload(), 1500)
    } catch {
      setState({ kind: 'error', message: t(text.failed) })
    }
  }

  return (
    <div className="quartieri-staff-cancel">
      {state.kind === 'done' ? (
        <p role="status">{t(text.done)}</p>
      ) : !open ? (
        <Button buttonStyle="secondary" size="small" onClick={() => setOpen(true)}>
          {t(text.open)}
        </Button>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group in Payload's own layout; a fieldset would bring its border and legend
        <div role="group" aria-label={t(text.open)}>
          <p>{t(text.intro)}</p>
          <label htmlFor={reasonId} style={{ display: 'block', fontWeight: 600 }}>
            {t(text.reason)}
          </label>
          <textarea
            id={reasonId}
            aria-describedby={helpId}
            aria-required="true"
            aria-invalid={state.kind === 'error' && reason.trim().length < 3}
            maxLength={500}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            style={{ width: '100%' }}
            // biome-ignore lint/a11y/noAutofocus: the field appears because the person just asked to cancel; focus goes where they type next
            autoFocus
          />
          <p id={helpId} style={{ fontSize: '0.9em' }}>
            {t(text.reasonHelp)}
          </p>
          {state.kind === 'error' ? <p role="alert">{state.message}</p> : null}
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <Button buttonStyle="primary" size="small" onClick={() => void submit()} disabled={state.kind === 'working'}>
              {state.kind === 'working' ? t(text.working) : t(text.confirm)}
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setOpen(false)} disabled={state.kind === 'working'}>
              {t(text.back)}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
