/**
 * The colours TypeScript needs: WeChat's window and tab bar (app.config.ts), a danger modal's
 * button (platform/feedback.ts) and the drawn warning card (warning-card/layout.ts). They mirror
 * src/styles/tokens.scss, the one place colours are chosen; test/unit/lib/colors.test.ts fails
 * when the two differ.
 */
export const COLORS = {
  danger: '#c8201b',
  dangerBg: '#fdecea',
  text: '#161616',
  textSecondary: '#4a4a4a',
  bg: '#f3f4f6',
  card: '#ffffff',
} as const
