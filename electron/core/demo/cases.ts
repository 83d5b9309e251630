import { addDays, todayIso } from '../../../shared/dates';
import { ensureCaseSetup } from '../cases/setup/ensure';
import { addCaseEvent } from '../cases/events';
import { createCase } from '../cases/service';
import { setYearTarget } from '../cases/settings';
import { changeStage, forwardCase } from '../cases/stages';
import type { ServiceContext } from '../service';
import { FIRST_NAMES, LAST_NAMES } from './babel';
import type { DemoAgency } from './generate';
import { pick, seededRandom } from './random';

const STAFF = ['Rina Oktaviani', 'Yoga Pratama', 'Dewi Anggraini', 'Fajar Ramadhan', 'Intan Permatasari'];

/** Complaint matters by subject code: summary, chronology, expected outcome (invented, realistic). */
const MATTERS: Array<[subject: string, summary: string, chronology: string, expected: string]> = [
  ['agraria', 'Penundaan berlarut penerbitan sertipikat tanah hasil pendaftaran tanah sistematis', 'Berkas pendaftaran diserahkan lengkap, namun sertipikat belum terbit lebih dari satu tahun tanpa penjelasan dari petugas loket.', 'Sertipikat segera diterbitkan atau diberikan penjelasan tertulis.'],
  ['adminduk', 'Pencetakan KTP-el tertunda karena blangko disebut habis', 'Perekaman KTP-el sudah dilakukan, tetapi pencetakan ditunda berulang kali dengan alasan blangko kosong.', 'KTP-el dicetak dan jadwal pelayanan diumumkan.'],
  ['pendidikan', 'Pungutan di sekolah negeri saat penerimaan peserta didik baru', 'Orang tua diminta membayar sumbangan pembangunan sebagai syarat daftar ulang di sekolah negeri.', 'Pungutan dihentikan dan dana dikembalikan.'],
  ['kesehatan', 'Pasien peserta JKN diminta membeli obat sendiri di luar rumah sakit', 'Saat rawat inap, keluarga pasien diminta membeli obat yang seharusnya ditanggung program JKN.', 'Biaya obat dikembalikan dan layanan sesuai ketentuan JKN.'],
  ['energi', 'Penyambungan baru listrik rumah tangga tidak kunjung dilaksanakan', 'Biaya penyambungan sudah dibayar, tetapi petugas belum datang melakukan pemasangan meteran.', 'Penyambungan dilaksanakan sesuai standar waktu layanan.'],
  ['perizinan', 'Permohonan persetujuan bangunan gedung tidak diproses', 'Permohonan diajukan melalui sistem daring, namun status tetap verifikasi tanpa tindak lanjut.', 'Permohonan diproses dan diberikan kepastian waktu.'],
  ['kepegawaian', 'Tunjangan tambahan penghasilan pegawai tidak dibayarkan', 'Pegawai tidak menerima tunjangan selama beberapa bulan tanpa penjelasan dari bagian keuangan.', 'Tunjangan dibayarkan sesuai ketentuan.'],
  ['kepolisian', 'Laporan polisi atas pencurian tidak ditindaklanjuti', 'Laporan sudah dibuat dan diterima, namun belum ada pemberitahuan perkembangan hasil penyidikan.', 'Diberikan SP2HP dan penanganan perkara dilanjutkan.'],
  ['jaminan_sosial', 'Klaim jaminan hari tua ditolak tanpa alasan jelas', 'Klaim diajukan dengan dokumen lengkap namun ditolak dan petugas tidak memberi penjelasan tertulis.', 'Klaim diproses ulang dan dibayarkan.'],
  ['air', 'Air PDAM tidak mengalir namun tagihan tetap dibebankan', 'Selama dua bulan air tidak mengalir ke rumah warga, tetapi tagihan abonemen tetap datang.', 'Pasokan air dipulihkan dan tagihan disesuaikan.'],
  ['perhubungan', 'Perbaikan jalan kabupaten yang rusak berat tidak dilaksanakan', 'Jalan penghubung desa rusak berat dan sudah dilaporkan melalui musrenbang tanpa tindak lanjut.', 'Jalan diperbaiki sesuai rencana anggaran.'],
  ['pengadaan', 'Proses pengadaan barang di dinas tidak transparan', 'Pengumuman pemenang tidak dipublikasikan dan sanggahan peserta tidak dijawab.', 'Proses pengadaan dibuka dan sanggahan dijawab.'],
];

const MAL = ['penundaan_berlarut', 'tidak_memberikan_pelayanan', 'penyimpangan_prosedur', 'permintaan_imbalan', 'tidak_patut', 'tidak_kompeten'];

/**
 * About 60 complaints of the demo office across every stage: fresh intakes (one waiting on
 * the reporter), forwarded cases with clarification letters answered or overdue, reminders,
 * findings reports, resolution, closed cases; about one in seven confidential. Entered through
 * the services, so numbers, timelines, stamps and deadlines are what a clerk would get. Its own
 * random stream keeps the rest of the demo unchanged.
 */
export async function loadDemoCases(data: { agencies: DemoAgency[] }, ctx: ServiceContext, officeCode: string, count = 60, seed = 2025): Promise<number> {
  await ensureCaseSetup(ctx, officeCode);
  const rand = seededRandom(seed ^ 0x4c4150);
  const today = todayIso(ctx.now());
  const items = (await ctx.manager.query(`SELECT id, list, code FROM case_master_items`)) as Array<{ id: string; list: string; code: string }>;
  const item = (list: string, code: string) => items.find((i) => i.list === list && i.code === code)!.id;
  const withFocal = new Set(((await ctx.manager.query(`SELECT DISTINCT agency_id FROM focal_assignments WHERE role = 'utama' AND end_date IS NULL`)) as Array<{ agency_id: string }>).map((f) => f.agency_id));
  const agencies = data.agencies.filter((a) => a.active && withFocal.has(a.id)).slice(0, 40);
  if (agencies.length === 0) return 0;
  const upTo = (d: string) => (d > today ? today : d);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  for (let i = 0; i < count; i++) {
    const [subject, summary, chronology, expected] = pick(rand, MATTERS);
    const age = i < 8 ? int(1, 12) : int(15, 330);
    const receivedOn = addDays(today, -age);
    const confidential = i % 7 === 3;
    const name = `${pick(rand, FIRST_NAMES)} ${pick(rand, LAST_NAMES)}`;
    const track = i % 17 === 5 ? 'rco' : i % 13 === 4 ? 'konsultasi' : 'reguler';
    const mal = [...new Set([pick(rand, MAL), ...(rand() < 0.3 ? [pick(rand, MAL)] : [])])];
    const created = await createCase(
      {
        simpelNumber: rand() < 0.6 ? `SIMPEL-${receivedOn.slice(0, 4)}-${String(int(1000, 9999))}` : '',
        receivedOn,
        channelId: item('channel', pick(rand, ['datang_langsung', 'surat', 'email', 'whatsapp', 'website', 'sp4n_lapor', 'telepon'])),
        trackId: item('track', track),
        agencyId: pick(rand, agencies).id,
        agencyUnit: rand() < 0.5 ? pick(rand, ['Bidang Pelayanan', 'Seksi Pendaftaran', 'Bagian Umum', 'UPT Pelayanan Terpadu']) : '',
        subjectId: item('subject', subject),
        maladministrationIds: mal.map((m) => item('maladministration', m)),
        summary,
        chronology,
        expectedOutcome: expected,
        assignedStaff: pick(rand, STAFF),
        reporter: {
          name,
          address: `Jl. ${pick(rand, ['Merdeka', 'Sudirman', 'Ahmad Yani', 'Pahlawan 12', 'Depati Amir'])} No. ${int(1, 120)}, Pangkalpinang`,
          phone: `08${int(11, 59)}${String(int(1_000_000, 99_999_999))}`,
          email: rand() < 0.4 ? `${name.split(' ')[0]!.toLowerCase()}${int(1, 99)}@contoh.id` : '',
          idNumber: rand() < 0.5 ? `1971${String(int(10_000_000_000, 99_999_999_999)).slice(0, 12)}` : '',
          representing: rand() < 0.1 ? 'Kelompok warga RT 03' : '',
        },
        confidential,
      },
      ctx,
    );
    const id = created.id;
    if (age <= 12) {
      if (i === 2) await addCaseEvent({ caseId: id, kind: 'reporter_request', occurredOn: upTo(addDays(receivedOn, 1)), title: 'Permintaan kelengkapan berkas kepada pelapor', details: 'Pelapor diminta melengkapi bukti pengaduan ke instansi.', letterKind: null, letterNumber: '' }, ctx);
      continue;
    }
    const forwardOn = upTo(addDays(receivedOn, int(2, 9)));
    const examination = item('stage', 'pemeriksaan');
    await changeStage({ caseId: id, stageId: examination, date: forwardOn, note: 'Verifikasi formil dan materiil selesai.', outcomeId: null, closureReason: '' }, ctx);
    await forwardCase({ caseId: id, date: forwardOn, note: '', stageId: null }, ctx);
    await addCaseEvent({ caseId: id, kind: 'letter_sent', occurredOn: forwardOn, title: 'Permintaan klarifikasi', details: 'Surat permintaan klarifikasi disampaikan melalui narahubung.', letterKind: 'klarifikasi', letterNumber: '' }, ctx);
    const fate = rand();
    if (fate < 0.3) {
      // No answer yet: overdue once 14 working days have passed.
      if (age > 45 && rand() < 0.6) await addCaseEvent({ caseId: id, kind: 'letter_sent', occurredOn: upTo(addDays(forwardOn, 30)), title: 'Surat pengingat', details: 'Pengingat atas permintaan klarifikasi.', letterKind: 'pengingat', letterNumber: '' }, ctx);
      continue;
    }
    const replyOn = upTo(addDays(forwardOn, int(5, 25)));
    await addCaseEvent({ caseId: id, kind: 'reply_received', occurredOn: replyOn, title: 'Tanggapan instansi diterima', details: 'Instansi menyampaikan klarifikasi tertulis.', letterKind: null, letterNumber: '' }, ctx);
    if (fate < 0.5 || age < 60) continue;
    const lhpOn = upTo(addDays(replyOn, int(10, 40)));
    await changeStage({ caseId: id, stageId: item('stage', 'lhp'), date: lhpOn, note: 'LHP disampaikan dengan tindakan korektif.', outcomeId: null, closureReason: '' }, ctx);
    if (fate < 0.65) continue;
    if (fate < 0.75) {
      await changeStage({ caseId: id, stageId: item('stage', 'resolusi'), date: upTo(addDays(lhpOn, 45)), note: 'Tindakan korektif belum dilaksanakan; masuk tahap resolusi.', outcomeId: null, closureReason: '' }, ctx);
      continue;
    }
    const outcome = fate < 0.9 ? 'maladministrasi_ditemukan' : 'tidak_ditemukan';
    await changeStage(
      { caseId: id, stageId: item('stage', 'ditutup'), date: upTo(addDays(lhpOn, int(10, 35))), note: '', outcomeId: item('outcome', outcome), closureReason: outcome === 'tidak_ditemukan' ? 'Tidak ditemukan maladministrasi setelah pemeriksaan dokumen.' : 'Tindakan korektif telah dilaksanakan oleh instansi.' },
      ctx,
    );
  }
  await setYearTarget({ year: Number(today.slice(0, 4)), target: 120 }, ctx);
  return count;
}
