// C3: the pack's times are Beijing's whatever the phone's zone.
import { formatBeijingDateTime } from '@/lib/beijing-time'

it('formats an instant as Beijing wall-clock time, independent of the phone’s zone', () => {
  expect(formatBeijingDateTime(Date.UTC(2026, 10, 22, 6, 5))).toBe('2026年11月22日 14:05')
  expect(formatBeijingDateTime(Date.UTC(2026, 11, 31, 16, 30))).toBe('2027年1月1日 00:30')
})
