// Starts Platformatic DB from platformatic.json (beside this file) as one standalone server, the way its own
// programmatic API does (create, init, start), and stops it on SIGTERM or SIGINT.
import { create } from '@platformatic/db'

const app = await create(import.meta.dirname, 'platformatic.json')
await app.init()
await app.start({ listen: true })
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    await app.stop()
    process.exit(0)
  })
}
