/**
 * Messages of events, attendance, action plans and commitments, in both UI languages.
 * Spread into MESSAGES (messages.ts), so they are ordinary message keys.
 */
export const EVENT_MESSAGES = {
  // events and attendance
  eventTypeDuplicate: { id: 'Jenis kegiatan "{name}" sudah ada.', en: 'Event type "{name}" already exists.' },
  eventTypeUnknown: { id: 'Jenis kegiatan tidak dikenal atau tidak aktif.', en: 'Unknown or inactive event type.' },
  eventEndBeforeStart: { id: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', en: 'The end date cannot be before the start date.' },
  eventEndTimeOrder: { id: 'Jam selesai harus sesudah jam mulai.', en: 'The end time must be after the start time.' },
  time: { id: 'Jam tidak valid (format JJ:MM, mis. 09:00)', en: 'Invalid time (HH:MM, e.g. 09:00)' },
  eventCancelled: { id: 'Kegiatan ini dibatalkan. Aktifkan kembali sebelum mengubah undangan atau kehadiran.', en: 'This event is cancelled. Restore it before changing invitations or attendance.' },
  inviteNothing: { id: 'Pilih instansi, kelompok atau wilayah yang akan diundang.', en: 'Choose agencies, a group or a region to invite.' },
  invitationHasAttendance: { id: 'Kehadiran {name} sudah dicatat. Ubah kehadirannya menjadi "Belum dicatat" sebelum membatalkan undangan.', en: 'Attendance of {name} is already recorded. Set it back to "not recorded" before removing the invitation.' },
  attendeesRequired: { id: 'Sebutkan minimal satu nama yang hadir.', en: 'Name at least one attendee.' },
  attendeesNotExpected: { id: 'Instansi yang tidak hadir atau belum dicatat tidak memiliki daftar peserta.', en: 'An agency that did not attend (or is not recorded) has no attendees.' },
  attendanceFuture: { id: 'Kehadiran baru dapat dicatat pada hari kegiatan atau sesudahnya ({date}).', en: 'Attendance can be recorded from the day of the event ({date}).' },
  // action plans and commitments
  templateUnknownPlaceholder: { id: 'Penanda {placeholder} tidak dikenal. Penanda yang dapat dipakai: {known}', en: 'Unknown placeholder {placeholder}. Available placeholders: {known}' },
  templateBraces: { id: 'Kurung kurawal tidak berpasangan. Penanda ditulis seperti {instansi}.', en: 'Unbalanced braces. Placeholders look like {instansi}.' },
  templateDuplicate: { id: 'Templat "{name}" sudah ada.', en: 'Template "{name}" already exists.' },
  templateUnknown: { id: 'Templat lembar komitmen tidak dikenal atau tidak aktif.', en: 'Unknown or inactive commitment template.' },
  templateInUse: { id: 'Templat ini dipakai oleh rencana aksi yang sudah ditandatangani; ubahannya akan mengubah lembar yang sudah diteken. Buat templat baru.', en: 'This template is used by an action plan already signed; changing it would change signed sheets. Create a new template instead.' },
  pointsRequired: { id: 'Isi minimal satu butir rencana aksi.', en: 'Enter at least one action point.' },
  planLocked: { id: 'Sudah ada {count} instansi yang menandatangani. Judul, butir, templat, tanggal dan penanda tangan tidak dapat diubah lagi.', en: '{count} agencies have signed already. Title, points, template, date and signatories can no longer change.' },
  planEventUnknown: { id: 'Kegiatan tidak ditemukan atau dibatalkan.', en: 'Event not found or cancelled.' },
  commitmentNotRemovable: { id: 'Komitmen {name} sudah dicetak atau diproses dan tidak dapat dihapus dari rencana aksi. Tandai "Menolak" bila instansi tidak ikut.', en: 'The commitment of {name} was printed or processed and cannot be removed. Mark it "declined" if the agency does not take part.' },
  commitmentMove: { id: 'Status tidak dapat diubah dari "{from}" menjadi "{to}".', en: 'The status cannot change from "{from}" to "{to}".' },
  commitmentSignedLocked: { id: 'Komitmen sudah ditandatangani: penanda tangan tidak dapat diubah lagi.', en: 'The commitment is signed: the signatory can no longer change.' },
  commitmentNeedsScan: { id: 'Lampirkan pindaian lembar yang sudah ditandatangani sebelum mengarsipkan.', en: 'Attach the scan of the signed sheet before filing it.' },
  commitmentDateOrder: { id: 'Tanggal ini tidak boleh sebelum {date}.', en: 'This date cannot be before {date}.' },
  commitmentReprintFirst: { id: 'Isi lembar komitmen berubah sejak dicetak (kode {code}). Cetak ulang dan tandatangani lembar yang baru.', en: 'The sheet content changed since it was printed (code {code}). Print again and have the new sheet signed.' },
  codeInvalid: { id: 'Kode tidak valid. Kode terdiri atas 9 huruf/angka, mis. 7K3M-Q9TX-4; periksa kembali ketikannya.', en: 'Invalid code. A code has 9 letters/digits, e.g. 7K3M-Q9TX-4; check what you typed.' },
  codeUnknown: { id: 'Kode {code} tidak ditemukan pada lembar komitmen yang pernah dicetak.', en: 'Code {code} is not on any printed commitment sheet.' },
  batchEmpty: { id: 'Tidak ada lembar komitmen yang perlu dicetak pada rencana aksi ini.', en: 'There are no commitment sheets to print in this action plan.' },
  batchExpired: { id: 'Pencetakan ini sudah kedaluwarsa atau dibatalkan. Mulai lagi.', en: 'This print run expired or was cancelled. Start again.' },
  batchChanged: { id: 'Data rencana aksi berubah selama pencetakan. Mulai cetak ulang agar kode pada lembar sesuai.', en: 'The action plan changed while printing. Start again so the codes on the sheets match.' },
  batchUnfinished: { id: 'Lembar belum selesai disusun ({done} dari {total}).', en: 'The sheets are not all laid out yet ({done} of {total}).' },
  progressNotCommitted: { id: 'Pemantauan hanya untuk instansi yang sudah menandatangani komitmen.', en: 'Progress is monitored only for agencies that signed.' },
  progressPointUnknown: { id: 'Butir rencana aksi tidak dikenal.', en: 'Unknown action point.' },
  pointHasProgress: { id: 'Butir "{text}" sudah memiliki catatan pemantauan dan tidak dapat dihapus.', en: 'Point "{text}" has progress records and cannot be removed.' },
} as const;
