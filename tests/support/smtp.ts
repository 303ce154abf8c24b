import fs from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { freePort } from './free-port.ts'

/** A real SMTP server on loopback that keeps every message it receives as an .eml file in `dir`. */
export async function startSmtpCapture(dir: string): Promise<{ port: number; stop: () => Promise<void> }> {
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        fs.writeFileSync(path.join(dir, `${Date.now()}-${String(++count).padStart(5, '0')}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
