'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

export type Language = 'it' | 'en'
export type Message = { it: string; en: string }

/** The admin's language (Italian unless the staff member chose English) and a picker of a message's text in it. */
export function useLanguage(): { language: Language; t: (message: Message) => string } {
  const { i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'it'
  return { language, t: useCallback((message: Message) => message[language], [language]) }
}

export interface ApiAnswer<T> {
  ok: boolean
  status: number
  body: (T & { message?: Message }) | null
}

/** Calls one of the CMS's staff endpoints with the staff member's session; a network failure is an answer too (status 0). */
export function useStaffApi() {
  const { config } = useConfig()
  const { language } = useLanguage()
  const api = config.routes?.api ?? '/api'
  return useCallback(
    async <T = Record<string, unknown>>(path: string, body?: unknown): Promise<ApiAnswer<T>> => {
      try {
        const res = await fetch(`${api}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          credentials: 'include',
          headers: { accept: 'application/json', 'accept-language': language, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { ok: res.ok, status: res.status, body: (await res.json().catch(() => null)) as ApiAnswer<T>['body'] }
      } catch {
        return { ok: false, status: 0, body: null }
      }
    },
    [api, language],
  )
}

/** Statuses of a sign-up as staff read them. */
export const STATUS_LABELS: Record<string, Message> = {
  awaiting: { it: 'In attesa di conferma', en: 'Awaiting confirmation' },
  confirmed: { it: 'Confermata', en: 'Confirmed' },
  waitlisted: { it: 'In lista d’attesa', en: 'Waitlisted' },
  cancelled: { it: 'Annullata', en: 'Cancelled' },
  expired: { it: 'Scaduta', en: 'Expired' },
}

export const FAILED: Message = { it: 'Operazione non riuscita: riprova tra poco.', en: 'The operation failed: try again shortly.' }

/** The roster endpoint's answer. */
export interface Roster {
  activity: { kind: 'laboratories' | 'events'; id: number | string; title: string }
  meetings: Array<{ start: string; day: string }>
  meeting: { start: string; day: string; present: number; walkIns: number; total: number } | null
  counts: { confirmed: number; awaiting: number; waitlisted: number; cancelled: number; expired: number; seatsHeld: number; erased: number; total: number }
  people: Array<{
    id: number | string
    name: string | null
    email: string | null
    status: string
    createdAt: string
    erased: boolean
    cancellationReason: string | null
    code: string | null
    present: boolean
  }>
}

/** `?laboratory=12` or `?event=4`, as the roster and the export take it. */
export const activityQuery = (kind: 'laboratories' | 'events', id: number | string) => `${kind === 'events' ? 'event' : 'laboratory'}=${encodeURIComponent(String(id))}`

export { formatDateTime as dateTime } from '@quartieri/shared/platform/dates'

/**
 * A step that asks before something that cannot be undone (erasing a person's data): what will happen, the error of
 * a failed try, the button that does it and one to go back. A labelled group, inside Payload's own forms.
 */
export function Confirmation(props: { label: string; lines: string[]; confirm: string; working: boolean; error?: string | null; onConfirm: () => void; onBack: () => void }) {
  const { t } = useLanguage()
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group inside Payload's form; a fieldset would bring its own border and legend
    <div role="group" aria-label={props.label} className="quartieri-person-action">
      {props.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {props.error ? <p role="alert">{props.error}</p> : null}
      <div className="quartieri-buttons">
        <Button buttonStyle="error" size="small" disabled={props.working} onClick={props.onConfirm}>
          {props.working ? t(WORKING) : props.confirm}
        </Button>
        <Button buttonStyle="secondary" size="small" disabled={props.working} onClick={props.onBack}>
          {t(BACK)}
        </Button>
      </div>
    </div>
  )
}

const WORKING: Message = { it: 'In corso…', en: 'Working…' }
const BACK: Message = { it: 'Indietro', en: 'Back' }
