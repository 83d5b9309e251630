/**
 * Messages of sign-in, sessions, user management and the audit trail, in both UI languages.
 * Spread into MESSAGES (messages.ts). Sign-in failures never say whether a user name exists.
 */
export const AUTH_MESSAGES = {
  // fields
  username: { id: 'Nama pengguna 3-40 karakter: huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi', en: 'User name: 3-40 letters, digits, dots, underscores or dashes, no spaces' },
  passwordTooShort: { id: 'Kata sandi minimal {min} karakter', en: 'The password needs at least {min} characters' },
  passwordTooLong: { id: 'Kata sandi maksimal {max} karakter', en: 'The password has at most {max} characters' },
  passwordTrivial: { id: 'Kata sandi tidak boleh berupa satu karakter yang diulang', en: 'The password must not be one repeated character' },
  passwordSameAsUsername: { id: 'Kata sandi tidak boleh sama dengan nama pengguna', en: 'The password must differ from the user name' },
  passwordMismatch: { id: 'Ulangan kata sandi tidak sama', en: 'The passwords do not match' },
  passwordUnchanged: { id: 'Kata sandi baru harus berbeda dari kata sandi sekarang', en: 'The new password must differ from the current one' },
  currentPasswordWrong: { id: 'Kata sandi sekarang salah', en: 'The current password is wrong' },
  confidentialViewer: { id: 'Peran Pembaca tidak dapat diberi akses identitas rahasia', en: 'The Viewer role cannot be granted confidential identities' },
  idleLockMinutes: { id: 'Kunci otomatis antara 1 dan 240 menit', en: 'Automatic lock: 1 to 240 minutes' },
  dateRange: { id: 'Tanggal akhir tidak boleh sebelum tanggal awal', en: 'The end date cannot be before the start date' },

  // sign-in and sessions
  loginFailed: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong user name or password.' },
  unlockFailed: { id: 'Kata sandi salah.', en: 'Wrong password.' },
  tooManyAttempts: { id: 'Terlalu banyak percobaan yang gagal. Coba lagi dalam {seconds} detik.', en: 'Too many failed attempts. Try again in {seconds} seconds.' },
  accountLocked: {
    id: 'Terlalu banyak percobaan yang gagal: akun dikunci sementara. Coba lagi dalam {minutes} menit, atau minta admin mengatur ulang kata sandi.',
    en: 'Too many failed attempts: the account is locked for now. Try again in {minutes} minutes, or ask an administrator to reset the password.',
  },
  accountInactive: { id: 'Akun ini dinonaktifkan. Hubungi admin kantor.', en: 'This account is deactivated. Contact the office administrator.' },
  notSignedIn: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  sessionEnded: { id: 'Sesi Anda telah berakhir. Silakan masuk kembali.', en: 'Your session has ended. Please sign in again.' },
  sessionLocked: { id: 'Layar terkunci. Masukkan kata sandi Anda untuk melanjutkan.', en: 'The screen is locked. Enter your password to continue.' },
  passwordChangeRequired: { id: 'Kata sandi Anda diatur ulang oleh admin. Buat kata sandi baru terlebih dahulu.', en: 'An administrator reset your password. Choose a new one first.' },
  sessionUnavailable: { id: 'Masuk hanya dapat dilakukan dari jendela aplikasi.', en: 'Signing in is only possible from the application window.' },
  setupDone: { id: 'Administrator pertama sudah dibuat. Silakan masuk.', en: 'The first administrator already exists. Please sign in.' },

  // user management
  usernameTaken: { id: 'Nama pengguna "{username}" sudah dipakai (huruf besar/kecil diabaikan).', en: 'The user name "{username}" is taken (case ignored).' },
  lastAdmin: { id: 'Harus tetap ada minimal satu admin aktif. Jadikan pengguna lain admin terlebih dahulu.', en: 'At least one active administrator must remain. Make another user an administrator first.' },
  selfChange: { id: 'Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri. Minta admin lain melakukannya.', en: 'You cannot change the role of, or deactivate, your own account. Ask another administrator.' },
} satisfies Record<string, { id: string; en: string }>;
