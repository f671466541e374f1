// Runs first in the weapp build (Taro imports every platform runtime before the app). It registers the
// ARIA attributes with Taro's runtime, so setData carries them to the templates the build plugin wrote,
// and turns the DOM's `role` into WeChat's `aria-role`: components write `role` once for both builds.
import { hooks, mergeInternalComponents } from '@tarojs/shared'
import { ARIA_COMPONENTS } from './attributes'

mergeInternalComponents(ARIA_COMPONENTS)

hooks.tap('modifyHydrateData', (data) => {
  if (data.role === undefined) return
  if (data.ariaRole === undefined) data.ariaRole = data.role
  delete data.role
})
