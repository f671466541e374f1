import { View } from '@tarojs/components'
import { MISTAKES_TO_AVOID } from '@/content/liability'
import { LAW_ARTICLES, LAW_TOPICS, citationText } from '@/content/laws'
import './plan.scss'

/** 法律依据: every article the plan cites, by topic, in plain words, with what to avoid. */
export function LawLibrary() {
  return (
    <View className='bj-law'>
      <View className='bj-card bj-muted'>以下是对法律条文的通俗说明，不是条文原文，也不是法律意见。</View>
      {LAW_TOPICS.map(({ topic, label }) => (
        <View key={topic} id={`law-topic-${topic}`}>
          <View className='bj-plan__stage'>{label}</View>
          <View className='bj-card'>
            {LAW_ARTICLES.filter((entry) => entry.topic === topic).map((entry) => (
              <View className='bj-law__article' key={entry.id} id={`law-${entry.id}`}>
                <View className='bj-law__name'>{citationText(entry)}</View>
                <View className='bj-plan-step__reason'>{entry.paraphrase}</View>
                {entry.note ? <View className='bj-law__note'>{entry.note}</View> : null}
              </View>
            ))}
          </View>
        </View>
      ))}
      <View className='bj-plan__stage'>要避免的错误</View>
      <View className='bj-card'>
        {MISTAKES_TO_AVOID.map((mistake) => (
          <View className='bj-plan-step__reason' key={mistake}>
            {mistake}
          </View>
        ))}
      </View>
    </View>
  )
}
