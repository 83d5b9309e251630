/**
 * Messages of application updates and the about screen, in both UI languages.
 * Spread into MESSAGES (messages.ts), so they are ordinary message keys.
 */
export const UPDATE_MESSAGES = {
  // field validation
  updateFeedUrl: {
    id: 'Alamat pembaruan harus diawali http:// atau https:// (contoh: https://pembaruan.ombudsman.go.id/simpul/)',
    en: 'The update address must start with http:// or https:// (e.g. https://pembaruan.ombudsman.go.id/simpul/)',
  },
  // service errors
  updateNotReady: {
    id: 'Belum ada pembaruan yang selesai diunduh untuk dipasang.',
    en: 'No downloaded update is ready to install.',
  },
  updatesUnavailable: {
    id: 'Pembaruan otomatis hanya tersedia di aplikasi desktop yang terpasang.',
    en: 'Automatic updates are only available in the installed desktop app.',
  },
} as const;
