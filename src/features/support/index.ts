// Support for the person after a scam: the days ahead, telling family, someone to talk to.
export { SupportScreen } from './components/support-screen'
