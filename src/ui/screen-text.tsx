import { Text } from '@tarojs/components'
import { unbreakableRuns } from '@/lib/line-break'
import './screen-text.scss'

/**
 * Text from the content files, with phone numbers, amounts and bank or airline names kept on one
 * line: 「4008-300-999」 split after a hyphen reads as two numbers.
 */
export function ScreenText({ text }: { text: string }) {
  return (
    <>
      {unbreakableRuns(text).map((run, index) =>
        run.keep ? (
          <Text className='bj-keep' key={index}>
            {run.text}
          </Text>
        ) : (
          run.text
        ),
      )}
    </>
  )
}
