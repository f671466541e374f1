import { useState } from 'react'
import { Input, View } from '@tarojs/components'
import { HOTLINE_ENTRIES, HOTLINE_GROUP_LABELS, HOTLINE_GROUP_ORDER } from '@/content/hotline-details'
import { groupHotlines, searchHotlines } from '../directory'
import { EmergencyCalls } from './emergency-calls'
import { HotlineRow } from './hotline-row'
import { RecoveryScamWarning } from './recovery-scam-warning'
import './hotline-directory.scss'

function EmergencyFallback({ query }: { query: string }) {
  return (
    <View className='bj-card bj-directory__empty'>
      <View className='bj-directory__empty-title'>没有找到“{query}”</View>
      <View className='bj-muted'>换个说法试试，比如银行名或号码。遇到诈骗，可以直接打：</View>
      <View className='bj-directory__empty-calls'>
        <EmergencyCalls />
      </View>
    </View>
  )
}

/** The official directory: search, grouped entries with status and date, and the recovery-scam warning. */
export function HotlineDirectory() {
  const [query, setQuery] = useState('')
  const sections = groupHotlines(searchHotlines(HOTLINE_ENTRIES, query), HOTLINE_GROUP_ORDER)
  const trimmed = query.trim()
  return (
    <View className='bj-directory'>
      <View className='bj-directory__search'>
        <Input
          id='hotline-search'
          className='bj-directory__input'
          type='text'
          confirmType='search'
          value={query}
          placeholder='搜索名称或号码，如“工商”“95588”'
          aria-label='搜索官方电话'
          onInput={(event) => setQuery(event.detail.value)}
        />
      </View>
      <View className='bj-directory__hint'>点一下直接拨打，长按复制号码。只打这里列出的官方号码。</View>
      {sections.length === 0 ? <EmergencyFallback query={trimmed} /> : null}
      {trimmed ? null : <RecoveryScamWarning />}
      {sections.map((section) => (
        <View className='bj-directory__section' key={section.group}>
          <View className='bj-section-title'>{HOTLINE_GROUP_LABELS[section.group]}</View>
          {section.items.map((hotline) => (
            <HotlineRow hotline={hotline} key={hotline.id} />
          ))}
        </View>
      ))}
    </View>
  )
}
