// The user's own family contact: on this phone only, never in a share or the report pack.
export { CallFamilyButton } from './components/call-family-button'
export { FamilyContactForm } from './components/family-contact-form'
export { FamilyContactSettings } from './components/family-contact-settings'
export { FamilyOffer } from './components/family-offer'
export { callFamilyLabel, familyName, sendToFamilyLabel, type FamilyContact } from './model'
export { useFamily, useFamilyContact } from './store'
