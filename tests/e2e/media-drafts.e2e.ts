import sharp from 'sharp'
import { expect, test } from '@playwright/test'
import { cmsUrl, graphql, loginAdmin, neighbourhoodId, rest } from '../support/cms-api.ts'

interface UploadedFile {
  id: number | string
  filename: string
  alt: string
  sizes: Record<string, { filename: string | null }>
}

async function uploadImage(token: string, name: string, alt: string): Promise<UploadedFile> {
  const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(image)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt }))
  const res = await fetch(`${cmsUrl()}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const body = await res.text()
  expect(res.status, body).toBe(201)
  return JSON.parse(body).doc as UploadedFile
}

async function createPact(token: string, code: string, file: UploadedFile, status: 'draft' | 'published') {
  const res = await rest('POST', `/api/pacts${status === 'draft' ? '?draft=true' : ''}`, {
    token,
    body: {
      code,
      kind: 'collaboration-pact',
      title: `Patto ${code}`,
      slug: code.toLowerCase(),
      status: 'drafting',
      neighbourhoods: [await neighbourhoodId(token, 'mazzini')],
      attachments: [{ file: file.id, label: 'Allegato' }],
      _status: status,
    },
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number | string }
}

const download = (filename: string, token?: string) =>
  fetch(new URL(`/api/media/file/${encodeURIComponent(filename)}`, cmsUrl()), token ? { headers: { authorization: `JWT ${token}` } } : {})

test.describe('files of drafts', () => {
  test("a file only a draft pact uses is neither listed nor downloadable by the public, a published pact's is, and it follows the pact when published", async () => {
    const token = await loginAdmin()
    const secret = await uploadImage(token, 'bozza-riservata.png', 'Planimetria ancora riservata')
    const shown = await uploadImage(token, 'patto-pubblicato.png', 'Planimetria del patto pubblicato')
    const draft = await createPact(token, 'PC-FILE-BOZZA', secret, 'draft')
    await createPact(token, 'PC-FILE-PUBBLICO', shown, 'published')

    const listed = await rest('GET', '/api/media?limit=200&depth=0')
    expect(listed.status).toBe(200)
    const text = JSON.stringify(listed.body)
    expect(text).not.toContain('bozza-riservata')
    expect(text).not.toContain('Planimetria ancora riservata')
    expect(text).toContain('Planimetria del patto pubblicato')
    // Nor through the draft query parameter, by id, or through GraphQL.
    expect(JSON.stringify((await rest('GET', '/api/media?limit=200&draft=true')).body)).not.toContain('bozza-riservata')
    expect((await rest('GET', `/api/media/${secret.id}`)).status).toBe(404)
    const gql = await graphql('{ allMedia(limit: 200) { docs { filename alt } } }')
    expect(JSON.stringify(gql.body)).not.toContain('bozza-riservata')

    // The file and every resized version of it: refused to the public, served to staff.
    for (const filename of [secret.filename, ...Object.values(secret.sizes).map((s) => s.filename)]) {
      if (!filename) continue
      expect([403, 404]).toContain((await download(filename)).status)
      expect((await download(filename, token)).status).toBe(200)
    }
    const published = await download(shown.filename)
    expect(published.status).toBe(200)
    expect(published.headers.get('content-type')).toContain('image/png')
    expect((await download(shown.sizes.thumbnail!.filename!)).status).toBe(200)

    // Published, the pact takes its file public; unpublished, it takes it back.
    expect((await rest('PATCH', `/api/pacts/${draft.id}`, { token, body: { _status: 'published' } })).status).toBe(200)
    expect((await download(secret.filename)).status).toBe(200)
    expect((await rest('PATCH', `/api/pacts/${draft.id}`, { token, body: { _status: 'draft' } })).status).toBe(200)
    expect([403, 404]).toContain((await download(secret.filename)).status)
  })
})

test.describe('organisations', () => {
  test("an organisation's description, a note for staff, is not given to anonymous GraphQL or REST readers", async () => {
    const query = '{ Organizations(limit: 100) { docs { name description } } }'
    const anonymous = await graphql<{ data: { Organizations: { docs: Array<{ name: string; description: string | null }> } } }>(query)
    const docs = anonymous.body.data.Organizations.docs
    expect(docs.map((d) => d.name)).toContain('Associazione Abitanti San Siro')
    expect(docs.every((d) => d.description === null || d.description === undefined)).toBe(true)
    const rested = await rest('GET', '/api/organizations?limit=100')
    expect(JSON.stringify(rested.body)).not.toContain('inquilini delle case popolari')

    const staff = await graphql<{ data: { Organizations: { docs: Array<{ name: string; description: string | null }> } } }>(query, await loginAdmin())
    expect(staff.body.data.Organizations.docs.find((d) => d.name === 'Associazione Abitanti San Siro')?.description).toContain('inquilini delle case popolari')
  })
})
