import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base45Decode, base45Encode, createCollector, decodeTransfer, encodeTransfer, isTransferPart, MAX_JSON_BYTES, PART_CHARS } from './transfer';

const QR_ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/;
const utf8 = (text: string) => new TextEncoder().encode(text);
const ADDRESS = 'Nguyễn Thị Hồng Nhung, thôn Đông, xã Định Hưng';

/** A dossier of about 6 KB as a person fills it in (three forms, a household, free text in their own words), shaped
 * like schema/dossier.ts's Dossier. */
const DOSSIER = {
  id: 'k3v9q2m7x1c8',
  code: '1.001193',
  forms: ['to-khai-dang-ky-khai-sinh', 'giay-de-nghi-ra-soat-ho-ngheo-can-ngheo', 'to-khai-cap-ban-sao-trich-luc-ho-tich'],
  answers: {
    'to-khai-dang-ky-khai-sinh': {
      requesterFullName: 'Nguyễn Thị Hồng Nhung',
      requesterBirthDate: '1997-08-23',
      requesterIdType: 'cccd',
      requesterIdNumber: '038197004512',
      requesterIdIssueDate: '2022-01-17',
      requesterIdIssuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      requesterResidence: 'Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa',
      requesterRelationship: 'Mẹ',
      childFullName: 'Lê Bảo Ngọc',
      childBirthDate: '2026-03-09',
      childBirthDateInWords: 'Ngày chín, tháng ba, năm hai nghìn không trăm hai mươi sáu',
      childSex: 'nu',
      childEthnicity: 'Kinh',
      childNationality: 'Việt Nam',
      childBirthPlace: 'Trạm Y tế xã Định Hưng, huyện Yên Định cũ, tỉnh Thanh Hóa (sinh lúc 4 giờ 20 sáng, trước khi xe cấp cứu tới)',
      childHomeTown: 'Xã Quảng Phú, tỉnh Thanh Hóa',
      hasMother: 'yes',
      motherFullName: 'Nguyễn Thị Hồng Nhung',
      motherBirthYear: '1997',
      motherEthnicity: 'Kinh',
      motherNationality: 'Việt Nam',
      motherResidence: 'Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa',
      motherIdNumber: '038197004512',
      hasFather: 'yes',
      fatherFullName: 'Lê Văn Quyết',
      fatherBirthYear: '1994',
      fatherEthnicity: 'Mường',
      fatherNationality: 'Việt Nam',
      fatherResidence: 'Bản Phống, xã Thành Lâm, tỉnh Thanh Hóa; hiện làm công nhân tại Khu công nghiệp Lễ Môn',
      fatherIdNumber: '038094017733',
      marriageRegistered: 'yes',
      marriageCertNumber: '17',
      marriageCertBook: '01/2023',
      marriageDate: '2023-12-02',
      marriagePlace: 'UBND xã Thành Lâm, huyện Bá Thước',
      copiesRequested: '3',
      signedAt: 'Xã Định Hưng',
    },
    'giay-de-nghi-ra-soat-ho-ngheo-can-ngheo': {
      applicantFullName: 'Lê Văn Quyết',
      applicantSex: 'nam',
      applicantBirthDate: '1994-05-30',
      applicantEthnicity: 'Mường',
      applicantIdNumber: '038094017733',
      applicantIdIssueDate: '2021-09-04',
      applicantPermanentResidence: 'Bản Phống, xã Thành Lâm, tỉnh Thanh Hóa',
      applicantCurrentResidence: 'Thôn Đông, xã Định Hưng, tỉnh Thanh Hóa (ở nhờ nhà bố mẹ vợ từ tháng 6 năm 2024)',
      member1FullName: 'Lê Văn Quyết',
      member1Sex: 'nam',
      member1BirthDate: '1994-05-30',
      member1Relationship: 'Chủ hộ',
      member1Status: 'coViecLam',
      member2FullName: 'Nguyễn Thị Hồng Nhung',
      member2Sex: 'nu',
      member2BirthDate: '1997-08-23',
      member2Relationship: 'Vợ',
      member2Status: 'khongCoViecLam',
      member3FullName: 'Lê Gia Huy',
      member3Sex: 'nam',
      member3BirthDate: '2019-11-14',
      member3Relationship: 'Con',
      member3Status: 'dangDiHoc',
      otherMembers:
        'Lê Bảo Ngọc, nữ, 09/03/2026, con, chưa đi học; Hà Thị Mến, nữ, 12/07/1961, mẹ đẻ, làm ruộng, bị thoái hóa cột sống; ' +
        'Lê Văn Khởi, nam, 02/02/1958, bố đẻ, liệt nửa người sau tai biến năm 2022, cần người chăm sóc thường xuyên.',
      reason:
        'Tháng 8 năm 2025 lũ quét cuốn trôi gần hết ruộng bậc thang và chuồng trại của gia đình ở bản Phống; ba con bò và ' +
        'đàn gà bị mất, nhà sàn hư hỏng nặng phải dựng tạm bằng tôn. Tôi đi làm công nhân theo hợp đồng thời vụ, thu nhập ' +
        'khoảng 4,2 triệu đồng mỗi tháng nhưng không đều, có tháng chỉ được mười ngày công. Vợ tôi vừa sinh cháu thứ hai, ' +
        'phải nghỉ việc may gia công để chăm con nhỏ. Bố tôi nằm một chỗ, mỗi tháng tiền thuốc và tiền đi viện huyện hết ' +
        'gần hai triệu; mẹ tôi còn làm được ít việc nhẹ. Gia đình đang nợ Ngân hàng Chính sách xã hội 50 triệu đồng vay ' +
        'làm lại chuồng trại năm 2024, chưa trả được gốc. Cháu lớn học lớp một ở trường tiểu học Định Hưng, đi về bằng xe ' +
        'đạp của ông ngoại. Gia đình không có xe máy riêng, không có tivi mới, nước sinh hoạt dùng giếng khoan chung với ' +
        'hàng xóm, nhà vệ sinh tạm. Kính đề nghị Ban chỉ đạo rà soát xã xem xét đưa hộ tôi vào danh sách hộ nghèo năm ' +
        '2026 để các cháu được hỗ trợ học phí, bảo hiểm y tế và gia đình được vay vốn tạo sinh kế, nuôi lại đàn bò.',
      signedAt: 'Thôn Đông, ngày 14 tháng 4 năm 2026',
    },
    'to-khai-cap-ban-sao-trich-luc-ho-tich': {
      requesterFullName: 'Lê Văn Quyết',
      requesterIdType: 'cccd',
      requesterIdNumber: '038094017733',
      requesterIdIssueDate: '2021-09-04',
      requesterIdIssuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      requesterResidence: 'Bản Phống, xã Thành Lâm, tỉnh Thanh Hóa',
      requesterRelationship: 'ban-than',
      recordType: 'ket-hon',
      subjectFullName: 'Lê Văn Quyết và Nguyễn Thị Hồng Nhung',
      subjectBirthDate: '1994-05-30',
      registrationNumber: '17',
      registrationBook: '01/2023',
      registrationDate: '2023-12-02',
      registrationOffice: 'UBND xã Thành Lâm, huyện Bá Thước (nay là xã Thành Lâm, tỉnh Thanh Hóa sau sắp xếp)',
      copiesRequested: '2',
      signedAt: 'Xã Định Hưng',
    },
  },
  documents: [
    'Tờ khai đăng ký khai sinh theo mẫu',
    'Giấy chứng sinh',
    'Giấy tờ tùy thân (hộ chiếu, thẻ CCCD/căn cước, căn cước điện tử…)',
    'Giấy chứng nhận kết hôn của cha mẹ (bản sao có chứng thực, mang theo để đối chiếu)',
    'Giấy đề nghị rà soát, xác định hộ nghèo, hộ cận nghèo (Mẫu số 01)',
    'Giấy xác nhận thiệt hại do thiên tai của UBND xã Thành Lâm',
    'Sổ vay vốn Ngân hàng Chính sách xã hội chi nhánh Bá Thước',
    'Tóm tắt bệnh án của ông Lê Văn Khởi, Bệnh viện Đa khoa huyện Yên Định',
    'Xác nhận của nhà trường về việc cháu Lê Gia Huy đang học lớp 1A',
    'Đơn xin xác nhận tạm trú tại thôn Đông có chữ ký của trưởng thôn Hoàng Văn Tịnh',
  ],
  status: 'ready',
  applicant: 'Nguyễn Thị Hồng Nhung',
  submission: null,
  createdAt: '2026-04-14T08:12:45.000Z',
  updatedAt: '2026-04-14T09:03:11.000Z',
};

function header(part: string) {
  const [, id, position, crc] = part.split(':');
  return { id, position, crc };
}

describe('base45', () => {
  it('matches the examples of RFC 9285', () => {
    const vectors: [string, string][] = [
      ['AB', 'BB8'],
      ['Hello!!', '%69 VD92EX0'],
      ['base-45', 'UJCLQE7W581'],
      ['ietf!', 'QED8WEX0'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base45Encode(utf8(plain))).toBe(encoded);
      expect(new TextDecoder().decode(base45Decode(encoded))).toBe(plain);
    }
  });
  it('round-trips random bytes of every length', () => {
    for (let length = 0; length < 300; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const text = base45Encode(bytes);
      expect(text.length).toBe(Math.floor(length / 2) * 3 + (length % 2) * 2);
      expect(base45Decode(text)).toEqual(bytes);
    }
    expect(base45Encode(new Uint8Array([255, 255, 0, 0, 255]))).toMatch(QR_ALPHANUMERIC);
  });
  it('refuses characters outside the alphabet, a dangling character and groups worth too much', () => {
    expect(() => base45Decode('bb8')).toThrow();
    expect(() => base45Decode('BB8A')).toThrow();
    expect(() => base45Decode('GGW')).toThrow(); // 65536
    expect(() => base45Decode('::')).toThrow(); // 44 + 44 * 45 > 255
    expect(base45Decode('FGW')).toEqual(new Uint8Array([255, 255]));
  });
});

describe('encodeTransfer and decodeTransfer', () => {
  it('round-trips Vietnamese text in one part, in the QR alphanumeric charset, with the CRC of the JSON', async () => {
    const parts = await encodeTransfer({ name: ADDRESS });
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatch(/^MC1:[0-9A-Z]{4}:1\/1:[0-9A-F]{8}:/);
    expect(parts[0]).toMatch(QR_ALPHANUMERIC);
    expect(parseInt(header(parts[0]!).crc!, 16)).toBe(crc32(JSON.stringify({ name: ADDRESS })));
    expect(await decodeTransfer(parts)).toEqual({ ok: true, value: { name: ADDRESS } });
  });
  it('puts a 6 KB dossier in 5 even parts at the default size, 3 at 1250 characters', async () => {
    expect(utf8(JSON.stringify(DOSSIER)).length).toBeGreaterThan(6000);
    // Varied Vietnamese text deflates to about 40 %: 6 KB of JSON is about 3700 base45 characters.
    expect(await encodeTransfer(DOSSIER, 1250)).toHaveLength(3);
    const parts = await encodeTransfer(DOSSIER);
    expect(parts).toHaveLength(5);
    const chunks = parts.map((p) => p.split(':').slice(4).join(':'));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(PART_CHARS);
    expect(Math.max(...chunks.map((c) => c.length)) - Math.min(...chunks.map((c) => c.length))).toBeLessThanOrEqual(1);
    expect(new Set(parts.map((p) => header(p).id)).size).toBe(1);
    for (const part of parts) expect(part).toMatch(QR_ALPHANUMERIC);
    expect(await decodeTransfer(parts.toReversed())).toEqual({ ok: true, value: DOSSIER });
  });
  it('splits into as many parts as maxChars asks, and refuses values with no JSON form or too large', async () => {
    const parts = await encodeTransfer(DOSSIER, 300);
    expect(parts.length).toBeGreaterThan(5);
    for (const [i, part] of parts.entries()) expect(header(part).position).toBe(`${i + 1}/${parts.length}`);
    expect(await decodeTransfer([...parts, parts[0]!])).toEqual({ ok: true, value: DOSSIER });
    await expect(encodeTransfer(undefined)).rejects.toThrow(TypeError);
    await expect(encodeTransfer(DOSSIER, 0)).rejects.toThrow(RangeError);
    await expect(encodeTransfer('x'.repeat(MAX_JSON_BYTES))).rejects.toThrow(RangeError);
  });
  it('refuses missing parts, mixed transfers and text that is not a transfer', async () => {
    const parts = await encodeTransfer(DOSSIER, 500);
    const other = await encodeTransfer({ name: ADDRESS }, 10);
    expect(await decodeTransfer(parts.slice(1))).toEqual({ ok: false, reason: 'damaged' });
    expect(await decodeTransfer([...parts.slice(1), other[0]!])).toEqual({ ok: false, reason: 'damaged' });
    expect(await decodeTransfer([])).toEqual({ ok: false, reason: 'notTransfer' });
    expect(await decodeTransfer(['https://motcua.example.vn/p/1.001193'])).toEqual({ ok: false, reason: 'notTransfer' });
  });
});

describe('isTransferPart', () => {
  it('tells a part by its header', async () => {
    const [part] = await encodeTransfer([1, 2, 3]);
    expect(isTransferPart(part!)).toBe(true);
    expect(isTransferPart('MC1:AB12:1/1:0000000A:BB8')).toBe(true);
    for (const text of [
      '',
      'MC1:',
      'https://motcua.example.vn/p/1.001193',
      'mc1:AB12:1/1:0000000A:BB8',
      'MC1:ab12:1/1:0000000A:BB8',
      'MC1:AB12:2/1:0000000A:BB8',
      'MC1:AB12:0/1:0000000A:BB8',
      'MC1:AB12:01/2:0000000A:BB8',
      'MC1:AB12:1/1:0000000a:BB8',
      'MC1:AB12:1/1:0000000A:',
      'MC2:AB12:1/1:0000000A:BB8',
    ]) {
      expect(isTransferPart(text)).toBe(false);
    }
  });
});

describe('createCollector', () => {
  it('gathers parts in any order, read many times over, and reports what is missing', async () => {
    const parts = await encodeTransfer(DOSSIER, 500);
    expect(parts.length).toBeGreaterThan(4);
    const collector = createCollector();
    const order = parts.map((_, i) => i).toReversed();
    const last = order.pop()!;
    for (const i of order) {
      await collector.add(parts[i]!);
      await collector.add(parts[i]!);
    }
    expect(await collector.add(parts[order[0]!]!)).toEqual({ state: 'progress', have: parts.length - 1, total: parts.length, missing: [last + 1] });
    expect(await collector.add(parts[last]!)).toEqual({ state: 'complete', value: DOSSIER });
    expect(await collector.add(parts[1]!)).toEqual({ state: 'complete', value: DOSSIER });
    collector.reset();
    const rest = parts.map((_, i) => i + 1).filter((i) => i !== 2);
    expect(await collector.add(parts[1]!)).toEqual({ state: 'progress', have: 1, total: parts.length, missing: rest });
  });
  it('starts again when a part of another transfer comes', async () => {
    const first = await encodeTransfer(DOSSIER, 500);
    const second = await encodeTransfer({ name: ADDRESS }, 20);
    const collector = createCollector();
    await collector.add(first[0]!);
    await collector.add(first[1]!);
    expect(await collector.add(second[1]!)).toEqual({
      state: 'progress',
      have: 1,
      total: second.length,
      missing: [1, ...second.map((_, i) => i + 1).slice(2)],
    });
    for (const part of second.slice(2)) await collector.add(part);
    expect(await collector.add(second[0]!)).toEqual({ state: 'complete', value: { name: ADDRESS } });
    expect(await collector.add(first[0]!)).toMatchObject({ state: 'progress', have: 1, total: first.length });
  });
  it('says damaged, without throwing, for a flipped character, and starts afresh', async () => {
    const parts = await encodeTransfer(DOSSIER);
    const flip = (part: string, at: number) => part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
    for (const at of [30, 200, parts[0]!.length - 1]) {
      const collector = createCollector();
      for (const part of parts.slice(1)) await collector.add(part);
      expect(await collector.add(flip(parts[0]!, at))).toEqual({ state: 'error', reason: 'damaged' });
      expect(await collector.add(parts[1]!)).toMatchObject({ state: 'progress', have: 1 });
    }
    expect(await decodeTransfer([flip(parts[0]!, 13), ...parts.slice(1)])).toEqual({ ok: false, reason: 'damaged' });
  });
  it('says damaged when a part disagrees about the total, the checksum or its own content', async () => {
    const parts = await encodeTransfer(DOSSIER, 500);
    const collector = createCollector();
    await collector.add(parts[0]!);
    expect(await collector.add(parts[1]!.replace(`/${parts.length}:`, `/${parts.length + 1}:`))).toEqual({ state: 'error', reason: 'damaged' });
    await collector.add(parts[0]!);
    expect(await collector.add(parts[1]!.replace(/:[0-9A-F]{8}:/, ':00000000:'))).toEqual({ state: 'error', reason: 'damaged' });
    await collector.add(parts[0]!);
    expect(await collector.add(parts[0]!.slice(0, -1) + (parts[0]!.endsWith('0') ? '1' : '0'))).toEqual({ state: 'error', reason: 'damaged' });
    const changed = parts.map((p) => p.replace(`/${parts.length}:`, `/${parts.length + 1}:`));
    expect(await decodeTransfer([...changed, changed[0]!.replace(':1/', `:${parts.length + 1}/`)])).toEqual({ ok: false, reason: 'damaged' });
  });
  it('says notTransfer for other codes and keeps what it had', async () => {
    const parts = await encodeTransfer(DOSSIER, 500);
    const collector = createCollector();
    await collector.add(parts[0]!);
    for (const text of ['https://motcua.example.vn/p/1.001193', '001095012345|123456789|Nguyễn Thị Lan|14031995|Nữ|Thôn Đông|20062021', '']) {
      expect(await collector.add(text)).toEqual({ state: 'error', reason: 'notTransfer' });
    }
    expect(await collector.add(parts[1]!)).toMatchObject({ state: 'progress', have: 2 });
  });
  it('stops inflating a decompression bomb and says tooLarge', async () => {
    const zeros = new Uint8Array(10 * 1024 * 1024);
    const text = base45Encode(deflateRawSync(zeros));
    const total = Math.ceil(text.length / PART_CHARS);
    const crc = crc32(zeros).toString(16).toUpperCase().padStart(8, '0');
    const parts = Array.from({ length: total }, (_, i) => `MC1:B0MB:${i + 1}/${total}:${crc}:${text.slice(i * PART_CHARS, (i + 1) * PART_CHARS)}`);
    expect(parts.every(isTransferPart)).toBe(true);
    expect(await decodeTransfer(parts)).toEqual({ ok: false, reason: 'tooLarge' });
    const collector = createCollector();
    const states = [];
    for (const part of parts) states.push(await collector.add(part));
    expect(states.at(-1)).toEqual({ state: 'error', reason: 'tooLarge' });
  });
});
