import { View } from '@tarojs/components'
import { TapButton } from '@/ui/tap-button'

export interface SaveFailureState {
  message: string
  /** Storage is full: offer the way to free space. */
  quota: boolean
}

/** Why the last save did not go through, with the way out when storage is full. The draft stays on screen. */
export function SaveFailure({ failure, onFreeSpace }: { failure: SaveFailureState | null; onFreeSpace: () => void }) {
  if (!failure) return null
  return (
    <View className='bj-editor__failure' role='alert'>
      <View>{failure.message}</View>
      {failure.quota ? (
        <TapButton tone='plain' className='bj-editor__free-space' onTap={onFreeSpace}>
          去清理存储空间
        </TapButton>
      ) : null}
    </View>
  )
}
