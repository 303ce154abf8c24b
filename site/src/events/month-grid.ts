/*
 * The month grid by keyboard: the days are one stop in the tab order, and the arrow keys move between them (a day
 * left or right, a week up or down; Home and End to the week's ends), as in a date picker. The links inside a day
 * are reached with Tab from it. On a phone the grid is an agenda and the days are read in order.
 */
const STEP: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }

for (const grid of document.querySelectorAll<HTMLTableElement>('[data-month-grid]')) {
  const days = [...grid.querySelectorAll<HTMLTableCellElement>('td[data-day]')]
  if (days.length === 0) continue
  const first = days.find((d) => d.classList.contains('today')) ?? days.find((d) => !d.classList.contains('other-month')) ?? days[0]!
  for (const day of days) day.tabIndex = day === first ? 0 : -1
  const moveTo = (index: number) => {
    const target = days[Math.max(0, Math.min(days.length - 1, index))]
    if (!target) return
    for (const day of days) day.tabIndex = day === target ? 0 : -1
    target.focus()
  }
  grid.addEventListener('keydown', (event) => {
    const cell = event.target instanceof HTMLTableCellElement ? event.target : null
    if (!cell || event.altKey || event.ctrlKey || event.metaKey) return
    const index = days.indexOf(cell)
    if (index < 0) return
    if (event.key in STEP) moveTo(index + STEP[event.key]!)
    else if (event.key === 'Home') moveTo(index - (index % 7))
    else if (event.key === 'End') moveTo(index - (index % 7) + 6)
    else return
    event.preventDefault()
  })
}
