// Every platform seam has one typed interface: the browser file (x.h5.ts) exports exactly what the
// WeChat file (x.ts) exports, with types a caller can use either way. tsc checks the assignments;
// the test checks that no export is missing on either side.
import * as calendar from '@/platform/calendar'
import * as calendarH5 from '@/platform/calendar.h5'
import * as canvas from '@/platform/canvas'
import * as canvasH5 from '@/platform/canvas.h5'
import * as clipboard from '@/platform/clipboard'
import * as clipboardH5 from '@/platform/clipboard.h5'
import * as download from '@/platform/download'
import * as downloadH5 from '@/platform/download.h5'
import * as env from '@/platform/env'
import * as envH5 from '@/platform/env.h5'
import * as files from '@/platform/files'
import * as filesH5 from '@/platform/files.h5'
import * as images from '@/platform/images'
import * as imagesH5 from '@/platform/images.h5'
import * as permissions from '@/platform/permissions'
import * as permissionsH5 from '@/platform/permissions.h5'
import * as privacy from '@/platform/privacy'
import * as privacyH5 from '@/platform/privacy.h5'
import * as storageDevice from '@/platform/storage-device'
import * as storageDeviceH5 from '@/platform/storage-device.h5'
import * as system from '@/platform/system'
import * as systemH5 from '@/platform/system.h5'

const pairs = {
  calendar: [calendar, calendarH5 satisfies typeof calendar],
  canvas: [canvas, canvasH5 satisfies typeof canvas],
  clipboard: [clipboard, clipboardH5 satisfies typeof clipboard],
  download: [download, downloadH5 satisfies typeof download],
  env: [env, envH5 satisfies typeof env],
  files: [files, filesH5 satisfies typeof files],
  images: [images, imagesH5 satisfies typeof images],
  permissions: [permissions, permissionsH5 satisfies typeof permissions],
  privacy: [privacy, privacyH5 satisfies typeof privacy],
  'storage-device': [storageDevice, storageDeviceH5 satisfies typeof storageDevice],
  system: [system, systemH5 satisfies typeof system],
} as const

describe('platform seams', () => {
  it.each(Object.entries(pairs))('%s exports the same names on WeChat and in the browser', (_name, [weapp, browser]) => {
    expect(Object.keys(browser).sort()).toEqual(Object.keys(weapp).sort())
  })
})
