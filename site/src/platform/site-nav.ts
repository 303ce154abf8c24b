/*
 * The main menu on a small screen: one "Menu" button that opens and closes the list (Escape closes it and gives
 * the focus back to the button). Without JavaScript the button stays hidden and the list is always shown.
 */
const nav = document.querySelector<HTMLElement>('[data-site-nav]')
const toggle = nav?.querySelector<HTMLButtonElement>('[data-site-nav-toggle]')
if (nav && toggle) {
  const setOpen = (open: boolean) => {
    nav.classList.toggle('is-open', open)
    toggle.setAttribute('aria-expanded', String(open))
  }
  nav.classList.add('is-collapsible')
  toggle.hidden = false
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'))
  nav.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return
    setOpen(false)
    toggle.focus()
  })
}
