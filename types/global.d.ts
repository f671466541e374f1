/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

declare const APP_VERSION: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
  }
}
