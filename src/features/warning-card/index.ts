// The warning card carries no personal data: it imports only content and the hotline directory.
export { CardActions } from './components/card-actions'
export { CardCanvas } from './components/card-canvas'
export { CardPicker } from './components/card-picker'
export { RecipientActions, RecipientFirstSteps } from './components/recipient-actions'
export { useShareImages } from './components/use-share-images'
export { WarningCardView } from './components/warning-card-view'
export { SenderNote, SenderNoteField } from './components/sender-note'
export { cardFor, cleanSenderNote, parseCardType, parseSenderNote, shareInfo } from './model'
