/**
 * What a personal ID number (số định danh cá nhân, the number on a chip ID card) says about its holder, for
 * catching typing mistakes. Pure. Layout: 3 digits province (or country) where the birth was registered, 1 digit
 * century and sex, 2 digits year of birth, 6 random digits — there is no check digit.
 *
 * Sources (stored copies found with the research tools; the official gazette text itself was not reachable):
 * - Province codes: Phụ lục 1 "Bảng danh mục mã tỉnh, thành phố trực thuộc trung ương nơi công dân đăng ký khai
 *   sinh", Thông tư 07/2016/TT-BCA (01/02/2016), as reproduced at moinhat123.blogspot.com/2021/03/
 *   ma-so-can-cuoc-cong-dan-quang-binh.html and at news.thuvienphapluat.vn (article 50225, "Tra cứu mã 63 tỉnh
 *   thành trên thẻ Căn cước công dân"). Both give the same 63 codes, 001 Hà Nội … 096 Cà Mau.
 * - Century/sex digit: Điều 7 Thông tư 07/2016/TT-BCA (structure from Điều 13 Nghị định 137/2015/NĐ-CP). The
 *   1900s and 2000s rows (nam 0 / nữ 1, nam 2 / nữ 3) are confirmed by a mylaw.vn article; the 2100s–2300s rows
 *   (4/5, 6/7, 8/9) only by public code quoting the circular's wording. No digit codes the 1800s.
 * - Thông tư 59/2021/TT-BCA, which replaced 07/2016, could not be read; code citing it uses the same 63 codes.
 *   Luật Căn cước 2023 (Điều 12) only promises "12 chữ số", so the layout is a convention, not a guarantee:
 *   that is why mismatches are warnings and never block a dossier.
 */
import { isRealIsoDate } from '../forms/dateParts';

export type IdNumberWarning = 'province' | 'birthYear' | 'sex';

export interface DecodedIdNumber {
  provinceCode: string;
  /** Null when the code is not a province: births registered abroad carry a country code not listed here. */
  province: string | null;
  sex: 'nam' | 'nu';
  birthYear: number;
}

/** The 63 provinces before the 2025 merger: a number keeps the code of where the birth was registered then. */
// biome-ignore format: a table, five provinces to a line
export const PROVINCES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang',
  '010': 'Lào Cai', '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái',
  '017': 'Hòa Bình', '019': 'Thái Nguyên', '020': 'Lạng Sơn', '022': 'Quảng Ninh', '024': 'Bắc Giang',
  '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh', '030': 'Hải Dương', '031': 'Hải Phòng',
  '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định', '037': 'Ninh Bình',
  '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình', '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam', '051': 'Quảng Ngãi', '052': 'Bình Định',
  '054': 'Phú Yên', '056': 'Khánh Hòa', '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum',
  '064': 'Gia Lai', '066': 'Đắk Lắk', '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước',
  '072': 'Tây Ninh', '074': 'Bình Dương', '075': 'Đồng Nai', '077': 'Bà Rịa - Vũng Tàu', '079': 'Hồ Chí Minh',
  '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh', '086': 'Vĩnh Long',
  '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};

const ID_NUMBER = /^\d{12}$/;

/** What the number itself says, for showing to a person; null if it is not 12 digits. */
export function describeIdNumber(id: string): DecodedIdNumber | null {
  if (!ID_NUMBER.test(id)) return null;
  const provinceCode = id.slice(0, 3);
  const centurySex = Number(id[3]);
  return {
    provinceCode,
    province: PROVINCES[provinceCode] ?? null,
    sex: centurySex % 2 === 0 ? 'nam' : 'nu',
    birthYear: 1900 + Math.floor(centurySex / 2) * 100 + Number(id.slice(4, 6)),
  };
}

/**
 * Warnings, never errors: the 12-digit format itself is checked elsewhere. Returns [] for a value that is not
 * 12 digits. A wrong century digit shows as 'birthYear' (the full year differs), so it has no warning of its own.
 * The person's date of birth and sex are compared only when they hold a real date and 'nam' / 'nu'.
 */
export function idNumberWarnings(id: string, person: { dateOfBirth?: string; sex?: string }): IdNumberWarning[] {
  const decoded = describeIdNumber(id);
  if (!decoded) return [];
  const warnings: IdNumberWarning[] = [];
  if (decoded.province === null) warnings.push('province');
  const dob = person.dateOfBirth ?? '';
  if (isRealIsoDate(dob) && Number(dob.slice(0, 4)) !== decoded.birthYear) warnings.push('birthYear');
  if ((person.sex === 'nam' || person.sex === 'nu') && person.sex !== decoded.sex) warnings.push('sex');
  return warnings;
}
