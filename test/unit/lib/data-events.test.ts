// Announcing waits for every store's work, so 「删除全部数据」 removes keys only after each store has emptied.
import { announceAllDataCleared, onAllDataCleared } from '@/lib/data-events'

describe('data events', () => {
  it('resolves only once every listener has finished its async work', async () => {
    const done: string[] = []
    onAllDataCleared(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10))
      done.push('slow store')
    })
    onAllDataCleared(() => done.push('quick store'))
    await announceAllDataCleared()
    expect(done.sort()).toEqual(['quick store', 'slow store'])
  })
})
