/**
 * Queries staff really type, and the page each must open first: what the search promises, checked in a
 * browser against the built index (tests/e2e/search.spec.ts) and scored by `npm run bench`. A query that
 * names a step expects that step's heading (`#p1-b3`) as the first link under the page's title.
 * Written with and without accents, with đ typed as d, with abbreviations and the slips people make.
 */
export interface ExpectedResult {
  query: string;
  /** Path of the page that must come first, from the site's root, e.g. `phu-luc-1/`. */
  page: string;
  /** Id of the step (content/guides/*.yaml) that must be the first section shown for that page. */
  step?: string;
}

export const expectedResults: readonly ExpectedResult[] = [
  // The directive: its own numbers, its signer, its target.
  { query: 'công văn 392', page: 'cong-van/' },
  { query: 'cong van 392', page: 'cong-van/' },
  { query: '392/SYT-VP', page: 'cong-van/' },
  { query: '69/VPUBND-TTPVHCC', page: 'cong-van/' },
  { query: 'Trần Thúc Khả', page: 'cong-van/' },
  { query: 'tran thuc kha', page: 'cong-van/' },
  { query: 'quyet dinh 235', page: 'cong-van/' },
  { query: 'guong mau su dung dich vu cong', page: 'cong-van/' },
  // Phụ lục 1: its screens and buttons, step by step.
  { query: 'lien ket tai khoan vneid', page: 'phu-luc-1/' },
  { query: 'cap nhat cccd', page: 'phu-luc-1/', step: 'p1-b3' },
  { query: 'Cập nhật từ CSDL Quốc gia về Dân cư', page: 'phu-luc-1/', step: 'p1-b3' },
  { query: 'dang xuat', page: 'phu-luc-1/', step: 'p1-b5' },
  { query: 'dang nhap bang vneid', page: 'phu-luc-1/', step: 'p1-b6' },
  { query: 'quet ma qr', page: 'phu-luc-1/', step: 'p1-b7' },
  { query: 'Danh sách tài khoản liên kết', page: 'phu-luc-1/', step: 'p1-kt' },
  { query: 'ngay lien ket', page: 'phu-luc-1/' },
  { query: 'cccd', page: 'phu-luc-1/' },
  // Phụ lục 2.
  { query: 'lay tu kho', page: 'phu-luc-2/', step: 'p2-b3' },
  { query: 'Lấy từ kho', page: 'phu-luc-2/', step: 'p2-b3' },
  { query: 'lay tu koh', page: 'phu-luc-2/' },
  { query: 'kho du lieu ca nhan', page: 'phu-luc-2/', step: 'p2-b2' },
  { query: 'Thành phần hồ sơ đã tái sử dụng', page: 'phu-luc-2/', step: 'p2-kt' },
  { query: 'chung chi hanh nghe duoc', page: 'phu-luc-2/' },
  { query: 'tai su dung ket qua so hoa', page: 'phu-luc-2/' },
  { query: 'ban sao chung thuc dien tu', page: 'phu-luc-2/' },
  // The other guides and the pages for doing things.
  { query: 'vneid muc 2', page: 'huong-dan-them/kich-hoat-vneid-muc-do-2/' },
  { query: 'kich hoat vneid', page: 'huong-dan-them/kich-hoat-vneid-muc-do-2/' },
  { query: 'thanh toan truc tuyen', page: 'huong-dan-them/nop-ho-so-thanh-toan-truc-tuyen/' },
  { query: 'quen mat khau vneid', page: 'hoi-dap/' },
  { query: 'dien thoai moi', page: 'hoi-dap/' },
  { query: 'luat bao ve du lieu ca nhan', page: 'can-cu-phap-ly/' },
  { query: 'nghi dinh 356', page: 'can-cu-phap-ly/' },
  { query: 'nghi dinh 118', page: 'can-cu-phap-ly/' },
  { query: 'nghi dinh 69/2024', page: 'can-cu-phap-ly/' },
  // The glossary comes first for what only it explains: an abbreviation spelled out, a term defined.
  { query: 'dvcqg', page: 'thuat-ngu/' },
  { query: 'dvc toan trinh', page: 'thuat-ngu/' },
  { query: 'sua loi ocr', page: 'tai-lieu-goc/' },
  { query: 'tong hop ket qua', page: 'tong-hop/' },
  { query: 'tu danh gia', page: 'tu-danh-gia/' },
];
