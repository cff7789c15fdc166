/**
 * Phụ lục 1 as a simulator scenario: linking a Cổng DVCQG account with VNeID, from the portal's home
 * page to the linked-account list. Step `guideStep` ids are those of content/guides/phu-luc-1.yaml; the
 * guide's wording is passed in by the page, not repeated here. Only made-up data (persona.ts).
 */
import { digits } from '../../engine/random';
import type { Scenario, ScenarioStep, WrongAction } from '../../engine/types';
import { persona } from '../../portals/persona';
import { dvcqg, vneid } from '../../portals/portal-text';

const SCENARIO_ID = 'lien-ket-vneid';

/** Made-up values a learner types; shown on the persona card as "dữ liệu giả định". */
export const simPersona = {
  name: persona.name,
  idNumber: persona.idNumber,
  portalPassword: 'MaiCong@2024',
  vneidPassword: 'MaiVneid@2024',
} as const;

const label = {
  homeLogin: 'Đăng nhập',
  otpSubmit: 'Xác nhận',
  sideAccount: dvcqg.identity.sideMenuTitle,
  sideIdentity: dvcqg.identity.sideMenuItem,
  qr: 'Quét mã QR bằng ứng dụng VNeID',
  approve: vneid.approve,
} as const;

/** Control labels the screens print: one place, so instructions and screens cannot drift apart. */
export const controlLabels = label;

const buuDien: WrongAction = {
  kind: 'click',
  target: 'kind-buu-dien',
  feedback: `Tài khoản Bưu điện Việt Nam không dành cho cán bộ, công chức, viên chức (CBCCVC) cơ quan nhà nước. Chọn “${dvcqg.login.kinds.cong.label}”.`,
};
const vneidKindTooEarly: WrongAction = {
  kind: 'click',
  target: 'kind-vneid',
  feedback:
    'Tài khoản VNeID chưa được liên kết: đăng nhập bằng tài khoản Cổng trước, hệ thống sẽ mời đăng nhập VNeID sau (Bước 6).',
};
const fillFirst = (target: string): WrongAction => ({
  kind: 'click',
  target,
  feedback: 'Chưa nhập đủ: gõ tên đăng nhập và mật khẩu trong thẻ “dữ liệu giả định” rồi mới bấm Đăng nhập.',
});
const wrongOtp = (field: string, submit: string): WrongAction[] => [
  {
    kind: 'type',
    target: field,
    feedback:
      'Mã OTP không đúng. Gõ đúng mã OTP trong thẻ “dữ liệu giả định” (ngoài đời: mã trong tin nhắn gửi về điện thoại).',
  },
  {
    kind: 'click',
    target: submit,
    feedback: 'Mã OTP chưa đúng hoặc chưa đủ 6 số: gõ mã OTP trong thẻ “dữ liệu giả định” rồi bấm Xác nhận.',
  },
];
const menuAlreadyOpen: WrongAction = {
  kind: 'click',
  target: 'account-menu',
  feedback: 'Menu tài khoản đang mở: chọn mục cần dùng trong menu.',
};

/** The portal login: the two fields may be filled in either order (a group), then "Đăng nhập". */
function portalLogin(prefix: 'b1' | 'b5', guideStep: string): ScenarioStep[] {
  const group = `${prefix}-login`;
  return [
    {
      id: `${prefix}-home-login`,
      screen: 'home',
      guideStep,
      instruction: `Bấm nút “${label.homeLogin}” ở góc trên của Cổng Dịch vụ công quốc gia.`,
      correct: [{ kind: 'click', target: 'home-login', describe: 'Nút Đăng nhập ở đầu trang.' }],
      hint: 'Nút “Đăng nhập” nằm ở dải màu đỏ đầu trang.',
    },
    {
      id: `${prefix}-choose-cong`,
      screen: 'login-chooser',
      guideStep,
      instruction: `Chọn “${dvcqg.login.kinds.cong.label}”.`,
      correct: [{ kind: 'click', target: 'kind-cong', describe: 'Ô đầu tiên: tài khoản do Cổng cấp.' }],
      hint: `Ô đầu tiên trong ba loại tài khoản: “${dvcqg.login.kinds.cong.label}”.`,
      wrong: [buuDien, vneidKindTooEarly],
    },
    {
      id: `${prefix}-user`,
      screen: 'portal-login',
      guideStep,
      group,
      instruction: 'Gõ tên đăng nhập (số định danh trong thẻ “dữ liệu giả định”) vào ô “Tên đăng nhập”.',
      correct: [{ kind: 'type', target: 'login-user', value: '{idNumber}', describe: 'Gõ tên đăng nhập giả định.' }],
      hint: `Tên đăng nhập giả định: ${simPersona.idNumber}.`,
      wrong: [fillFirst('login-submit')],
    },
    {
      id: `${prefix}-password`,
      screen: 'portal-login',
      guideStep,
      group,
      instruction: 'Gõ mật khẩu tài khoản Cổng (trong thẻ “dữ liệu giả định”) vào ô “Mật khẩu”.',
      correct: [
        { kind: 'type', target: 'login-password', value: '{portalPassword}', describe: 'Gõ mật khẩu giả định.' },
      ],
      hint: `Mật khẩu giả định: ${simPersona.portalPassword}.`,
      wrong: [fillFirst('login-submit')],
    },
    {
      id: `${prefix}-submit`,
      screen: 'portal-login',
      guideStep,
      instruction: `Bấm nút “${label.homeLogin}”.`,
      correct: [{ kind: 'click', target: 'login-submit', describe: 'Nút Đăng nhập dưới hai ô.' }],
      hint: 'Nút “Đăng nhập” ở dưới ô mật khẩu.',
    },
    {
      id: `${prefix}-otp`,
      screen: 'otp',
      guideStep,
      instruction: 'Gõ mã OTP (trong thẻ “dữ liệu giả định”) vào ô “Mã xác thực OTP”.',
      correct: [{ kind: 'type', target: 'otp-code', value: '{otp}', describe: 'Gõ mã OTP giả định.' }],
      hint: 'Mã OTP có 6 số, ghi trong thẻ “dữ liệu giả định”.',
      wrong: wrongOtp('otp-code', 'otp-submit'),
    },
    {
      id: `${prefix}-otp-submit`,
      screen: 'otp',
      guideStep,
      instruction: `Bấm nút “${label.otpSubmit}”.`,
      correct: [{ kind: 'click', target: 'otp-submit', describe: 'Nút Xác nhận.' }],
      hint: 'Nút “Xác nhận” ở dưới ô mã OTP.',
    },
  ];
}

/** Account menu [▼] → Thông tin cá nhân → Thông tin tài khoản → Thông tin định danh. */
function toIdentity(prefix: 'b2' | 'kt', guideStep: string, screen: string): ScenarioStep[] {
  return [
    {
      id: `${prefix}-menu`,
      screen,
      guideStep,
      instruction: `Bấm tên tài khoản “${simPersona.name} [▼]” ở góc trên để mở menu tài khoản.`,
      correct: [{ kind: 'click', target: 'account-menu', describe: 'Tên tài khoản có dấu [▼].' }],
      hint: 'Tên người dùng có dấu [▼] ở góc trên bên phải.',
    },
    {
      id: `${prefix}-personal`,
      screen,
      guideStep,
      instruction: `Chọn “${dvcqg.accountMenu['thong-tin-ca-nhan']}” trong menu.`,
      correct: [{ kind: 'click', target: 'menu-thong-tin-ca-nhan', describe: 'Mục Thông tin cá nhân.' }],
      hint: 'Mục đầu tiên của menu vừa mở.',
      wrong: [
        menuAlreadyOpen,
        {
          kind: 'click',
          target: 'menu-dang-xuat',
          feedback: 'Chưa đăng xuất lúc này: chọn “Thông tin cá nhân” để vào xem thông tin tài khoản.',
        },
      ],
    },
    {
      id: `${prefix}-account`,
      screen: 'personal',
      guideStep,
      instruction: `Ở cột bên trái, bấm “${label.sideAccount}” để mở danh mục.`,
      correct: [{ kind: 'click', target: 'side-tai-khoan', describe: 'Danh mục Thông tin tài khoản ở cột trái.' }],
      hint: 'Cột bên trái, mục “Thông tin tài khoản”.',
    },
    {
      id: `${prefix}-identity`,
      screen: 'personal',
      guideStep,
      instruction: `Chọn “${label.sideIdentity}”.`,
      correct: [{ kind: 'click', target: 'side-dinh-danh', describe: 'Mục Thông tin định danh.' }],
      hint: 'Mục ngay dưới “Thông tin tài khoản”.',
    },
  ];
}

const steps: ScenarioStep[] = [
  ...portalLogin('b1', 'p1-b1'),
  {
    id: 'b1-skip',
    screen: 'notice',
    guideStep: 'p1-b1',
    instruction: `Hộp Thông báo hiện ra. Lần này bấm “${dvcqg.linkNotice.skip}” để vào kiểm tra thông tin tài khoản trước.`,
    correct: [{ kind: 'click', target: 'notice-skip', describe: 'Nút Bỏ qua: kiểm tra thông tin tài khoản trước.' }],
    hint: `Nút “${dvcqg.linkNotice.skip}” ở cuối hộp Thông báo.`,
    wrong: [
      {
        kind: 'click',
        target: 'notice-vneid',
        feedback:
          'Chưa nên đăng nhập VNeID lúc này: tài khoản Cổng chưa được cập nhật số CCCD với CSDL Quốc gia về Dân cư, nên việc liên kết có thể không thành công. Bấm “Bỏ qua” để kiểm tra và cập nhật trước (Bước 2 đến Bước 4).',
      },
    ],
  },
  ...toIdentity('b2', 'p1-b2', 'home-user'),
  {
    id: 'b3-update',
    screen: 'identity',
    guideStep: 'p1-b3',
    instruction: `Bấm nút “${dvcqg.identity.updateFromRegistry}”.`,
    correct: [{ kind: 'click', target: 'update-registry', describe: 'Nút Cập nhật từ CSDL Quốc gia về Dân cư.' }],
    hint: 'Nút màu đỏ phía trên bảng Thông tin định danh.',
    wrong: [
      {
        kind: 'click',
        target: 'save',
        feedback:
          'Chưa cập nhật từ CSDL: bấm “Cập nhật” lúc này chỉ lưu lại các thông tin vàng, đỏ chưa được xác minh. Bấm “Cập nhật từ CSDL Quốc gia về Dân cư” trước.',
      },
      {
        kind: 'click',
        target: 'edit',
        feedback:
          'Không cần tự sửa: thông tin sẽ được lấy từ CSDL Quốc gia về Dân cư. Bấm “Cập nhật từ CSDL Quốc gia về Dân cư”.',
      },
    ],
  },
  {
    id: 'b4-save',
    screen: 'identity',
    guideStep: 'p1-b4',
    instruction: `Các dòng đã chuyển xanh (Email vẫn vàng vì do người dùng tự nhập). Bấm nút “${dvcqg.identity.save}” để lưu.`,
    correct: [{ kind: 'click', target: 'save', describe: 'Nút Cập nhật dưới bảng.' }],
    hint: 'Nút “Cập nhật” ở cuối bảng.',
    wrong: [
      {
        kind: 'click',
        target: 'update-registry',
        feedback: 'Đã cập nhật từ CSDL rồi: bấm “Cập nhật” ở cuối bảng để lưu.',
      },
    ],
  },
  {
    id: 'b5-menu',
    screen: 'identity',
    guideStep: 'p1-b5',
    instruction: `Bấm tên tài khoản “${simPersona.name} [▼]” ở góc trên để mở menu tài khoản.`,
    correct: [{ kind: 'click', target: 'account-menu', describe: 'Tên tài khoản có dấu [▼].' }],
    hint: 'Tên người dùng có dấu [▼] ở góc trên bên phải.',
  },
  {
    id: 'b5-logout',
    screen: 'identity',
    guideStep: 'p1-b5',
    instruction: `Chọn “${dvcqg.accountMenu['dang-xuat']}”.`,
    correct: [{ kind: 'click', target: 'menu-dang-xuat', describe: 'Mục Đăng xuất.' }],
    hint: 'Mục cuối của menu tài khoản.',
    wrong: [menuAlreadyOpen],
  },
  ...portalLogin('b5', 'p1-b5'),
  {
    id: 'b6-vneid',
    screen: 'notice',
    guideStep: 'p1-b6',
    instruction: `Hộp Thông báo hiện lại. Lần này bấm “${dvcqg.linkNotice.loginWithVneid}”.`,
    correct: [{ kind: 'click', target: 'notice-vneid', describe: 'Nút Đăng nhập bằng VNeID.' }],
    hint: `Lần này không bấm “${dvcqg.linkNotice.skip}”.`,
    wrong: [
      {
        kind: 'click',
        target: 'notice-skip',
        feedback:
          'Bấm “Bỏ qua” lần này thì vào Cổng mà hai tài khoản vẫn chưa liên kết: giấy tờ, kết quả trong kho của tài khoản Cổng không được chuyển sang tài khoản VNeID, và sau ngày 30/06/2024 tài khoản Cổng không còn đăng nhập được. Bấm “Đăng nhập bằng VNeID”.',
      },
    ],
  },
  {
    id: 'b7-id',
    screen: 'vneid-login',
    guideStep: 'p1-b7',
    group: 'b7-login',
    instruction: `Gõ số định danh (trong thẻ “dữ liệu giả định”) vào ô “${vneid.idLabel}”, hoặc bấm “${label.qr}”.`,
    correct: [
      { kind: 'type', target: 'vneid-id', value: '{idNumber}', describe: 'Gõ số định danh giả định.' },
      { kind: 'click', target: 'vneid-qr', goto: 'b7-app' },
    ],
    hint: `Số định danh giả định: ${simPersona.idNumber}.`,
    wrong: [fillFirst('vneid-submit')],
  },
  {
    id: 'b7-password',
    screen: 'vneid-login',
    guideStep: 'p1-b7',
    group: 'b7-login',
    instruction: `Gõ mật khẩu VNeID (trong thẻ “dữ liệu giả định”) vào ô “${vneid.passwordLabel}”.`,
    correct: [
      { kind: 'type', target: 'vneid-password', value: '{vneidPassword}', describe: 'Gõ mật khẩu VNeID giả định.' },
      { kind: 'click', target: 'vneid-qr', goto: 'b7-app' },
    ],
    hint: `Mật khẩu VNeID giả định: ${simPersona.vneidPassword}.`,
    wrong: [fillFirst('vneid-submit')],
  },
  {
    id: 'b7-submit',
    screen: 'vneid-login',
    guideStep: 'p1-b7',
    instruction: `Bấm nút “${vneid.submit}”.`,
    correct: [{ kind: 'click', target: 'vneid-submit', describe: 'Nút Đăng nhập của VNeID.' }],
    hint: 'Nút “Đăng nhập” dưới ô mật khẩu.',
  },
  {
    id: 'b7-otp',
    screen: 'vneid-otp',
    guideStep: 'p1-b7',
    instruction: 'Gõ mã OTP (trong thẻ “dữ liệu giả định”) vào ô “Mã xác thực OTP”.',
    correct: [{ kind: 'type', target: 'vneid-otp-code', value: '{otp}', describe: 'Gõ mã OTP giả định.' }],
    hint: 'Mã OTP có 6 số, ghi trong thẻ “dữ liệu giả định”.',
    wrong: wrongOtp('vneid-otp-code', 'vneid-otp-submit'),
  },
  {
    id: 'b7-otp-submit',
    screen: 'vneid-otp',
    guideStep: 'p1-b7',
    instruction: `Bấm nút “${label.otpSubmit}”.`,
    correct: [{ kind: 'click', target: 'vneid-otp-submit', goto: 'kt-menu', describe: 'Nút Xác nhận.' }],
    hint: 'Nút “Xác nhận” dưới ô mã OTP.',
  },
  {
    id: 'b7-app',
    screen: 'vneid-app',
    guideStep: 'p1-b7',
    instruction: `Trên điện thoại (mô phỏng), ứng dụng VNeID đã quét mã QR: bấm “${label.approve}”.`,
    correct: [{ kind: 'click', target: 'app-approve', describe: 'Nút Xác nhận đăng nhập trong ứng dụng.' }],
    hint: `Nút “${label.approve}” trên màn hình điện thoại.`,
  },
  ...toIdentity('kt', 'p1-kt', 'home-user'),
];

export const scenario: Scenario = {
  id: SCENARIO_ID,
  title: 'Liên kết tài khoản Cổng DVCQG với VNeID',
  goal: `Hãy liên kết tài khoản Cổng Dịch vụ công quốc gia của ${simPersona.name} với tài khoản VNeID, rồi mở trang Thông tin định danh để kiểm tra kết quả. Dùng dữ liệu trong thẻ “dữ liệu giả định”.`,
  persona: { ...simPersona },
  variables: (random) => ({ otp: digits(random, 6) }),
  screens: {
    home: { title: dvcqg.name, controls: ['home-login'] },
    'login-chooser': { title: dvcqg.login.title, controls: ['kind-cong', 'kind-vneid', 'kind-buu-dien'] },
    'portal-login': {
      title: dvcqg.login.kinds.cong.label,
      controls: ['login-user', 'login-password', 'login-submit'],
      secret: ['login-password'],
    },
    otp: { title: 'Nhập mã xác thực OTP', controls: ['otp-code', 'otp-submit'], secret: ['otp-code'] },
    notice: { title: dvcqg.linkNotice.title, controls: ['notice-skip', 'notice-vneid'] },
    'home-user': { title: dvcqg.name, controls: ['account-menu', 'menu-thong-tin-ca-nhan', 'menu-dang-xuat'] },
    personal: {
      title: dvcqg.accountMenu['thong-tin-ca-nhan'],
      controls: ['account-menu', 'menu-thong-tin-ca-nhan', 'menu-dang-xuat', 'side-tai-khoan', 'side-dinh-danh'],
    },
    identity: {
      title: dvcqg.identity.title,
      controls: ['account-menu', 'menu-thong-tin-ca-nhan', 'menu-dang-xuat', 'update-registry', 'edit', 'save'],
    },
    'vneid-login': {
      title: `${vneid.name} – ${vneid.title}`,
      controls: ['vneid-id', 'vneid-password', 'vneid-submit', 'vneid-qr'],
      secret: ['vneid-password'],
    },
    'vneid-otp': {
      title: `${vneid.name} – Nhập mã xác thực OTP`,
      controls: ['vneid-otp-code', 'vneid-otp-submit'],
      secret: ['vneid-otp-code'],
    },
    'vneid-app': { title: 'Ứng dụng VNeID trên điện thoại', controls: ['app-approve'] },
  },
  steps,
  finalScreen: 'identity',
  finishedText: 'Bạn đã đi hết các bước. Trang Thông tin định danh bên dưới có “Danh sách tài khoản liên kết”.',
  defaultFeedback: 'Chưa đúng bước này. Đọc lại yêu cầu ở trên (hoặc bấm “Gợi ý”).',
  realDataWarning: 'Đây là mô phỏng: không nhập thông tin thật. Chỉ gõ các giá trị trong thẻ “dữ liệu giả định”.',
  typoFeedback: 'Giá trị này chưa đúng: chỉ gõ đúng giá trị trong thẻ “dữ liệu giả định”.',
  passMark: 80,
  targetSeconds: 300,
};
