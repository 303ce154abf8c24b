import type { MapLayer } from '@quartieri/shared/maps/map-layers'
import type { MapConfig } from './map-config.ts'

/*
 * The maps' loader, the only script a map page ships up front: it keeps the layer checkboxes, the list
 * alternative and the address in step, and imports MapLibre (map-render.ts, with its CSS) only once the
 * map's container scrolls into view.
 */

/** What a drawn map lets the loader do. */
export interface MapController {
  showLayers(layers: readonly MapLayer[]): void
}

function setUp(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config ?? '{}') as MapConfig
  const form = root.querySelector<HTMLFormElement>('[data-map-filters]')
  const canvas = root.querySelector<HTMLElement>('[data-map-canvas]')
  const count = root.querySelector<HTMLElement>('[data-map-count]')
  const plurals = new Intl.PluralRules(config.locale === 'it' ? 'it-IT' : 'en-GB')
  let controller: MapController | null = null

  const checked = (): MapLayer[] => config.offered.filter((layer) => form?.querySelector<HTMLInputElement>(`input[name="livello"][value="${layer}"]`)?.checked ?? true)

  /** Shows the checked layers in the list and on the map; `remember` puts them in the address too. */
  function applyLayers(remember: boolean): void {
    const layers = checked()
    let total = 0
    for (const section of root.querySelectorAll<HTMLElement>('[data-map-layer]')) {
      const shown = layers.includes(section.dataset.mapLayer as MapLayer)
      section.hidden = !shown
      if (shown) total += Number(section.dataset.count ?? 0)
    }
    const template = plurals.select(total) === 'one' ? root.dataset.countOne : root.dataset.countOther
    if (count && template && count.textContent !== template.replace('{count}', String(total))) count.textContent = template.replace('{count}', String(total))
    controller?.showLayers(layers)
    if (!remember) return
    // As the form would send it; every layer shown needs no parameter.
    const url = new URL(location.href)
    url.searchParams.delete('livello')
    if (layers.length < config.offered.length) for (const layer of layers) url.searchParams.append('livello', layer)
    history.replaceState(history.state, '', url)
  }

  form?.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement | null)?.name === 'livello') applyLayers(true)
  })
  // The browser may restore other checkbox states than the page was rendered with (back button).
  applyLayers(false)

  if (!canvas) return
  // With JavaScript the map is drawn: the box takes its height and says the map is on its way.
  canvas.removeAttribute('data-no-script')
  const message = canvas.querySelector<HTMLElement>('[data-map-message]')
  if (message) message.textContent = config.messages.loading
  const start = () => {
    root.dataset.mapState = 'loading'
    import('./map-render.ts')
      .then(({ renderMap }) => renderMap(root, canvas, config, checked()))
      .then((drawn) => {
        controller = drawn
        drawn.showLayers(checked())
      })
      .catch((err: unknown) => {
        console.error('the map cannot be drawn', err)
        root.dataset.mapState = 'unavailable'
        canvas.replaceChildren(Object.assign(document.createElement('p'), { className: 'map-message', textContent: config.messages.unavailable }))
      })
  }
  if (!('IntersectionObserver' in window)) {
    start()
    return
  }
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return
    observer.disconnect()
    start()
  })
  observer.observe(canvas)
}

for (const root of document.querySelectorAll<HTMLElement>('[data-map]')) setUp(root)
