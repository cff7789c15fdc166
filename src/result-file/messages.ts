/**
 * The Vietnamese messages of the result-file reader, one per error code. Each names the file and the
 * problem and says what to do: they are shown as they are to staff and to the TCHC office. Whatever
 * comes from the file, its name included, is quoted through `quote` (at most 80 characters, on one
 * line, no invisible characters), so a forged file cannot make a message of a megabyte.
 */
import { formatDate } from '../dates';
import { quote } from './problems';
import { MAX_FILE_BYTES, RESULT_FILE_VERSION } from './schema';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

export const messages = {
  tooLarge: (file: string, bytes: number) =>
    `Tệp “${quote(file)}” nặng ${size(bytes)}, quá giới hạn ${size(MAX_FILE_BYTES)} của tệp kết quả (tệp thật chỉ vài KB). Có thể bạn đã chọn nhầm tệp.`,
  empty: (file: string) =>
    `Tệp “${quote(file)}” trống, không có nội dung. Hãy chọn tệp .json tải về từ trang Tự đánh giá.`,
  notJson: (file: string) =>
    `Tệp “${quote(file)}” không phải tệp kết quả: nội dung không phải JSON. Hãy chọn tệp .json tải về từ trang Tự đánh giá.`,
  wrongSchema: (file: string) =>
    `Tệp “${quote(file)}” là tệp JSON nhưng không phải tệp kết quả tự đánh giá (thiếu hoặc sai trường “schema”).`,
  badVersion: (file: string) => `Tệp “${quote(file)}” không ghi rõ phiên bản tệp (trường “version” phải là số nguyên).`,
  newerVersion: (file: string, version: number) =>
    `Tệp “${quote(file)}” được tạo bằng phiên bản mới hơn của trang (tệp phiên bản ${version}, trang này đọc được đến phiên bản ${RESULT_FILE_VERSION}). Hãy tải lại trang (Ctrl + F5) để có bản mới rồi thử lại.`,
  missingChecksum: (file: string) =>
    `Tệp “${quote(file)}” thiếu mã kiểm tra (checksum), nên không biết tệp có bị sửa hay không. Hãy xuất lại tệp từ trang Tự đánh giá.`,
  unknownAlgorithm: (file: string, algorithm: string) =>
    `Tệp “${quote(file)}” dùng cách tính mã kiểm tra “${quote(algorithm)}” mà trang này không biết. Hãy xuất lại tệp từ trang Tự đánh giá.`,
  checksumMismatch: (file: string) =>
    `Tệp “${quote(file)}” đã bị sửa hoặc hỏng sau khi xuất: mã kiểm tra (checksum) không khớp với nội dung. Đừng sửa tệp bằng tay; hãy xuất lại tệp từ trang Tự đánh giá.`,
  invalid: (file: string, field: string, problem: string) => `Tệp “${quote(file)}” không hợp lệ: ${field} ${problem}.`,
  personalNumber: (file: string, field: string, kind: 'id-number' | 'phone') =>
    `Tệp “${quote(file)}” có ${kind === 'phone' ? 'dãy số giống số điện thoại' : 'dãy số giống số CCCD/định danh'} ở ${field}. Tệp kết quả không được chứa dữ liệu cá nhân này (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15).`,
  otherOrganisation: (
    file: string,
    found: { name: string; parent: string },
    expected: { name: string; parent: string },
  ) =>
    `Tệp “${quote(file)}” là của đơn vị khác (“${quote(found.name)}”, ${quote(found.parent)}), không phải của ${expected.name} (${expected.parent}).`,
  unknownUnit: (file: string, unitId: string, organisation: string) =>
    `Tệp “${quote(file)}” ghi khoa/phòng/trạm mã “${quote(unitId)}”, không có trong danh sách đơn vị của ${organisation}. Nếu đơn vị mới được thêm, hãy tải lại trang để có danh sách mới.`,
  futureDate: (file: string, field: string, value: string) =>
    `Tệp “${quote(file)}” có ngày ${formatDate(value)} ở ${field}, là ngày trong tương lai. Hãy kiểm tra ngày giờ của máy đã xuất tệp, sửa trên trang rồi xuất lại.`,
} as const;
