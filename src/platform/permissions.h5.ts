import { failure, type PlatformResult } from './result'

/** The browser version of ./permissions: the browser keeps its own permission settings. */
export async function openPermissionSettings(): Promise<PlatformResult> {
  return failure('unsupported', 'no permission settings in the browser')
}
