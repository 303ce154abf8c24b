'use client'

import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

const NAMES = {
  publishOptions: { it: 'Altre opzioni di pubblicazione', en: 'More publishing options' },
  documentActions: { it: 'Altre azioni sul documento', en: 'More actions on the document' },
  moreOptions: { it: 'Altre opzioni', en: 'More options' },
  menu: { it: 'Apri il menu', en: 'Open the menu' },
}

type Language = 'it' | 'en'

/** The name an icon-only popup button of Payload's should have, from where it is; null when it has one already. */
function nameFor(button: HTMLElement, language: Language): string | null {
  if (button.getAttribute('aria-label') || button.textContent?.trim()) return null
  const group = button.closest('.btn--withPopup')
  // Beside the publish button (Payload's #action-save): the scheduling; beside any other button, its other choices.
  if (group) return group.querySelector('#action-save') ? NAMES.publishOptions[language] : NAMES.moreOptions[language]
  if (button.closest('.doc-controls')) return NAMES.documentActions[language]
  return NAMES.menu[language]
}

/**
 * Payload draws some buttons with an icon only and no name (the chevron beside "Pubblica" that opens the scheduling,
 * the "…" of a document's controls): screen readers announce them as "button". This gives each one a name in the
 * admin's language, as they appear.
 */
export function AccessibleNames({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'it'
  useEffect(() => {
    const name = () => {
      for (const button of document.querySelectorAll<HTMLElement>('.popup-button')) {
        const label = nameFor(button, language)
        if (label) button.setAttribute('aria-label', label)
      }
    }
    name()
    const observer = new MutationObserver(name)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [language])
  return <>{children}</>
}
