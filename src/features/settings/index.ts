export { DataSettings } from './components/data-settings'
export { PrivacyStatement } from './components/privacy-statement'
