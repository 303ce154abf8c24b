'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import { scopeOf, type Role } from '../access/matrix.ts'
import { dateTime, useLanguage, useStaffApi, type Message } from '../admin/staff-api.tsx'

const text = {
  heading: { it: 'Revisione', en: 'Review' },
  requested: { it: 'In attesa di revisione da parte della redazione.', en: 'Waiting for review by the editors.' },
  requestedFor: { it: 'Da rivedere: richiesta inviata il', en: 'To review: requested on' },
  returned: { it: 'La redazione ha rimandato la bozza con questa nota:', en: 'The editors sent the draft back with this note:' },
  operatorNote: { it: 'Nota di chi ha preparato la bozza:', en: 'Note from whoever prepared the draft:' },
  send: { it: 'Invia in revisione', en: 'Send for review' },
  sendAgain: { it: 'Invia di nuovo in revisione', en: 'Send for review again' },
  sendHelp: {
    it: 'Salva prima la bozza: la redazione la rivede, la confronta con la versione pubblicata e la pubblica o te la rimanda con una nota.',
    en: 'Save the draft first: editors review it, compare it with the published version and publish it or send it back with a note.',
  },
  note: { it: 'Nota (facoltativa)', en: 'Note (optional)' },
  returnNote: { it: 'Nota per chi ha preparato la bozza', en: 'Note for whoever prepared the draft' },
  sendBack: { it: 'Rimanda con una nota', en: 'Send back with a note' },
  confirmSendBack: { it: 'Rimanda la bozza', en: 'Send the draft back' },
  compare: { it: 'Confronta le versioni', en: 'Compare versions' },
  back: { it: 'Indietro', en: 'Back' },
  working: { it: 'Invio in corso…', en: 'Sending…' },
  failed: { it: 'Invio non riuscito: riprova.', en: 'Sending failed: try again.' },
  unsaved: { it: 'Salva la bozza prima di inviarla in revisione.', en: 'Save the draft before sending it for review.' },
  scheduledPublish: { it: 'Pubblicazione programmata il', en: 'Publication scheduled on' },
  scheduledUnpublish: { it: 'Ritiro programmato il', en: 'Withdrawal scheduled on' },
} satisfies Record<string, Message>

/**
 * The review of a draft, in the sidebar: operators send their saved draft for review (with a note); editors see the
 * request, compare the versions and publish (Payload's button) or send it back with a note, which the operator sees here.
 */
export function ReviewControls() {
  const { user } = useAuth<{ role?: Role }>()
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { config } = useConfig()
  const { language, t } = useLanguage()
  const call = useStaffApi()
  const state = useFormFields(([fields]) => fields['review.state']?.value as string | undefined)
  const note = useFormFields(([fields]) => fields['review.note']?.value as string | undefined)
  const at = useFormFields(([fields]) => fields['review.at']?.value as string | undefined)
  const modified = useFormModified()
  const [mode, setMode] = useState<'idle' | 'send' | 'return'>('idle')
  const [typed, setTyped] = useState('')
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; message?: string }>({ kind: 'idle' })
  const noteId = useId()
  const [scheduled, setScheduled] = useState<Array<{ type: string; at: string }>>([])
  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    void call<{ scheduled?: Array<{ type: string; at: string }> }>(`/review/${collectionSlug}/${id}/scheduled`).then((res) => setScheduled(res.body?.scheduled ?? []))
  }, [call, collectionSlug, id])
  const role = user?.role
  if (!role || id === undefined || id === null || !collectionSlug) return null
  const mayPublish = scopeOf(collectionSlug, 'publish', role) !== 'none'
  const mayEdit = scopeOf(collectionSlug, 'update', role) !== 'none'
  const hasDraft = !hasPublishedDoc || (unpublishedVersionCount ?? 0) > 0
  const admin = config.routes?.admin ?? '/admin'
  const when = at ? dateTime(at, language) : ''

  const submit = async (action: 'request' | 'return') => {
    setStatus({ kind: 'working' })
    const res = await call(`/review/${collectionSlug}/${id}/${action}`, { note: typed })
    if (!res.ok) return setStatus({ kind: 'error', message: res.body?.message ? t(res.body.message) : t(text.failed) })
    setStatus({ kind: 'done', message: res.body?.message ? t(res.body.message) : '' })
    window.setTimeout(() => window.location.reload(), 1200)
  }

  const form = (action: 'request' | 'return') => (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group inside Payload's document form; a fieldset would bring its own border
    <div role="group" aria-label={action === 'request' ? t(text.send) : t(text.sendBack)}>
      <label htmlFor={noteId} style={{ display: 'block', fontWeight: 600 }}>
        {action === 'request' ? t(text.note) : t(text.returnNote)}
      </label>
      <textarea id={noteId} rows={3} maxLength={1000} value={typed} onChange={(e) => setTyped(e.target.value)} style={{ width: '100%' }} aria-required={action === 'return'} />
      {status.kind === 'error' ? <p role="alert">{status.message}</p> : null}
      <div className="quartieri-buttons">
        <Button buttonStyle="primary" size="small" disabled={status.kind === 'working'} onClick={() => void submit(action)}>
          {status.kind === 'working' ? t(text.working) : action === 'request' ? t(state === 'returned' ? text.sendAgain : text.send) : t(text.confirmSendBack)}
        </Button>
        <Button buttonStyle="secondary" size="small" disabled={status.kind === 'working'} onClick={() => setMode('idle')}>
          {t(text.back)}
        </Button>
      </div>
    </div>
  )

  return (
    <div className="quartieri-review">
      <h3 style={{ margin: '0 0 0.5rem' }}>{t(text.heading)}</h3>
      {status.kind === 'done' ? <p role="status">{status.message}</p> : null}
      {scheduled.map((s) => (
        <p key={`${s.type}-${s.at}`}>
          <strong>{t(s.type === 'unpublish' ? text.scheduledUnpublish : text.scheduledPublish)}</strong> {dateTime(s.at, language)}
        </p>
      ))}
      {state === 'requested' ? (
        <p>
          {mayPublish ? `${t(text.requestedFor)} ${when}.` : t(text.requested)}
          {note && mayPublish ? (
            <>
              <br />
              {t(text.operatorNote)} <q>{note}</q>
            </>
          ) : null}
        </p>
      ) : null}
      {state === 'returned' && note ? (
        <p>
          {t(text.returned)} <q>{note}</q>
        </p>
      ) : null}
      {mayPublish && state === 'requested' ? (
        <p>
          <a href={`${admin}/collections/${collectionSlug}/${id}/versions`}>{t(text.compare)}</a>
        </p>
      ) : null}
      {status.kind !== 'done' && mode === 'idle' ? (
        <div className="quartieri-buttons">
          {!mayPublish && mayEdit && state !== 'requested' ? (
            <Button buttonStyle="secondary" size="small" disabled={!hasDraft || modified} onClick={() => setMode('send')}>
              {t(state === 'returned' ? text.sendAgain : text.send)}
            </Button>
          ) : null}
          {mayPublish && state === 'requested' ? (
            <Button buttonStyle="secondary" size="small" onClick={() => setMode('return')}>
              {t(text.sendBack)}
            </Button>
          ) : null}
        </div>
      ) : null}
      {!mayPublish && mayEdit && state !== 'requested' && mode === 'idle' && status.kind !== 'done' ? (
        <p style={{ fontSize: '0.9em' }}>{modified ? t(text.unsaved) : t(text.sendHelp)}</p>
      ) : null}
      {mode === 'send' ? form('request') : mode === 'return' ? form('return') : null}
    </div>
  )
}
