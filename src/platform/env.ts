/** Which build this is. TARO_ENV is replaced at build time, so dead branches drop out of each bundle. */
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'
