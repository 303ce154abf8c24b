import sharp from 'sharp'
import { expect, test } from '@playwright/test'
import { cmsUrl, loginAdmin, rest } from '../support/cms-api.ts'

async function upload(token: string, file: Blob, name: string, fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  return { status: res.status, body: await res.json().catch(() => null) }
}

const png = async (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 0, g: 102, b: 204 } } })
    .png()
    .toBuffer()

test.describe('media uploads', () => {
  test('an image with alt text is stored with its resized versions; the public gets them once staff mark it public', async () => {
    const token = await loginAdmin()
    const res = await upload(token, new Blob([new Uint8Array(await png(2000, 1200))], { type: 'image/png' }), 'piazza.png', { alt: 'La piazza del quartiere' })
    expect(res.status).toBe(201)
    const sizes = res.body.doc.sizes
    expect(sizes.thumbnail.width).toBe(400)
    expect(sizes.card.width).toBe(800)
    expect(sizes.hero.width).toBe(1600)
    expect(sizes.card.mimeType).toBe('image/webp')
    // No published content uses it yet: staff get it, the public does not.
    const staffFile = await fetch(new URL(sizes.card.url, cmsUrl()), { headers: { authorization: `JWT ${token}` } })
    expect(staffFile.status).toBe(200)
    expect((await fetch(new URL(sizes.card.url, cmsUrl()))).status).toBe(403)
    expect((await rest('GET', `/api/media/${res.body.doc.id}`)).status).toBe(404)

    expect((await rest('PATCH', `/api/media/${res.body.doc.id}`, { token, body: { public: true } })).status).toBe(200)
    const file = await fetch(new URL(sizes.card.url, cmsUrl()))
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('image/webp')
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
    expect(meta.width).toBe(800)
    expect((await rest('GET', `/api/media/${res.body.doc.id}`)).body.alt).toBe('La piazza del quartiere')
  })

  test('an image without alt text is refused with a 400', async () => {
    const token = await loginAdmin()
    const res = await upload(token, new Blob([new Uint8Array(await png(10, 10))], { type: 'image/png' }), 'senza-alt.png', {})
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('alt')
  })

  test('a file that is neither an image nor a PDF is refused with a 4xx', async () => {
    const token = await loginAdmin()
    const res = await upload(token, new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), 'pagina.html', { alt: 'pagina' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  test('a file over the size limit is refused with a 4xx', async () => {
    const token = await loginAdmin()
    const limit = Number(process.env.E2E_MEDIA_MAX_BYTES)
    const big = new Uint8Array(limit + 1024)
    big.set(await png(10, 10))
    const res = await upload(token, new Blob([big], { type: 'image/png' }), 'troppo-grande.png', { alt: 'troppo grande' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  test('anonymous visitors cannot upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png(10, 10))], { type: 'image/png' }), 'x.png')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', body: form })
    expect(res.status).toBe(403)
  })
})
