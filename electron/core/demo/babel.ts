/**
 * A realistic partner network of one province: Kepulauan Bangka Belitung. Agency names are
 * real institutions; every person, phone number and NIP is invented.
 */
export const DEMO_OFFICE = {
  officeCode: 'BABEL',
  officeName: 'Ombudsman Republik Indonesia Perwakilan Provinsi Kepulauan Bangka Belitung',
  province: 'Kepulauan Bangka Belitung',
  city: 'Pangkalpinang',
  address: 'Jl. Jenderal Sudirman No. 12, Kel. Gedung Nasional, Kec. Taman Sari, Pangkalpinang 33128',
  phone: '(0717) 4250 123',
  email: 'babel@ombudsman.go.id',
  website: 'https://ombudsman.go.id',
  headName: 'Dr. Hendra Saputra, S.H., M.H.',
  headPosition: 'Kepala Perwakilan',
  headNip: '',
  paperSize: 'F4' as const,
  letterNumberPattern: '{nomor:4}/LM/{bulan_romawi}/{tahun}/PBB',
  staleAfterMonths: 6,
};

export const REGIONS = [
  'Kota Pangkalpinang',
  'Kabupaten Bangka',
  'Kabupaten Bangka Barat',
  'Kabupaten Bangka Tengah',
  'Kabupaten Bangka Selatan',
  'Kabupaten Belitung',
  'Kabupaten Belitung Timur',
] as const;

const SEATS: Record<(typeof REGIONS)[number], string> = {
  'Kota Pangkalpinang': 'Pangkalpinang',
  'Kabupaten Bangka': 'Sungailiat',
  'Kabupaten Bangka Barat': 'Muntok',
  'Kabupaten Bangka Tengah': 'Koba',
  'Kabupaten Bangka Selatan': 'Toboali',
  'Kabupaten Belitung': 'Tanjung Pandan',
  'Kabupaten Belitung Timur': 'Manggar',
};

export interface DemoAgencySeed {
  name: string;
  shortName: string;
  group: string;
  region: string;
  headPosition: string;
}

const local = (region: string) => (region.startsWith('Kota') ? 'Pemkot' : 'Pemkab');
const shortRegion = (region: string) => region.replace(/^(Kota|Kabupaten) /, '');

function regionalAgencies(): DemoAgencySeed[] {
  const out: DemoAgencySeed[] = [];
  for (const region of REGIONS) {
    const isCity = region.startsWith('Kota');
    out.push({
      name: `Pemerintah ${region}`,
      shortName: `${local(region)} ${shortRegion(region)}`,
      group: 'Pemerintah Kabupaten/Kota',
      region,
      headPosition: isCity ? 'Wali Kota' : 'Bupati',
    });
    out.push({ name: `Inspektorat ${region}`, shortName: `Inspektorat ${shortRegion(region)}`, group: 'Inspektorat', region, headPosition: 'Inspektur' });
  }
  return out;
}

const OPD_PANGKALPINANG: Array<[string, string, string]> = [
  ['Dinas Pendidikan', 'Disdik', 'Kepala Dinas'],
  ['Dinas Kesehatan', 'Dinkes', 'Kepala Dinas'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', 'Kepala Dinas'],
  ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'Kepala Dinas'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR', 'Kepala Dinas'],
  ['Dinas Sosial', 'Dinsos', 'Kepala Dinas'],
  ['Dinas Perhubungan', 'Dishub', 'Kepala Dinas'],
  ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM', 'Kepala Badan'],
  ['Satuan Polisi Pamong Praja', 'Satpol PP', 'Kepala Satuan'],
  ['Rumah Sakit Umum Daerah Depati Hamzah', 'RSUD Depati Hamzah', 'Direktur'],
];

export function babelAgencies(): DemoAgencySeed[] {
  return [
    { name: 'Pemerintah Provinsi Kepulauan Bangka Belitung', shortName: 'Pemprov Babel', group: 'Pemerintah Provinsi', region: 'Kota Pangkalpinang', headPosition: 'Gubernur' },
    { name: 'Inspektorat Provinsi Kepulauan Bangka Belitung', shortName: 'Inspektorat Provinsi', group: 'Inspektorat', region: 'Kota Pangkalpinang', headPosition: 'Inspektur' },
    ...regionalAgencies(),
    ...OPD_PANGKALPINANG.map(([name, short, head]) => ({
      name: `${name} Kota Pangkalpinang`,
      shortName: `${short} Pangkalpinang`,
      group: 'Pemerintah Kabupaten/Kota',
      region: 'Kota Pangkalpinang',
      headPosition: head,
    })),
    { name: 'Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Kepulauan Bangka Belitung', shortName: 'Kanwil Kemenkumham Babel', group: 'Instansi Vertikal/Kantor Wilayah', region: 'Kota Pangkalpinang', headPosition: 'Kepala Kantor Wilayah' },
    { name: 'Kantor Wilayah Badan Pertanahan Nasional Provinsi Kepulauan Bangka Belitung', shortName: 'Kanwil ATR/BPN Babel', group: 'Instansi Vertikal/Kantor Wilayah', region: 'Kota Pangkalpinang', headPosition: 'Kepala Kantor Wilayah' },
    { name: 'Kantor Pertanahan Kota Pangkalpinang', shortName: 'Kantah Pangkalpinang', group: 'Instansi Vertikal/Kantor Wilayah', region: 'Kota Pangkalpinang', headPosition: 'Kepala Kantor Pertanahan' },
    { name: 'Kantor Wilayah Kementerian Agama Provinsi Kepulauan Bangka Belitung', shortName: 'Kanwil Kemenag Babel', group: 'Instansi Vertikal/Kantor Wilayah', region: 'Kota Pangkalpinang', headPosition: 'Kepala Kantor Wilayah' },
    { name: 'Kepolisian Daerah Kepulauan Bangka Belitung', shortName: 'Polda Kep. Babel', group: 'Kepolisian', region: 'Kota Pangkalpinang', headPosition: 'Kepala Kepolisian Daerah' },
    { name: 'PT PLN (Persero) Unit Induk Wilayah Bangka Belitung', shortName: 'PLN UIW Babel', group: 'BUMN/BUMD', region: 'Kota Pangkalpinang', headPosition: 'General Manager' },
    { name: 'PT Timah Tbk', shortName: 'PT Timah', group: 'BUMN/BUMD', region: 'Kota Pangkalpinang', headPosition: 'Direktur Utama' },
    { name: 'Perumda Air Minum Tirta Pinang Kota Pangkalpinang', shortName: 'Perumda Tirta Pinang', group: 'BUMN/BUMD', region: 'Kota Pangkalpinang', headPosition: 'Direktur' },
    { name: 'BPJS Kesehatan Cabang Pangkalpinang', shortName: 'BPJS Kesehatan', group: 'BPJS', region: 'Kota Pangkalpinang', headPosition: 'Kepala Cabang' },
    { name: 'BPJS Ketenagakerjaan Cabang Pangkalpinang', shortName: 'BPJS Ketenagakerjaan', group: 'BPJS', region: 'Kota Pangkalpinang', headPosition: 'Kepala Cabang' },
  ];
}

/** Units that exist in every kabupaten/kota: used to grow synthetic sets for benchmarks. */
export const SYNTHETIC_UNITS = [
  ...OPD_PANGKALPINANG.slice(0, 9).map(([n, , h]) => [n, h] as const),
  ['Dinas Lingkungan Hidup', 'Kepala Dinas'],
  ['Dinas Tenaga Kerja', 'Kepala Dinas'],
  ['Dinas Perumahan dan Kawasan Permukiman', 'Kepala Dinas'],
  ['Badan Pendapatan Daerah', 'Kepala Badan'],
  ['Kecamatan', 'Camat'],
  ['Puskesmas', 'Kepala Puskesmas'],
  ['Sekolah Menengah Pertama Negeri', 'Kepala Sekolah'],
] as const;

export const seatOf = (region: string): string => SEATS[region as keyof typeof SEATS] ?? 'Pangkalpinang';

export const FIRST_NAMES = ['Ahmad', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gunawan', 'Hesti', 'Irwan', 'Juliana', 'Kurniawan', 'Lestari', 'Maya', 'Nurhayati', 'Rahmat', 'Sari', 'Taufik', 'Wulandari', 'Yusuf', 'Zulkifli', 'Rudi', 'Siti', 'Agus', 'Ratna'];
export const LAST_NAMES = ['Pratama', 'Hidayat', 'Santoso', 'Rahman', 'Kusuma', 'Wijaya', 'Saputra', 'Lestari', 'Nugroho', 'Permata', 'Syahputra', 'Harahap', 'Siregar', 'Utami', 'Firmansyah', 'Ramadhan'];
