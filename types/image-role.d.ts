// A tapped photo thumbnail says it is a button: config/weapp-aria gives Image aria-role in the WeChat
// build, and H5 keeps the DOM's role. Taro's types declare role on View only.
import '@tarojs/components/types/Image'

declare module '@tarojs/components/types/Image' {
  interface ImageProps {
    role?: string
  }
}
