/**
 * The portals' own wording, as the source's screenshots show it (OCR-corrected; see
 * content/source-corrections/annexes.yaml). This is what the screens say, not what the guide says:
 * the guide's wording lives in content/guides/. The simulators' screens print these labels, and so
 * do the guides' figures, which are those screens drawn as still pictures.
 */

/** After a paper the source's screenshots do not show, added by the site for practice. */
export const addedForPracticeNote = 'giấy tờ thêm để luyện tập, ảnh chụp gốc không có';

/** Cổng Dịch vụ công quốc gia (dichvucong.gov.vn). */
export const dvcqg = {
  address: 'dichvucong.gov.vn',
  name: 'CỔNG DỊCH VỤ CÔNG QUỐC GIA',
  slogan: 'Kết nối, cung cấp thông tin và dịch vụ công mọi lúc, mọi nơi',
  login: {
    title: 'Đăng nhập',
    prompt: 'Chọn loại tài khoản bạn muốn sử dụng đăng nhập Cổng dịch vụ công Quốc Gia',
    kinds: {
      cong: { label: 'Tài khoản cấp bởi Cổng dịch vụ công quốc gia', note: undefined },
      vneid: {
        label: 'Tài khoản Định danh điện tử cấp bởi Bộ Công an',
        note: 'Chưa áp dụng với tài khoản quản trị của Cổng DVCQG',
      },
      'buu-dien': { label: 'Tài khoản cấp bởi Bưu điện Việt Nam', note: '*Không dành cho CBCCVC cơ quan nhà nước' },
    },
    noticeTitle: 'THÔNG BÁO TỪ HỆ THỐNG:',
    notice:
      'Theo quy định tại Nghị định số 59/2022/NĐ-CP ngày 05/09/2022 của Chính phủ về định danh và xác thực điện tử, kể từ ngày 01/07/2024, các tài khoản định danh điện tử trên Cổng Dịch vụ công quốc gia sử dụng tài khoản định danh điện tử do Bộ Công an (VNeID) cung cấp để đăng ký, đăng nhập thực hiện dịch vụ công trực tuyến và các tiện ích khác trên Cổng Dịch vụ công quốc gia. Công dân có tài khoản Cổng Dịch vụ công quốc gia và VNeID thực hiện các bước sau để thực hiện liên kết tài khoản:',
    noticeSteps: [
      [
        'Bước 1:',
        'Kiểm tra tài khoản CDVCQG đã được cập nhật số CCCD với CSDL về Dân cư hay chưa? Nếu chưa được cập nhật sẽ thực hiện cập nhật số CCCD theo hướng dẫn sau khi đăng nhập, nếu đã được cập nhật số CCCD sẽ chuyển sang bước 2.',
      ],
      [
        'Bước 2:',
        'Thực hiện đăng nhập vào tài khoản định danh điện tử được cấp bởi Bộ Công an (VNeID) để hệ thống thực hiện liên kết tài khoản.',
      ],
    ],
  },
  linkNotice: {
    title: 'Thông báo',
    body: 'Theo quy định tại Nghị định số 59/2022/NĐ-CP, từ ngày 01/07/2024, các tài khoản cá nhân được khởi tạo từ Cổng DVCQG sử dụng phương thức đăng nhập qua tài khoản định danh điện tử của Bộ Công an (VNeID). Để đảm bảo chất lượng dịch vụ, các hồ sơ, thông tin đã thực hiện trước đó, đề nghị Ông/Bà thực hiện yêu cầu sau để thực hiện liên kết với tài khoản VNeID:',
    requirementLabel: 'Yêu cầu:',
    requirement:
      'Thực hiện đăng nhập lại vào hệ thống bằng tài khoản định danh điện tử được cấp bởi Bộ Công an (VNeID). Sau khi đăng nhập thành công, hệ thống sẽ thực hiện liên kết tài khoản. Với các lần đăng nhập tiếp theo sau khi liên kết, bạn có thể dùng tài khoản VNeID để truy cập vào hệ thống và tiếp tục thao tác nghiệp vụ.',
    skip: 'Bỏ qua',
    loginWithVneid: 'Đăng nhập bằng VNeID',
  },
  accountMenu: {
    'thong-tin-ca-nhan': 'Thông tin cá nhân',
    'dang-xuat': 'Đăng xuất',
  },
  identity: {
    breadcrumb: ['Trang chủ', 'Thông tin tài khoản'],
    sideMenuTitle: 'Thông tin tài khoản',
    sideMenuItem: 'Thông tin định danh',
    title: 'Thông tin định danh',
    updateFromRegistry: 'Cập nhật từ CSDL Quốc gia về Dân cư',
    edit: 'Sửa',
    save: 'Cập nhật',
    columns: ['Thông tin định danh', 'Giá trị', 'Trạng thái'],
    fields: {
      name: 'Họ tên',
      oldIdNumber: 'Số CMT (9 số)',
      idNumber: 'Số CMT/CCCD (12 số)',
      birthDate: 'Ngày sinh',
      phone: 'Số điện thoại',
      gender: 'Giới tính',
      birthPlace: 'Nơi sinh',
      email: 'Email',
      hometown: 'Quê quán',
      address: 'Địa chỉ thường trú',
    },
    legendTitle: 'Ghi chú về các biểu tượng dữ liệu:',
    legend: {
      verified: [
        'Biểu tượng Xanh',
        'là các thông tin đã được xác minh với Cơ sở dữ liệu Dân cư Quốc gia hoặc CSDL tin cậy khác',
      ],
      unverified: [
        'Biểu tượng Vàng',
        'là các thông tin do Người dùng tự nhập và chưa được xác minh với 1 CSDL tin cậy',
      ],
      missing: ['Biểu tượng Đỏ', 'là các trường thông tin không có dữ liệu'],
    },
    linkedTitle: 'Danh sách tài khoản liên kết',
    linkedAccount: 'Tài khoản liên kết:',
    linkedKind: 'Tài khoản định danh điện tử cấp bởi Bộ Công an',
    linkedOn: 'Ngày liên kết:',
  },
} as const;

/** What each status icon means, short, for screen readers and the legend. */
export const statusNames = {
  verified: 'Xanh – đã xác minh',
  unverified: 'Vàng – tự nhập, chưa xác minh',
  missing: 'Đỏ – không có dữ liệu',
} as const;

/** The VNeID login page the national portal hands over to. */
export const vneid = {
  name: 'VNeID',
  title: 'Đăng nhập',
  idLabel: 'Số định danh cá nhân',
  passwordLabel: 'Mật khẩu',
  submit: 'Đăng nhập',
  /** The line under the login heading in the source's screenshot (Phụ lục 1, Bước 7). */
  activatePrompt: 'Tài khoản đã được định danh điện tử?',
  activate: 'Kích hoạt',
  qrPrompt: 'Hoặc quét mã QR bằng ứng dụng VNeID để đăng nhập.',
  /** The phone app's button after a QR scan. */
  approve: 'Xác nhận đăng nhập',
} as const;

/** The provincial portal of Bình Định ("Hành chính phục vụ"), as in 2024. */
export const hcpv = {
  tab: 'Cổng dịch vụ công tỉnh Bình Định',
  province: 'TỈNH BÌNH ĐỊNH',
  brand: 'Hành chính phục vụ',
  nav: {
    'thu-tuc-hanh-chinh': 'THỦ TỤC HÀNH CHÍNH',
    'nop-truc-tuyen': 'NỘP TRỰC TUYẾN',
    'tra-cuu-ho-so': 'TRA CỨU HỒ SƠ',
    'huong-dan': 'HƯỚNG DẪN',
    'thong-ke': 'THỐNG KÊ',
  },
  processTitle: 'QUY TRÌNH THỰC HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN',
  process: ['Đăng ký/Đăng nhập', 'Lựa chọn DVC', 'Nộp hồ sơ trực tuyến', 'Theo dõi kết quả', 'Nhận kết quả'],
  personalMenuTitle: 'Hồ sơ cá nhân',
  personalMenu: {
    'can-bo-dang-nhap': 'Cán bộ đăng nhập',
    'thong-tin-ca-nhan': 'Thông tin cá nhân',
    'quan-ly-ho-so': 'Quản lý hồ sơ đã nộp',
    'kho-du-lieu-ca-nhan': 'Kho dữ liệu cá nhân',
    'dang-xuat': 'Đăng xuất',
  },
  dossier: {
    procedure: 'Cấp Chứng chỉ hành nghề dược',
    sectionTitle: 'Thành phần hồ sơ',
    columns: ['Tên giấy tờ', 'Số lượng', 'Tệp đính kèm', 'Ký số'],
    original: '(Bản chính)',
    /** The four components of the example procedure; the long legal wording shortened, marked "…". */
    components: {
      'ly-lich-tu-phap':
        'Phiếu lý lịch tư pháp. Trường hợp là người nước ngoài, người Việt Nam định cư ở nước ngoài: lý lịch tư pháp hoặc văn bản xác nhận không phạm tội, không bị cấm hành nghề… do cơ quan có thẩm quyền của nước ngoài cấp.',
      'thuc-hanh':
        'Giấy xác nhận thời gian thực hành chuyên môn và nội dung thực hành chuyên môn của cơ sở đáp ứng yêu cầu của mỗi phạm vi, vị trí hành nghề (khi đề nghị cấp Chứng chỉ hành nghề dược với phạm vi hoạt động khác nhau…).',
      'van-bang':
        'Bản sao có chứng thực văn bằng chuyên môn. Văn bằng do cơ sở đào tạo nước ngoài cấp: kèm bản sao có chứng thực giấy công nhận tương đương (khoản 2 Điều 18 Nghị định số 54/2017/NĐ-CP).',
      cccd: 'Bản sao có chứng thực căn cước công dân, giấy chứng minh nhân dân hoặc hộ chiếu.',
    },
    chooseFile: 'Chọn tệp tin',
    scan: 'Scan File',
    fromStore: 'Lấy từ kho',
    view: 'Xem',
    sign: 'Ký số',
    reused: 'Thành phần hồ sơ đã tái sử dụng',
  },
  store: {
    title: 'Kết quả thủ tục hành chính tái sử dụng',
    columns: ['Chọn', 'STT', 'Mã giấy tờ', 'Tên giấy tờ', 'File đính kèm', 'Thông tin thêm'],
    warning: 'Hãy kiểm tra nội dung file trước khi lấy từ kho!',
    kindLabel: 'Loại giấy tờ:',
    storeLabel: 'Loại kho:',
    storeKind: 'CÁ NHÂN/TỔ CHỨC',
    sizeLabel: 'Dung lượng tập tin:',
    summaryLabel: 'Trích yếu:',
    usesLabel: 'Số lần sử dụng:',
    /** Trích yếu reads "<title> của <holder>". */
    summaryJoin: 'của',
    pager: (pages: number, records: number) => `Tổng số ${pages} Trang, ${records} bản ghi.`,
    goTo: 'Chuyển tới:',
    page: 'Trang 1',
    show: 'Hiển thị:',
    perPage: '20',
    update: 'Cập nhật',
    close: 'Đóng',
  },
} as const;

export type HcpvNavItem = keyof typeof hcpv.nav;
export type HcpvPersonalMenuItem = keyof typeof hcpv.personalMenu;
export type DossierComponent = keyof typeof hcpv.dossier.components;
