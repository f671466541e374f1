// Storage at scale (issue 3): bytes written per add with 1,000 notes, and how many bytes 2,000 notes take.
// Run by `npm run bench`, never by `npm test`; it records figures, it does not time anything.
import fs from 'fs'
import path from 'path'
import Taro from '@tarojs/taro'
import { loadEvidence, resetEvidence } from '@/features/evidence/store'
import { saveNote } from '@/features/evidence/note-writes'
import { INDEX_KEY, encodeIndex, encodeNote, entryFor, noteKey, type IndexEntry } from '@/features/evidence/record'
import type { EvidenceNote } from '@/features/evidence/model'
import { createFakeWx, promisified, type FakeWx } from '../support/fake-wx'

const T0 = Date.UTC(2026, 10, 22, 6)
const TEXT_300 = '对方自称航空公司客服，说我的航班因故取消，需要先交一笔保证金才能办理退票和改签。'.repeat(8).slice(0, 300)

function makeNote(i: number): EvidenceNote {
  return {
    id: `${(T0 + i * 1000).toString(36)}-${(i % 1679616).toString(36).padStart(4, '0')}`,
    type: i % 3 === 0 ? 'transfer' : 'chat',
    occurredAt: T0 + i * 1000,
    text: TEXT_300,
    amountFen: i % 3 === 0 ? 120050 : undefined,
    party: { name: '李客服', phone: '13800138000', account: '6222000012345678', institution: '工商银行' },
    photos: [],
    createdAt: T0 + i * 1000,
    updatedAt: T0 + i * 1000,
  }
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8')

function seed(wx: FakeWx, count: number): void {
  let entries: IndexEntry[] = []
  for (let i = 0; i < count; i += 1) {
    const note = makeNote(i)
    wx.setStorageSync(noteKey(note.id), encodeNote(note))
    entries.push(entryFor(note))
  }
  entries = entries.sort((a, b) => b[1] - a[1])
  wx.setStorageSync(INDEX_KEY, encodeIndex(entries))
}

function useFake(): FakeWx {
  const wx = createFakeWx({ perKeyLimit: 700 * 1024, totalLimit: 7 * 1024 * 1024 })
  for (const api of ['getStorage', 'setStorage', 'removeStorage'] as const) {
    jest.spyOn(Taro, api).mockImplementation(promisified(wx, api) as never)
  }
  jest
    .spyOn(Taro, 'getStorageInfoSync')
    .mockImplementation(() => (wx as unknown as { getStorageInfoSync: () => never }).getStorageInfoSync())
  return wx
}

const results: Record<string, unknown> = {}

afterAll(() => {
  const dir = path.join(__dirname, 'results')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'storage.json'), JSON.stringify(results, null, 2))
})

it('with 1,000 notes, adding one writes only its own key and the index', async () => {
  const wx = useFake()
  seed(wx, 1000)
  resetEvidence()
  await loadEvidence()
  wx.__calls.length = 0
  const added = makeNote(5000)
  await saveNote(added)
  const writes = wx.__calls.filter((call) => call.api === 'setStorage')
  const written = writes.reduce((sum, call) => sum + bytes(call.options.data), 0)
  results.keysWrittenPerAdd = writes.map((call) => String(call.options.key).replace(added.id, '<new>'))
  results.bytesWrittenPerAdd = written
  results.noteBytes = bytes(encodeNote(added))
  results.indexBytesAt1001 = bytes(wx.getStorageSync(INDEX_KEY))
  results.bytesPerAddOverNote = written - bytes(encodeNote(added))
  expect(writes).toHaveLength(2)
})

it('2,000 notes of 300 characters fit within 7 MB', () => {
  const wx = useFake()
  seed(wx, 2000)
  const stored = [...wx.__store.entries()].reduce((sum, [key, raw]) => sum + Buffer.byteLength(key) + Buffer.byteLength(raw), 0)
  const rawJson = bytes(Array.from({ length: 2000 }, (_, i) => makeNote(i)))
  results.notes2000StoredBytes = stored
  results.notes2000StoredMb = Math.round((stored / 1024 / 1024) * 100) / 100
  results.bytesPerNoteStored = Math.round(stored / 2000)
  results.bytesPerNoteRawJson = Math.round(rawJson / 2000)
  expect(wx.__store.size).toBe(2001)
})
