// The framework's floor: the real app's tab bar, window and subpackage shape, with almost nothing in it.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/evidence/index', 'pages/reminders/index', 'pages/more/index'],
  subPackages: [{ root: 'case', pages: ['pages/emergency/index'] }],
  window: {
    navigationBarBackgroundColor: '#c8201b',
    navigationBarTitleText: '基线',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f4f6',
  },
  tabBar: {
    color: '#4a4a4a',
    selectedColor: '#c8201b',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/evidence/index',
        text: '证据',
        iconPath: 'assets/tabbar/evidence.png',
        selectedIconPath: 'assets/tabbar/evidence-active.png',
      },
      {
        pagePath: 'pages/reminders/index',
        text: '提醒',
        iconPath: 'assets/tabbar/reminders.png',
        selectedIconPath: 'assets/tabbar/reminders-active.png',
      },
      { pagePath: 'pages/more/index', text: '更多', iconPath: 'assets/tabbar/more.png', selectedIconPath: 'assets/tabbar/more-active.png' },
    ],
  },
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
})
