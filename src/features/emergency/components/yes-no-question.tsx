import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'

interface YesNoQuestionProps {
  id: string
  question: string
  yes: string
  no: string
  onAnswer: (yes: boolean) => void
}

/**
 * One question with two large buttons, for the first thing the emergency screen needs to know. Each
 * answer's label carries the question: 「是」 alone tells a screen reader's user nothing.
 */
export function YesNoQuestion({ id, question, yes, no, onAnswer }: YesNoQuestionProps) {
  return (
    <View className='bj-question-card' id={id}>
      <View className='bj-question-card__text'>{question}</View>
      <View className='bj-question-card__answers'>
        <TapButton
          id={`${id}-yes`}
          tone='primary'
          className='bj-question-card__answer'
          label={`${question} ${yes}`}
          onTap={() => onAnswer(true)}
        >
          {yes}
        </TapButton>
        <TapButton
          id={`${id}-no`}
          tone='plain'
          className='bj-question-card__answer'
          label={`${question} ${no}`}
          onTap={() => onAnswer(false)}
        >
          {no}
        </TapButton>
      </View>
    </View>
  )
}
