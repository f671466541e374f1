import path from 'path'
import { createSwcRegister } from '@tarojs/helper'
import type { HOME_ENTRY as HomeEntry } from '../src/content/home-entry'
import type { Hotline } from '../src/content/types'

/*
 * The app's content, for the build: Taro compiles only config/ when it loads the config, and the
 * content modules are TypeScript too, so they are compiled the same way here.
 */
const CONFIG_DIR = __dirname
const CONTENT_DIR = path.resolve(__dirname, '../src/content')
createSwcRegister({ only: [(file: string) => file.startsWith(CONFIG_DIR) || file.startsWith(CONTENT_DIR)] })

export const HOME_ENTRY = (require('../src/content/home-entry') as { HOME_ENTRY: typeof HomeEntry }).HOME_ENTRY
export const { callLabel } = require('../src/content/call-label') as typeof import('../src/content/call-label')
export const HOTLINES = (require('../src/content/hotlines') as { HOTLINES: readonly Hotline[] }).HOTLINES
