import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import SettingsPage from '@/info/pages/settings/index'
import EmergencyPage from '@/case/pages/emergency/index'
import HomePage from '@/pages/index/index'
import { useFamily } from '@/features/family'
import { useEmergency } from '@/features/emergency/store'
import * as storage from '@/platform/storage'
import { makePhoneCall } from '@/platform/phone'

jest.mock('@/platform/feedback')
jest.mock('@/platform/phone')
jest.mock('@/platform/navigation')

function type(id: string, value: string) {
  fireEvent(document.getElementById(id) as HTMLElement, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

const valueOf = (id: string) => document.getElementById(id)?.getAttribute('value') ?? ''

async function renderSettings() {
  await act(async () => {
    render(<SettingsPage />)
  })
}

beforeEach(async () => {
  jest.mocked(makePhoneCall).mockResolvedValue({ ok: true, value: undefined })
  await act(async () => {
    await useFamily.setState({ contact: undefined, offerDeclinedAt: undefined })
  })
})

describe('紧急时联系的家人', () => {
  it('saves 女儿 with a number typed with +86, spaces and dashes, as digits', async () => {
    await renderSettings()
    fireEvent.click(screen.getByText('女儿'))
    type('family-phone', '+86 139-1234 5678')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(useFamily.getState().contact).toEqual({ relation: '女儿', phone: '13912345678' }))
    await waitFor(() => expect(document.getElementById('family-saved')?.textContent).toBe('女儿 · 13912345678'))
  })

  it.each(['110', '96110', '12356', '95588'])('refuses the official line %s and keeps what was typed', async (number) => {
    await renderSettings()
    type('family-relation', '儿子')
    type('family-phone', number)
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/官方电话/))
    expect(useFamily.getState().contact).toBeUndefined()
    expect(valueOf('family-phone')).toBe(number)
    expect(valueOf('family-relation')).toBe('儿子')
  })

  it('says what is wrong with a number that is not one', async () => {
    await renderSettings()
    type('family-phone', '13912abc')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('电话号码只能有数字、空格、横线和 +86'))
  })

  it('keeps the form as typed, with a clear message, when the phone’s storage is full', async () => {
    const write = jest.spyOn(storage, 'writeKey').mockResolvedValue({ ok: false, reason: 'quota', message: 'exceed storage max size' })
    await renderSettings()
    type('family-relation', '老伴')
    type('family-phone', '13912345678')
    fireEvent.click(screen.getByText('保存'))
    await waitFor(() => expect(document.getElementById('family-save-error')?.textContent).toMatch(/存储空间满了/))
    expect(valueOf('family-relation')).toBe('老伴')
    expect(valueOf('family-phone')).toBe('13912345678')
    expect(useFamily.getState().contact).toBeUndefined()
    write.mockRestore()
  })

  it('puts 「打给女儿」 on the call step, dialling that number', async () => {
    await act(async () => {
      await useFamily.setState({ contact: { relation: '女儿', phone: '13912345678' } })
      await useEmergency.setState({
        sessions: { scammed: { variant: 'scammed', startedAt: Date.now(), remoteControl: false, done: { 'stop-paying': Date.now() } } },
      })
    })
    await act(async () => {
      render(<EmergencyPage />)
    })
    const button = document.getElementById('call-family') as HTMLElement
    expect(button.textContent).toContain('打给女儿')
    expect(button.getAttribute('aria-label')).toBe('打给女儿：你自己填写的号码 13912345678')
    fireEvent.click(button)
    await waitFor(() => expect(makePhoneCall).toHaveBeenCalledWith('13912345678'))
  })

  it('says 「打给家人」 when no relation was given', async () => {
    await act(async () => {
      await useFamily.setState({ contact: { relation: '', phone: '13912345678' } })
      await useEmergency.setState({
        sessions: { scammed: { variant: 'scammed', startedAt: Date.now(), remoteControl: false, done: { 'stop-paying': Date.now() } } },
      })
    })
    await act(async () => {
      render(<EmergencyPage />)
    })
    expect(document.getElementById('call-family')?.textContent).toContain('打给家人')
  })

  it('is offered on home once after the first emergency, and not again after 「不用了」', async () => {
    await act(async () => {
      await useEmergency.setState({ sessions: { scammed: { variant: 'scammed', startedAt: Date.now(), done: {} } } })
    })
    const { unmount } = render(<HomePage />)
    await waitFor(() => expect(document.getElementById('family-offer')).toBeTruthy())
    fireEvent.click(screen.getByText('不用了'))
    await waitFor(() => expect(document.getElementById('family-offer')).toBeNull())
    unmount()
    await act(async () => {
      render(<HomePage />)
    })
    expect(document.getElementById('family-offer')).toBeNull()
  })
})
