import type { WordTable } from "../words";

/**
 * Header words of client lists kept in Indonesian and Malay (a car-rental's customers in
 * Indonesia, a Malaysian agent's policyholders, a cooperative's members), one list per field key,
 * merged into the English and Chinese lists of the same fields. The two languages share most
 * words (nama, alamat, pekerjaan); where they differ both are here (telepon / telefon, tanggal
 * lahir / tarikh lahir, jenis kelamin / jantina). Written in lower case; "No." before a word folds
 * away with its punctuation, so "No. Telp" and "no telp" are one header. They read with the same
 * evidence rules as English words, and like the French and Spanish ones they name only a header
 * holding them (see header-match's foreign spellings).
 *
 * Left out on purpose: "polis" alone (the police in Malay), "premi" alone (held inside the
 * English "premium"), "agen" (inside "agency"), "nota" (an invoice in Portuguese), "asuransi" and
 * "produk" alone (the insurance or product itself, not which field), and "nama perusahaan" (the
 * client firm on a firm's list, the employer on a person's).
 */
export const MALAY_COMMON_HEADERS = {
  clientId: [
    "id pelanggan",
    "kode pelanggan",
    "kod pelanggan",
    "no pelanggan",
    "nomor pelanggan",
    "nombor pelanggan",
    "id nasabah",
    "kode nasabah",
    "no nasabah",
    "nomor nasabah",
    "id anggota",
    "kode anggota",
    "no anggota",
    "nomor anggota",
    "no ahli",
    "nombor ahli",
  ],
  phone: [
    "telepon",
    "no telepon",
    "nomor telepon",
    "telp",
    "no telp",
    "nomor telp",
    "no hp",
    "nomor hp",
    "no handphone",
    "nomor handphone",
    "no wa",
    "nomor whatsapp",
    "telefon",
    "no telefon",
    "nombor telefon",
    "telefon bimbit",
    "no telefon bimbit",
  ],
  email: ["surel", "alamat email", "alamat surel", "emel", "e-mel", "alamat e-mel"],
  birthday: ["tanggal lahir", "tgl lahir", "tanggal kelahiran", "tarikh lahir", "tarikh kelahiran"],
  notes: ["keterangan", "ket", "catatan", "catatan tambahan", "ulasan"],
  owner: ["nama sales", "nama agen", "kode agen", "nama marketing", "petugas", "pegawai"],
} as const satisfies WordTable;

/** The same for the Clients sheet's own fields. */
export const MALAY_CLIENTS_HEADERS = {
  name: [
    "nama",
    "nama lengkap",
    "nama penuh",
    "nama pelanggan",
    "nama nasabah",
    "nama konsumen",
    "nama klien",
    "nama anggota",
    "nama ahli",
  ],
  address: [
    "alamat",
    "alamat lengkap",
    "alamat rumah",
    "alamat pelanggan",
    "alamat tempat tinggal",
    "alamat surat menyurat",
    "domisili",
  ],
  occupation: ["pekerjaan", "profesi", "jabatan", "jawatan"],
  employer: ["tempat kerja", "tempat bekerja", "majikan", "nama majikan"],
  clientSince: [
    "tanggal daftar",
    "tgl daftar",
    "tanggal registrasi",
    "tanggal bergabung",
    "tarikh daftar",
    "tarikh menyertai",
    "pelanggan sejak",
  ],
  idNumber: [
    // Indonesia: the identity card (KTP) and its number (NIK), the tax number (NPWP), a passport.
    "nik",
    "ktp",
    "no ktp",
    "nomor ktp",
    "nomor induk kependudukan",
    "no identitas",
    "nomor identitas",
    "npwp",
    "no npwp",
    "paspor",
    "no paspor",
    // Malaysia: the identity card (kad pengenalan, MyKad).
    "no kp",
    "no k/p",
    "kad pengenalan",
    "no kad pengenalan",
    "nombor kad pengenalan",
    "mykad",
    "no mykad",
    "no ic",
  ],
} as const satisfies WordTable;

/** The same for the Insurance sheet's fields. */
export const MALAY_INSURANCE_HEADERS = {
  policyNo: ["no polis", "nomor polis", "nombor polis"],
  insurer: ["perusahaan asuransi", "penanggung", "syarikat insurans"],
  type: ["jenis asuransi", "jenis polis", "jenis insurans", "produk asuransi"],
  insured: ["tertanggung", "nama tertanggung"],
  startDate: ["tanggal mulai", "tgl mulai", "tanggal efektif", "tarikh mula"],
  expiryDate: ["tanggal berakhir", "tgl berakhir", "tanggal jatuh tempo", "tarikh tamat"],
  sumInsured: ["uang pertanggungan", "nilai pertanggungan", "jumlah diinsuranskan"],
  annualPremium: ["premi tahunan", "nilai premi", "jumlah premi", "premium tahunan"],
} as const satisfies WordTable;

/** Header words of a client's sex (client-kind). */
export const MALAY_GENDER_HEADERS = ["jenis kelamin", "kelamin", "jantina"] as const;

/** Values of a sex column that name one: a man, a woman. */
export const MALAY_GENDER_VALUES = ["laki-laki", "perempuan", "lelaki", "pria", "wanita"] as const;

/** Name parts in two columns (see NAME_PART_HEADERS). */
export const MALAY_NAME_PART_HEADERS = {
  given: ["nama depan"],
  family: ["nama belakang", "nama keluarga"],
  whole: ["nama"],
} as const satisfies WordTable;
