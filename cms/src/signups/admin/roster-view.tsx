import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Where } from 'payload'
import { roleOf, assignedNeighbourhoodIds } from '../../platform/access/roles.ts'
import { formatDateTime } from '@quartieri/shared/platform/dates'
import { RosterScreen } from './roster-screen.tsx'

const text = {
  title: { it: 'Registro presenze', en: 'Attendance roster' },
  choose: { it: 'Scegli il laboratorio o l’evento di cui registrare le presenze.', en: 'Choose the lab or event to take attendance for.' },
  labs: { it: 'Laboratori', en: 'Laboratories' },
  events: { it: 'Eventi con iscrizione', en: 'Events with sign-up' },
  none: { it: 'Nessuna attività con iscrizioni nei tuoi quartieri.', en: 'No activity with sign-ups in your neighbourhoods.' },
  forbidden: { it: 'Il registro presenze è per il personale dei quartieri.', en: 'The attendance roster is for neighbourhood staff.' },
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/presenze`: the attendance of one meeting, made to be used on a phone at the door. Without an activity it
 * lists the ones the staff member works on; with `codice` (the QR code of a confirmation mail) it checks the person in.
 */
export async function RosterView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const language = req.i18n.language === 'en' ? 'en' : 'it'
  const t = (message: { it: string; en: string }) => message[language]
  const role = roleOf(req.user)
  const laboratory = first(searchParams?.laboratory)
  const event = first(searchParams?.event)
  const code = first(searchParams?.codice)
  const meeting = first(searchParams?.meeting)
  const admin = req.payload.config.routes.admin

  let choices: { labs: Array<{ id: number | string; title: string }>; events: Array<{ id: number | string; title: string; start: string }> } | null = null
  if (role && !laboratory && !event && !code) {
    const mine: Where = role === 'operator' ? { neighbourhood: { in: assignedNeighbourhoodIds(req.user) } } : {}
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString()
    const [labs, events] = await Promise.all([
      req.payload.find({
        collection: 'laboratories',
        where: { and: [mine, { phase: { not_equals: 'closed' } }] },
        depth: 0,
        limit: 100,
        sort: 'title',
        draft: true,
        overrideAccess: true,
      }),
      req.payload.find({
        collection: 'events',
        where: { and: [mine, { 'registration.mode': { equals: 'required' } }, { start: { greater_than_equal: since } }] },
        depth: 0,
        limit: 100,
        sort: 'start',
        draft: true,
        overrideAccess: true,
      }),
    ])
    choices = { labs: labs.docs.map((d) => ({ id: d.id, title: d.title })), events: events.docs.map((d) => ({ id: d.id, title: d.title, start: d.start })) }
  }

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="quartieri-roster">
          <h1>{t(text.title)}</h1>
          {!role ? (
            <p role="alert">{t(text.forbidden)}</p>
          ) : choices ? (
            <>
              <p>{t(text.choose)}</p>
              {choices.labs.length === 0 && choices.events.length === 0 ? <p>{t(text.none)}</p> : null}
              {choices.labs.length > 0 ? (
                <>
                  <h2>{t(text.labs)}</h2>
                  <ul className="quartieri-choices">
                    {choices.labs.map((lab) => (
                      <li key={lab.id}>
                        <a href={`${admin}/presenze?laboratory=${lab.id}`}>{lab.title}</a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {choices.events.length > 0 ? (
                <>
                  <h2>{t(text.events)}</h2>
                  <ul className="quartieri-choices">
                    {choices.events.map((e) => (
                      <li key={e.id}>
                        <a href={`${admin}/presenze?event=${e.id}`}>
                          {e.title} — {formatDateTime(e.start, language)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : (
            <RosterScreen laboratory={laboratory ?? null} event={event ?? null} code={code ?? null} meeting={meeting ?? null} />
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
