import { Component, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { exportRawData } from '@/services/raw-export'
import { TapButton } from './tap-button'
import './guarded.scss'

interface GuardedProps {
  /** What this part of the screen is, for the message: 「处置进度」. */
  what: string
  children: ReactNode
}

/**
 * An error boundary around one part of a screen. If stored data makes that part fail, the rest of
 * the screen still works, and the user sees what happened and can export the raw data.
 */
export class Guarded extends Component<GuardedProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <View className='bj-guarded' role='alert'>
        <View className='bj-guarded__text'>{this.props.what}暂时显示不出来，保存的数据没有删除。可以先导出原始数据留底。</View>
        <TapButton tone='plain' onTap={() => exportRawData()}>
          导出原始数据
        </TapButton>
      </View>
    )
  }
}
