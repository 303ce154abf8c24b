'use client'

import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { useLanguage } from '../../platform/admin/staff-api.tsx'

/** The attendance roster in the admin's navigation, for every staff role. */
export function AttendanceNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useLanguage()
  const pathname = usePathname()
  if (!user) return null
  const href = `${config.routes?.admin ?? '/admin'}/presenze`
  return (
    <a className="nav__link" href={href} aria-current={pathname === href ? 'page' : undefined}>
      <span className="nav__link-label">{t({ it: 'Registro presenze', en: 'Attendance roster' })}</span>
    </a>
  )
}
