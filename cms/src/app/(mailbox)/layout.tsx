import type React from 'react'

export const metadata = { title: 'Posta dimostrativa · Quartieri' }

export default function MailboxLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="it">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '60rem', margin: '2rem auto', padding: '0 1rem', lineHeight: 1.5 }}>{children}</body>
    </html>
  )
}
