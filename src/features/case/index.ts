// The case as a whole: the only feature that reads across the others (their public selectors),
// to assemble the timeline, the report pack, the letters' case file and the export. It writes nothing.
export { BankCallScript, CallScript, CallScriptFor } from './components/call-script'
export { CaseTimeline } from './components/case-timeline'
export { ReportPackScreen } from './components/report-pack-screen'
export { caseFileForLetters, currentReportPack } from './current-case'
export { exportCase } from './export'
export { useCaseDone, useDoneOutsideEmergency, useDoneOutsidePlan, type DoneElsewhere } from './use-case-progress'
export { useKnownAnswers } from './use-known-answers'
