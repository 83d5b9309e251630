import type { CalendarDayKind } from '../../../../shared/dto';

export interface KnownDayOff {
  date: string;
  name: string;
  kind: CalendarDayKind;
}

const ln = (date: string, name: string): KnownDayOff => ({ date, name, kind: 'libur_nasional' });
const cb = (date: string, name: string): KnownDayOff => ({ date, name, kind: 'cuti_bersama' });

/**
 * National holidays and collective leave (cuti bersama) as set by the joint ministerial
 * decrees (SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB) for the years Simpul
 * ships with. The holiday library computes Islamic holidays astronomically and can be a day
 * off (it gives Idul Fitri 2025 as 30-31 March; the decree says 31 March-1 April) and knows no
 * cuti bersama, so for these years this list is used instead. Offices correct or extend it
 * in the calendar screen or by CSV import (e.g. a decree amended during the year).
 */
export const OFFICIAL_DAYS_OFF: Record<number, KnownDayOff[]> = {
  2024: [
    ln('2024-01-01', 'Tahun Baru 2024 Masehi'),
    ln('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW'),
    cb('2024-02-09', 'Cuti bersama Tahun Baru Imlek'),
    ln('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili'),
    ln('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946'),
    cb('2024-03-12', 'Cuti bersama Hari Suci Nyepi'),
    ln('2024-03-29', 'Wafat Yesus Kristus'),
    ln('2024-03-31', 'Hari Paskah'),
    cb('2024-04-08', 'Cuti bersama Idul Fitri 1445 H'),
    cb('2024-04-09', 'Cuti bersama Idul Fitri 1445 H'),
    ln('2024-04-10', 'Hari Raya Idul Fitri 1445 H'),
    ln('2024-04-11', 'Hari Raya Idul Fitri 1445 H'),
    cb('2024-04-12', 'Cuti bersama Idul Fitri 1445 H'),
    cb('2024-04-15', 'Cuti bersama Idul Fitri 1445 H'),
    ln('2024-05-01', 'Hari Buruh Internasional'),
    ln('2024-05-09', 'Kenaikan Yesus Kristus'),
    cb('2024-05-10', 'Cuti bersama Kenaikan Yesus Kristus'),
    ln('2024-05-23', 'Hari Raya Waisak 2568 BE'),
    cb('2024-05-24', 'Cuti bersama Hari Raya Waisak'),
    ln('2024-06-01', 'Hari Lahir Pancasila'),
    ln('2024-06-17', 'Hari Raya Idul Adha 1445 H'),
    cb('2024-06-18', 'Cuti bersama Idul Adha 1445 H'),
    ln('2024-07-07', 'Tahun Baru Islam 1446 H'),
    ln('2024-08-17', 'Hari Kemerdekaan Republik Indonesia'),
    ln('2024-09-16', 'Maulid Nabi Muhammad SAW'),
    ln('2024-12-25', 'Hari Raya Natal'),
    cb('2024-12-26', 'Cuti bersama Hari Raya Natal'),
  ],
  2025: [
    ln('2025-01-01', 'Tahun Baru 2025 Masehi'),
    ln('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
    cb('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
    ln('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
    cb('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
    ln('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
    ln('2025-03-31', 'Hari Raya Idul Fitri 1446 H'),
    ln('2025-04-01', 'Hari Raya Idul Fitri 1446 H'),
    cb('2025-04-02', 'Cuti bersama Idul Fitri 1446 H'),
    cb('2025-04-03', 'Cuti bersama Idul Fitri 1446 H'),
    cb('2025-04-04', 'Cuti bersama Idul Fitri 1446 H'),
    cb('2025-04-07', 'Cuti bersama Idul Fitri 1446 H'),
    ln('2025-04-18', 'Wafat Yesus Kristus'),
    ln('2025-04-20', 'Hari Paskah'),
    ln('2025-05-01', 'Hari Buruh Internasional'),
    ln('2025-05-12', 'Hari Raya Waisak 2569 BE'),
    cb('2025-05-13', 'Cuti bersama Hari Raya Waisak'),
    ln('2025-05-29', 'Kenaikan Yesus Kristus'),
    cb('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
    ln('2025-06-01', 'Hari Lahir Pancasila'),
    ln('2025-06-06', 'Hari Raya Idul Adha 1446 H'),
    cb('2025-06-09', 'Cuti bersama Idul Adha 1446 H'),
    ln('2025-06-27', 'Tahun Baru Islam 1447 H'),
    ln('2025-08-17', 'Hari Kemerdekaan Republik Indonesia'),
    cb('2025-08-18', 'Cuti bersama Hari Kemerdekaan Republik Indonesia'),
    ln('2025-09-05', 'Maulid Nabi Muhammad SAW'),
    ln('2025-12-25', 'Hari Raya Natal'),
    cb('2025-12-26', 'Cuti bersama Hari Raya Natal'),
  ],
  // SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025: 17 days of national
  // holiday and 8 of cuti bersama.
  2026: [
    ln('2026-01-01', 'Tahun Baru 2026 Masehi'),
    ln('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
    cb('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
    ln('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
    cb('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
    ln('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
    cb('2026-03-20', 'Cuti bersama Idul Fitri 1447 H'),
    ln('2026-03-21', 'Hari Raya Idul Fitri 1447 H'),
    ln('2026-03-22', 'Hari Raya Idul Fitri 1447 H'),
    cb('2026-03-23', 'Cuti bersama Idul Fitri 1447 H'),
    cb('2026-03-24', 'Cuti bersama Idul Fitri 1447 H'),
    ln('2026-04-03', 'Wafat Yesus Kristus'),
    ln('2026-04-05', 'Hari Paskah'),
    ln('2026-05-01', 'Hari Buruh Internasional'),
    ln('2026-05-14', 'Kenaikan Yesus Kristus'),
    cb('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
    ln('2026-05-27', 'Hari Raya Idul Adha 1447 H'),
    cb('2026-05-28', 'Cuti bersama Idul Adha 1447 H'),
    ln('2026-05-31', 'Hari Raya Waisak 2570 BE'),
    ln('2026-06-01', 'Hari Lahir Pancasila'),
    ln('2026-06-16', 'Tahun Baru Islam 1448 H'),
    ln('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
    ln('2026-08-25', 'Maulid Nabi Muhammad SAW'),
    cb('2026-12-24', 'Cuti bersama Hari Raya Natal'),
    ln('2026-12-25', 'Hari Raya Natal'),
  ],
};
