/**
 * The offline layer's words, in both languages the app speaks. Kept beside the components that
 * use them so the rider screen's tables (src/i18n) stay as they are.
 */
import type { Locale } from '../../i18n/i18n.ts';

export interface OfflineMessages {
  offline: (received: string) => string;
  staleCopy: (days: number, checked: string) => string;
  tilesMissing: string;
  updateReady: string;
  updateReload: string;
  updateLater: string;
  installTitle: string;
  installButton: string;
  iosInstall: string;
  dismiss: string;
}

const zhCN: OfflineMessages = {
  offline: (received) => `离线中：显示的是本机 ${received} 收到的数据，恢复网络后自动更新。`,
  staleCopy: (days, checked) => `本机数据已 ${days} 天没有和服务器核对（上次 ${checked}），开放情况可能有变。`,
  tilesMissing: '地图上有些区域没有离线保存，联网后才能显示。',
  updateReady: '有新版本。',
  updateReload: '重新加载',
  updateLater: '稍后',
  installTitle: '安装到手机桌面，没有信号时也能打开。',
  installButton: '安装',
  iosInstall: '在 Safari 中点“分享”，再点“添加到主屏幕”。只有添加到主屏幕的应用才会长期保留离线数据。',
  dismiss: '知道了',
};

const en: OfflineMessages = {
  offline: (received) => `Offline: showing the data this device received ${received}. It updates when the connection returns.`,
  staleCopy: (days, checked) =>
    `The data on this device has not been checked with the server for ${days} days (last ${checked}); opening hours may have changed.`,
  tilesMissing: 'Some parts of the map are not saved for offline use and appear once you are online.',
  updateReady: 'A new version is ready.',
  updateReload: 'Reload',
  updateLater: 'Later',
  installTitle: 'Install the app on your home screen to open it without signal.',
  installButton: 'Install',
  iosInstall: 'In Safari tap Share, then "Add to Home Screen". Only an app added to the home screen keeps its offline data.',
  dismiss: 'Got it',
};

export function offlineMessages(locale: Locale): OfflineMessages {
  return locale === 'en' ? en : zhCN;
}
