import { useState } from 'react'
import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'
import { reportIfNotSaved } from '@/services/save-feedback'
import { confirm } from '@/platform/feedback'
import { phoneLabel } from '@/lib/phone-number'
import { familyName } from '../model'
import { familyActions, useFamily } from '../store'
import { FamilyContactForm } from './family-contact-form'
import './family.scss'

async function removeContact(): Promise<void> {
  const sure = await confirm({
    title: '删除这个家人的号码？',
    content: '急救页上就不再有“打给家人”的按钮。',
    confirmText: '删除',
    cancelText: '保留',
  })
  if (sure) reportIfNotSaved(await familyActions.remove())
}

/** The settings section: the saved contact with 修改 and 删除, or the form to add one. */
export function FamilyContactSettings() {
  const contact = useFamily((state) => state.contact)
  const [editing, setEditing] = useState(false)
  return (
    <View id='settings-family'>
      <View className='bj-section-title'>紧急时联系的家人</View>
      <View className='bj-card'>
        <View className='bj-muted'>
          只保存在这部手机上，不会出现在分享的卡片和报案材料里。设好后，急救页上会有“打给{contact ? familyName(contact) : '家人'}”。
        </View>
        {contact && !editing ? (
          <View className='bj-family-saved'>
            <View id='family-saved' className='bj-family-saved__who'>
              {familyName(contact)} · {phoneLabel(contact.phone)}
            </View>
            <View className='bj-family-saved__actions'>
              <TapButton id='family-edit' tone='plain' onTap={() => setEditing(true)}>
                修改
              </TapButton>
              <TapButton id='family-remove' tone='plain' onTap={() => removeContact()}>
                删除
              </TapButton>
            </View>
          </View>
        ) : null}
      </View>
      {/* The form's fields are cards of their own, so it sits under the card, not inside it. */}
      {!contact || editing ? (
        <FamilyContactForm initial={contact} onSaving={() => setEditing(true)} onSaved={() => setEditing(false)} />
      ) : null}
    </View>
  )
}
