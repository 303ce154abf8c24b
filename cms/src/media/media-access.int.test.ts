import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Media, User } from '../payload-types.ts'
import { createTestPayload, type TestPayload } from '../platform/testing/test-payload.ts'
import { rebuildMediaUses } from './track-media-use.ts'

let t: TestPayload
let payload: Payload
let operatorA: User
let editor: User
let neighbourhoodA: number | string
let neighbourhoodB: number | string
let pactCount = 0

async function staff(email: string, role: User['role'], neighbourhoods: Array<number | string> = []): Promise<User> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'a-long-test-password', name: email, role, neighbourhoods: neighbourhoods as number[] },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' } as User
}

const png = (colour: number) =>
  sharp({ create: { width: 12, height: 8, channels: 3, background: { r: colour, g: 102, b: 204 } } })
    .png()
    .toBuffer()

/** A file uploaded by `user` (an editor's upload through the Local API when none is given). */
async function upload(name: string, user?: User): Promise<Media> {
  const data = await png(name.length * 10)
  return payload.create({
    collection: 'media',
    data: { alt: `Immagine ${name}` },
    file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
    ...(user ? { user, overrideAccess: false } : { overrideAccess: true }),
  })
}

async function pact(neighbourhood: number | string, files: Array<number | string>, status: 'draft' | 'published') {
  pactCount++
  return payload.create({
    collection: 'pacts',
    data: {
      code: `PC-MEDIA-${pactCount}`,
      kind: 'collaboration-pact',
      title: `Patto con file ${pactCount}`,
      slug: `patto-con-file-${pactCount}`,
      neighbourhoods: [neighbourhood as number],
      status: 'drafting',
      attachments: files.map((file) => ({ file: file as number, label: 'Allegato' })),
      _status: status,
    },
    draft: status === 'draft',
    overrideAccess: true,
  })
}

/** The ids of the files anonymous readers get from the media list. */
async function publicIds(): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'media', overrideAccess: false, limit: 100, depth: 0 })
  return docs.map((d) => String(d.id))
}

/** Whether an anonymous reader can fetch the file by id. */
async function anonymousCanRead(id: number | string): Promise<boolean> {
  try {
    await payload.findByID({ collection: 'media', id, overrideAccess: false, depth: 0 })
    return true
  } catch (err) {
    if ((err as { status?: number }).status === 404 || (err as { status?: number }).status === 403) return false
    throw err
  }
}

beforeAll(async () => {
  t = await createTestPayload()
  payload = t.payload
  neighbourhoodA = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Quartiere A', slug: 'quartiere-a', _status: 'published' }, overrideAccess: true })).id
  neighbourhoodB = (await payload.create({ collection: 'neighbourhoods', data: { name: 'Quartiere B', slug: 'quartiere-b', _status: 'published' }, overrideAccess: true })).id
  operatorA = await staff('operatore-a@example.org', 'operator', [neighbourhoodA])
  editor = await staff('redazione-media@example.org', 'editor')
})

afterAll(async () => {
  await t?.cleanup()
})

describe('anonymous readers and files', () => {
  it('see a file a published pact uses, not one only a draft pact uses, nor an unused one unless staff mark it public', async () => {
    const published = await upload('pubblicato')
    const draftOnly = await upload('solo-bozza')
    const unused = await upload('inutilizzato')
    const markedPublic = await upload('segnato-pubblico')
    await pact(neighbourhoodA, [published.id], 'published')
    await pact(neighbourhoodA, [draftOnly.id], 'draft')
    await payload.update({ collection: 'media', id: markedPublic.id, data: { public: true }, user: editor, overrideAccess: false })

    const ids = await publicIds()
    expect(ids).toContain(String(published.id))
    expect(ids).toContain(String(markedPublic.id))
    expect(ids).not.toContain(String(draftOnly.id))
    expect(ids).not.toContain(String(unused.id))
    expect(await anonymousCanRead(draftOnly.id)).toBe(false)
    expect(await anonymousCanRead(unused.id)).toBe(false)
    expect(await anonymousCanRead(published.id)).toBe(true)
    // Staff see them all, with who uploaded each.
    const all = await payload.find({ collection: 'media', user: operatorA, overrideAccess: false, limit: 100, depth: 0 })
    expect(all.docs.map((d) => String(d.id))).toEqual(expect.arrayContaining([published, draftOnly, unused, markedPublic].map((m) => String(m.id))))
  })

  it('a file becomes visible when its draft pact is published, and disappears again when the pact is unpublished or deleted', async () => {
    const file = await upload('da-pubblicare')
    const draft = await pact(neighbourhoodA, [file.id], 'draft')
    expect(await anonymousCanRead(file.id)).toBe(false)

    await payload.update({ collection: 'pacts', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(file.id)).toBe(true)
    // A published pact read anonymously still carries its attachment, populated.
    const read = await payload.findByID({ collection: 'pacts', id: draft.id, overrideAccess: false, depth: 1 })
    expect(read.attachments?.[0]?.file).toMatchObject({ id: file.id, alt: 'Immagine da-pubblicare' })

    await payload.update({ collection: 'pacts', id: draft.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(file.id)).toBe(false)

    await payload.update({ collection: 'pacts', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(file.id)).toBe(true)
    await payload.delete({ collection: 'pacts', id: draft.id, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(file.id)).toBe(false)
  })

  it('a file added in a draft of a published pact stays hidden until that draft is published; one removed in a draft stays visible until then', async () => {
    const kept = await upload('allegato-storico')
    const added = await upload('allegato-nuovo')
    const published = await pact(neighbourhoodA, [kept.id], 'published')
    await payload.update({
      collection: 'pacts',
      id: published.id,
      data: { attachments: [{ file: added.id as number, label: 'Nuovo' }], _status: 'draft' },
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(await anonymousCanRead(added.id)).toBe(false)
    expect(await anonymousCanRead(kept.id)).toBe(true)

    await payload.update({ collection: 'pacts', id: published.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(added.id)).toBe(true)
    expect(await anonymousCanRead(kept.id)).toBe(false)
  })

  it('a file stays visible while another published document still uses it', async () => {
    const shared = await upload('condiviso')
    const first = await pact(neighbourhoodA, [shared.id], 'published')
    await pact(neighbourhoodB, [shared.id], 'published')
    await payload.update({ collection: 'pacts', id: first.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
    expect(await anonymousCanRead(shared.id)).toBe(true)
  })

  it("see a published neighbourhood's image, and an image embedded in a published result's text", async () => {
    const image = await upload('immagine-quartiere')
    await payload.update({ collection: 'neighbourhoods', id: neighbourhoodB, data: { image: image.id as number, _status: 'published' }, overrideAccess: true })
    expect(await anonymousCanRead(image.id)).toBe(true)
    const neighbourhood = await payload.findByID({ collection: 'neighbourhoods', id: neighbourhoodB, overrideAccess: false, depth: 1 })
    expect(neighbourhood.image).toMatchObject({ id: image.id })

    const embedded = await upload('nel-testo')
    const body = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: embedded.id, fields: null }],
      },
    }
    const result = await payload.create({
      collection: 'results',
      data: {
        title: 'Risultati con immagine',
        slug: 'risultati-con-immagine',
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        neighbourhoods: [neighbourhoodA as number],
        body,
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await anonymousCanRead(embedded.id)).toBe(false)
    await payload.update({ collection: 'results', id: result.id, data: { _status: 'published' }, overrideAccess: true })
    expect(await anonymousCanRead(embedded.id)).toBe(true)
  })

  it('cannot make a file public by writing its system flags through the API', async () => {
    const file = await upload('flag-di-sistema', operatorA)
    const saved = await payload.update({
      collection: 'media',
      id: file.id,
      data: { usedByPublished: true, inUse: true, neighbourhoods: [neighbourhoodB as number] } as never,
      user: editor,
      overrideAccess: false,
    })
    expect(saved.usedByPublished).toBeFalsy()
    expect(await anonymousCanRead(file.id)).toBe(false)
    const created = await payload.create({
      collection: 'media',
      data: { alt: 'creato pubblicato', usedByPublished: true } as never,
      file: { data: await png(3), mimetype: 'image/png', name: 'creato.png', size: 100 },
      user: operatorA,
      overrideAccess: false,
    })
    expect(await anonymousCanRead(created.id)).toBe(false)
  })

  it('a database that had files before uses were kept gets them all back from a rebuild', async () => {
    const file = await upload('prima-degli-usi')
    await pact(neighbourhoodB, [file.id], 'published')
    // As a database migrated from before: no uses recorded, no flags.
    await payload.delete({ collection: 'media-uses', where: { media: { equals: file.id } }, overrideAccess: true })
    const stale = await payload.db.findOne({ collection: 'media', where: { id: { equals: file.id } } })
    await payload.db.updateOne({ collection: 'media', id: file.id, data: { ...stale, usedByPublished: false, inUse: false, neighbourhoods: [] } })
    expect(await anonymousCanRead(file.id)).toBe(false)
    await rebuildMediaUses(payload)
    expect(await anonymousCanRead(file.id)).toBe(true)
    const stored = await payload.findByID({ collection: 'media', id: file.id, overrideAccess: true, depth: 0 })
    expect(stored.neighbourhoods).toEqual([neighbourhoodB])
  })
})

describe('operators and files', () => {
  it("cannot update, replace or delete a file used by another neighbourhood's pact (403)", async () => {
    const file = await upload('patto-altrui')
    await pact(neighbourhoodB, [file.id], 'published')
    await expect(payload.update({ collection: 'media', id: file.id, data: { alt: 'cambiato' }, user: operatorA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const replacement = await png(200)
    await expect(
      payload.update({
        collection: 'media',
        id: file.id,
        data: {},
        file: { data: replacement, mimetype: 'image/png', name: 'sostituto.png', size: replacement.length },
        user: operatorA,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'media', id: file.id, user: operatorA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const unchanged = await payload.findByID({ collection: 'media', id: file.id, overrideAccess: true })
    expect(unchanged.alt).toBe('Immagine patto-altrui')
    expect(unchanged.filename).toBe('patto-altrui.png')
  })

  it('cannot change a file used both by their pact and by another neighbourhood’s, nor one uploaded by someone else that no one uses', async () => {
    const shared = await upload('due-quartieri')
    await pact(neighbourhoodA, [shared.id], 'draft')
    await pact(neighbourhoodB, [shared.id], 'draft')
    await expect(payload.update({ collection: 'media', id: shared.id, data: { alt: 'x' }, user: operatorA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const othersUnused = await upload('altrui-inutilizzato')
    await expect(payload.update({ collection: 'media', id: othersUnused.id, data: { alt: 'x' }, user: operatorA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
  })

  it("update and replace a file used only by their neighbourhood's documents, and change or delete an unused file they uploaded", async () => {
    const file = await upload('patto-proprio')
    await pact(neighbourhoodA, [file.id], 'published')
    const renamed = await payload.update({ collection: 'media', id: file.id, data: { alt: 'Patto firmato, versione corretta' }, user: operatorA, overrideAccess: false })
    expect(renamed.alt).toBe('Patto firmato, versione corretta')
    const replacement = await png(250)
    const replaced = await payload.update({
      collection: 'media',
      id: file.id,
      data: {},
      file: { data: replacement, mimetype: 'image/png', name: 'patto-proprio-v2.png', size: replacement.length },
      user: operatorA,
      overrideAccess: false,
    })
    expect(replaced.filename).toBe('patto-proprio-v2.png')
    // A file in use is not theirs to delete: that would change a published pact without an editor.
    await expect(payload.delete({ collection: 'media', id: file.id, user: operatorA, overrideAccess: false })).rejects.toMatchObject({ status: 403 })

    const own = await upload('caricato-da-me', operatorA)
    const changed = await payload.update({ collection: 'media', id: own.id, data: { alt: 'Nuovo testo' }, user: operatorA, overrideAccess: false })
    expect(changed.alt).toBe('Nuovo testo')
    await payload.delete({ collection: 'media', id: own.id, user: operatorA, overrideAccess: false })
    expect(await payload.count({ collection: 'media', where: { id: { equals: own.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })

  it('a bulk update reaches only the files they may change', async () => {
    const mine = await upload('mio-in-blocco')
    await pact(neighbourhoodA, [mine.id], 'draft')
    const theirs = await upload('altrui-in-blocco')
    await pact(neighbourhoodB, [theirs.id], 'draft')
    await payload.update({ collection: 'media', where: { id: { in: [mine.id, theirs.id] } }, data: { alt: 'In blocco' }, user: operatorA, overrideAccess: false })
    expect((await payload.findByID({ collection: 'media', id: mine.id, overrideAccess: true })).alt).toBe('In blocco')
    expect((await payload.findByID({ collection: 'media', id: theirs.id, overrideAccess: true })).alt).toBe('Immagine altrui-in-blocco')
  })
})

describe('editors and files', () => {
  it("update, replace and delete any file, another neighbourhood's pact's included", async () => {
    const file = await upload('per-la-redazione')
    await pact(neighbourhoodB, [file.id], 'published')
    const saved = await payload.update({ collection: 'media', id: file.id, data: { alt: 'Corretto dalla redazione' }, user: editor, overrideAccess: false })
    expect(saved.alt).toBe('Corretto dalla redazione')
    await payload.delete({ collection: 'media', id: file.id, user: editor, overrideAccess: false })
    expect(await payload.count({ collection: 'media-uses', where: { media: { equals: file.id } }, overrideAccess: true })).toMatchObject({ totalDocs: 0 })
  })
})

describe('organisations', () => {
  it('their description, a note for staff, is hidden from anonymous readers and visible to staff', async () => {
    const organization = await payload.create({
      collection: 'organizations',
      data: { name: 'Associazione Nota Interna', slug: 'associazione-nota-interna', kind: 'association', description: 'Referente difficile da raggiungere', _status: 'published' },
      overrideAccess: true,
    })
    const anonymous = await payload.findByID({ collection: 'organizations', id: organization.id, overrideAccess: false })
    expect(anonymous.name).toBe('Associazione Nota Interna')
    expect(anonymous.description).toBeUndefined()
    const listed = await payload.find({ collection: 'organizations', where: { slug: { equals: 'associazione-nota-interna' } }, overrideAccess: false })
    expect(listed.docs[0]?.description).toBeUndefined()
    const staffView = await payload.findByID({ collection: 'organizations', id: organization.id, user: operatorA, overrideAccess: false })
    expect(staffView.description).toBe('Referente difficile da raggiungere')
  })
})
