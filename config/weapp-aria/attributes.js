// The ARIA attributes WeChat reads on a view (its 无障碍 guide: aria-component) that the app uses.
// Taro's weapp templates declare none of them, so without these a screen reader hears every button
// as plain text. An empty default leaves the attribute out when a node does not set it. Nothing taps a
// Text (the lint rule in eslint.config.js keeps it so), so Text needs none.
const ARIA_COMPONENTS = {
  View: {
    'aria-role': '',
    'aria-label': '',
    'aria-disabled': '',
    'aria-checked': '',
    'aria-expanded': '',
    'aria-hidden': '',
  },
  // A photo thumbnail opens the photo.
  Image: { 'aria-role': '', 'aria-label': '' },
}

module.exports = { ARIA_COMPONENTS }
