import { notFound } from 'next/navigation'
import { readMailbox } from '../../../mail/local-mailbox.ts'

export const dynamic = 'force-dynamic'

const URL_PATTERN = /(https?:\/\/[^\s]+)/g

/** The demo's mailbox: the mails the portal would have sent, with working links. Only in the demo, never with SMTP. */
export default function MailboxPage() {
  if (process.env.SMTP_HOST || process.env.QUARTIERI_DEMO !== '1') notFound()
  const mails = readMailbox()
  return (
    <main>
      <h1>Posta dimostrativa / Demo mailbox</h1>
      <p>
        Nessun server SMTP è configurato: qui trovi le e-mail che il portale avrebbe inviato, con i loro link. / No SMTP server is configured:
        these are the mails the portal would have sent.
      </p>
      {mails.length === 0 ? (
        <p>Nessun messaggio per ora. / No messages yet.</p>
      ) : (
        mails.map((mail) => (
          <article key={mail.id} style={{ borderTop: '1px solid #ccc', padding: '1rem 0' }}>
            <h2 style={{ fontSize: '1.1rem', margin: 0 }}>{mail.subject}</h2>
            <p style={{ margin: '0.25rem 0', color: '#444' }}>
              A / to: {mail.to} · {new Date(mail.date).toLocaleString('it-IT', { timeZone: 'Europe/Rome' })}
            </p>
            <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
              {mail.text.split(URL_PATTERN).map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part))}
            </pre>
          </article>
        ))
      )}
    </main>
  )
}
