/**
 * The Vietnamese messages of the result-file reader, one per error code. Each names the file and the
 * problem and says what to do: they are shown as they are to staff and to the TCHC office.
 */
import { formatDate } from '../dates';
import { MAX_FILE_BYTES, RESULT_FILE_VERSION } from './types';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

export const messages = {
  tooLarge: (file: string, bytes: number) =>
    `Tệp “${file}” nặng ${size(bytes)}, quá giới hạn ${size(MAX_FILE_BYTES)} của tệp kết quả (tệp thật chỉ vài KB). Có thể bạn đã chọn nhầm tệp.`,
  empty: (file: string) => `Tệp “${file}” trống, không có nội dung. Hãy chọn tệp .json tải về từ trang Tự đánh giá.`,
  notJson: (file: string) =>
    `Tệp “${file}” không phải tệp kết quả: nội dung không phải JSON. Hãy chọn tệp .json tải về từ trang Tự đánh giá.`,
  wrongSchema: (file: string) =>
    `Tệp “${file}” là tệp JSON nhưng không phải tệp kết quả tự đánh giá (thiếu hoặc sai trường “schema”).`,
  badVersion: (file: string) => `Tệp “${file}” không ghi rõ phiên bản tệp (trường “version” phải là số nguyên).`,
  newerVersion: (file: string, version: number) =>
    `Tệp “${file}” được tạo bằng phiên bản mới hơn của trang (tệp phiên bản ${version}, trang này đọc được đến phiên bản ${RESULT_FILE_VERSION}). Hãy tải lại trang (Ctrl + F5) để có bản mới rồi thử lại.`,
  missingChecksum: (file: string) =>
    `Tệp “${file}” thiếu mã kiểm tra (checksum), nên không biết tệp có bị sửa hay không. Hãy xuất lại tệp từ trang Tự đánh giá.`,
  unknownAlgorithm: (file: string, algorithm: string) =>
    `Tệp “${file}” dùng cách tính mã kiểm tra “${algorithm}” mà trang này không biết. Hãy xuất lại tệp từ trang Tự đánh giá.`,
  checksumMismatch: (file: string) =>
    `Tệp “${file}” đã bị sửa hoặc hỏng sau khi xuất: mã kiểm tra (checksum) không khớp với nội dung. Đừng sửa tệp bằng tay; hãy xuất lại tệp từ trang Tự đánh giá.`,
  invalid: (file: string, field: string, problem: string) => `Tệp “${file}” không hợp lệ: ${field} ${problem}.`,
  personalNumber: (file: string, field: string, kind: 'id-number' | 'phone') =>
    `Tệp “${file}” có ${kind === 'phone' ? 'dãy số giống số điện thoại' : 'dãy số giống số CCCD/định danh'} ở ${field}. Tệp kết quả không được chứa dữ liệu cá nhân này (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).`,
  otherOrganisation: (
    file: string,
    found: { name: string; parent: string },
    expected: { name: string; parent: string },
  ) =>
    `Tệp “${file}” là của đơn vị khác (“${found.name}”, ${found.parent}), không phải của ${expected.name} (${expected.parent}).`,
  unknownUnit: (file: string, unitId: string, organisation: string) =>
    `Tệp “${file}” ghi khoa/phòng/trạm mã “${unitId}”, không có trong danh sách đơn vị của ${organisation}. Nếu đơn vị mới được thêm, hãy tải lại trang để có danh sách mới.`,
  futureDate: (file: string, field: string, value: string) =>
    `Tệp “${file}” có ngày ${formatDate(value)} ở ${field}, là ngày trong tương lai. Hãy kiểm tra ngày giờ của máy đã xuất tệp, sửa trên trang rồi xuất lại.`,
} as const;

/** Vietnamese problem phrases for the `invalid` message. */
export const problems = {
  missing: 'bị thiếu',
  unexpected: 'là trường không có trong mẫu tệp',
  notObject: 'phải là một nhóm thông tin (object)',
  notArray: 'phải là một danh sách',
  notString: 'phải là chữ',
  notNumber: 'phải là số nguyên',
  notBoolean: 'phải là true hoặc false',
  empty: 'không được để trống',
  tooLong: (max: number) => `dài quá ${max} ký tự`,
  tooMany: (max: number) => `có quá ${max} phần tử`,
  outOfRange: (min: number, max: number) => `phải từ ${min} đến ${max}`,
  pattern: 'không đúng dạng',
  notOneOf: (values: readonly string[]) => `phải là một trong ${values.map((v) => `“${v}”`).join(', ')}`,
  notDay: 'phải là ngày dạng năm-tháng-ngày (ví dụ 2024-03-05)',
  notInstant: 'phải là thời điểm ISO 8601 có múi giờ (ví dụ 2024-03-05T09:00:00+07:00)',
  duplicate: (id: string) => `có mã “${id}” bị lặp`,
  reusedAboveSubmitted: 'lớn hơn số hồ sơ đã nộp trực tuyến',
  passedMismatch: 'không khớp với điểm và điểm đạt',
  bestAboveMax: 'lớn hơn điểm tối đa',
  testWhileUnavailable: 'có kết quả dù mô phỏng chưa có trên trang',
} as const;
