import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import { hasRole } from '../../../platform/access/roles.ts'
import { config as cmsConfig } from '../../../platform/config.ts'
import { readMailbox } from '../../../platform/mail/local-mailbox.ts'
import { TIME_ZONE } from '@quartieri/shared/platform/dates'

export const dynamic = 'force-dynamic'

const URL_PATTERN = /(https?:\/\/[^\s]+)/g

/**
 * The demo's mailbox: the mails the portal would have sent, with working links. Only in the demo, never with SMTP,
 * and only for administrators and editors: it holds every citizen's sign-up mail, of every neighbourhood, while an
 * operator may see only the sign-ups of their own neighbourhoods.
 */
export default async function MailboxPage() {
  if (cmsConfig.SMTP_HOST || cmsConfig.QUARTIERI_DEMO !== true) notFound()
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect('/admin/login?redirect=%2Fmailbox')
  if (!hasRole(user, 'admin', 'editor')) {
    return (
      <main>
        <h1>Posta dimostrativa / Demo mailbox</h1>
        <p>
          La posta dimostrativa contiene i dati personali di tutte le iscrizioni: la vedono solo gli amministratori e la redazione. / The demo mailbox holds the personal data of
          every sign-up: only administrators and editors may see it.
        </p>
        <p>
          <a href="/admin">Torna all&apos;amministrazione / Back to the admin</a>
        </p>
      </main>
    )
  }
  const mails = readMailbox()
  return (
    <main>
      <h1>Posta dimostrativa / Demo mailbox</h1>
      <p>
        Nessun server SMTP è configurato: qui trovi le e-mail che il portale avrebbe inviato, con i loro link. / No SMTP server is configured: these are the mails the portal would
        have sent.
      </p>
      {mails.length === 0 ? (
        <p>Nessun messaggio per ora. / No messages yet.</p>
      ) : (
        mails.map((mail) => (
          <article key={mail.id} style={{ borderTop: '1px solid #ccc', padding: '1rem 0' }}>
            <h2 style={{ fontSize: '1.1rem', margin: 0 }}>{mail.subject}</h2>
            <p style={{ margin: '0.25rem 0', color: '#444' }}>
              A / to: {mail.to} · {new Date(mail.date).toLocaleString('it-IT', { timeZone: TIME_ZONE })}
            </p>
            <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
              {mail.text.split(URL_PATTERN).map((part, i) =>
                i % 2 === 1 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one mail's text, never reordered
                  <a key={i} href={part}>
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </article>
        ))
      )}
    </main>
  )
}
