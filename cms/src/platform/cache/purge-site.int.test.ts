import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeSite } from './purge-site.ts'
import { loadConfig } from '../config.ts'

/*
 * The purge the importer sends when it is done: the site must hear it, or it shows the old records until its
 * indexes expire. A real HTTP server on loopback plays the site; its first answers can be made late.
 */
const received: unknown[] = []
let lateAnswers = 0
const server = http.createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk))
  req.on('end', () => {
    const late = lateAnswers > 0
    if (late) lateAnswers--
    setTimeout(
      () => {
        if (!late && req.headers.authorization === 'Bearer segreto-di-prova') received.push(JSON.parse(body))
        res.writeHead(req.headers.authorization === 'Bearer segreto-di-prova' ? 200 : 401, { 'content-type': 'application/json' })
        res.end('{}')
      },
      late ? 400 : 0,
    ).unref()
  })
})

let settings: { SITE_INTERNAL_URL: string; PURGE_SECRET: string; DATA_DIR: string }
const warnings: string[] = []
const payload = { logger: { warn: (message: string) => warnings.push(message) } } as unknown as Payload

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  settings = {
    SITE_INTERNAL_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    PURGE_SECRET: 'segreto-di-prova',
    // An empty data directory: no secret kept there by `npm start`.
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'quartieri-purge-')),
  }
  loadConfig(settings)
})

afterAll(() => {
  fs.rmSync(settings.DATA_DIR, { recursive: true, force: true })
  server.closeAllConnections()
  server.close()
})

describe('telling the site what changed', () => {
  it('tries again when the site answers too late, and says whether it got through', async () => {
    received.length = 0
    lateAnswers = 1
    expect(await purgeSite(payload, 'import', { reloadPacts: true }, { attempts: 3, timeoutMs: 200 })).toBe(true)
    expect(received).toEqual([{ reason: 'import', reloadPacts: true }])
    expect(warnings.some((w) => w.includes('attempt 1 of 3'))).toBe(true)

    lateAnswers = 5
    expect(await purgeSite(payload, 'import', { reloadPacts: true }, { attempts: 2, timeoutMs: 200 })).toBe(false)
  })

  it('reports a site that refuses the secret, and nothing when no site is configured', async () => {
    loadConfig({ ...settings, PURGE_SECRET: 'segreto-sbagliato' })
    expect(await purgeSite(payload, 'import')).toBe(false)
    loadConfig({ ...settings, PURGE_SECRET: undefined })
    expect(await purgeSite(payload, 'import')).toBeNull()
    loadConfig(settings)
  })
})
