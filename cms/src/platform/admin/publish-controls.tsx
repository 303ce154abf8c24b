'use client'

import { PublishButton, UnpublishButton, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { scopeOf, type Role } from '../access/matrix.ts'

const reviewNote = {
  it: 'Le tue modifiche si salvano come bozza: la redazione le rivede e le pubblica.',
  en: 'Your changes are saved as a draft: editors review and publish them.',
}

function useMay(operation: 'publish' | 'unpublish'): boolean {
  const { user } = useAuth<{ role?: Role }>()
  const { collectionSlug } = useDocumentInfo()
  const role = user?.role
  return Boolean(role && collectionSlug && scopeOf(collectionSlug, operation, role) !== 'none')
}

/** The publish button, for the people the access matrix lets publish; operators see why there is none. */
export function PublishForEditors() {
  const may = useMay('publish')
  const { i18n } = useTranslation()
  if (may) return <PublishButton />
  return (
    <span className="quartieri-review-note" role="note">
      {i18n.language === 'en' ? reviewNote.en : reviewNote.it}
    </span>
  )
}

/** The unpublish button, only for the people the access matrix lets withdraw a published document. */
export function UnpublishForEditors() {
  return useMay('unpublish') ? <UnpublishButton /> : null
}
