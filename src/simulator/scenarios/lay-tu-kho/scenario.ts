/**
 * Phụ lục 2 as a simulator scenario: logging in to the provincial portal, looking in "Kho dữ liệu cá
 * nhân", then submitting Cấp Chứng chỉ hành nghề dược with each dossier component either taken from
 * the store ("Lấy từ kho") or, when the store has nothing that fits, attached as a file. It teaches
 * the judgement, not only the clicks: a wrong paper gets feedback naming the mismatch. Step
 * `guideStep` ids are those of content/guides/phu-luc-2.yaml. Only made-up data (persona.ts).
 */
import { vietnamDay } from '../../../dates/index';
import { digits } from '../../engine/random';
import type { Mode, Scenario, ScenarioSource, ScenarioStep, WrongAction } from '../../engine/types';
import { persona } from '../../portals/persona';
import {
  dvcqg,
  hcpv,
  vneid,
  type DossierComponent,
  type HcpvNavItem,
  type HcpvPersonalMenuItem,
} from '../../portals/portal-text';
import {
  componentNames,
  components,
  drawVariant,
  fittingPaper,
  learningVariant,
  papers,
  type DossierVariant,
  type Paper,
} from './dossier';

/**
 * Phụ lục 2's Bước 1 says "đăng nhập bằng tài khoản cấp bởi Cổng quốc gia"; since 01/07/2024 a personal
 * account logs in with VNeID, which is what this simulator expects. Told before the learner's first click.
 */
const LOGIN_CHANGED =
  'Lưu ý: văn bản gốc (viết trước ngày 01/07/2024) ghi đăng nhập bằng tài khoản cấp bởi Cổng quốc gia; nay tài khoản cá nhân đăng nhập bằng tài khoản VNeID, nên mô phỏng này đăng nhập bằng VNeID.';

const SCENARIO_ID = 'lay-tu-kho';

const text = hcpv.dossier;
const store = hcpv.store;

/** The procedures the "Nộp trực tuyến" page lists; only the first is the one to submit. */
export const procedures = {
  'cap-cchn': 'Cấp Chứng chỉ hành nghề dược',
  'cap-lai-cchn': 'Cấp lại Chứng chỉ hành nghề dược',
  lltp: 'Cấp Phiếu lý lịch tư pháp',
  'khai-sinh': 'Đăng ký khai sinh',
} as const;
export type ProcedureId = keyof typeof procedures;

/** How the result is received, as the declaration form offers it. */
export const receiveOptions = {
  'truc-tuyen': 'Nhận kết quả trực tuyến (bản điện tử)',
  'mot-cua': 'Nhận tại Bộ phận Một cửa',
  'buu-chinh': 'Nhận qua dịch vụ bưu chính',
} as const;

/** Control ids, shared with the screens. */
export const control = {
  nav: (item: HcpvNavItem) => `nav-${item}`,
  menuItem: (item: HcpvPersonalMenuItem) => `menu-${item}`,
  procedure: (id: ProcedureId) => `proc-${id}`,
  chooseFile: (component: DossierComponent) => `file-${component}`,
  scan: (component: DossierComponent) => `scan-${component}`,
  fromStore: (component: DossierComponent) => `store-${component}`,
  view: (component: DossierComponent) => `view-${component}`,
  pick: (paper: string) => `pick-${paper}`,
} as const;

/** Step ids, shared with the screens (which draw from what is done). */
export const stepId = {
  open: (component: DossierComponent) => `${component}-open`,
  pick: (component: DossierComponent) => `${component}-pick`,
  update: (component: DossierComponent) => `${component}-update`,
  attach: (component: DossierComponent) => `${component}-attach`,
} as const;

const navItems = Object.keys(hcpv.nav) as HcpvNavItem[];
const menuItems = Object.keys(hcpv.personalMenu) as HcpvPersonalMenuItem[];
/** What the portal's frame draws on every page: the top menu, and the personal menu once logged in. */
const frameControls = (loggedIn: boolean) => [
  ...navItems.map(control.nav),
  ...(loggedIn ? ['personal-menu', ...menuItems.map(control.menuItem)] : ['login']),
];

const certifiedCopies =
  'Để lần sau dùng lại được: mang bản chính đến Bộ phận Một cửa của UBND cấp xã làm bản sao chứng thực điện tử; bản sao được lưu vào Kho dữ liệu cá nhân và lấy ra bằng “Lấy từ kho” cho các hồ sơ sau (yêu cầu thứ 3 của công văn).';

const quoted = (paper: Paper) => `“${paper.title}”`;

/** Why a paper does not fit a component, naming both. */
function mismatch(paper: Paper, component: DossierComponent, fitting: Paper | undefined): string {
  const why =
    paper.fits === null
      ? 'hồ sơ này không cần giấy tờ đó'
      : `giấy tờ đó dành cho thành phần “${componentNames[paper.fits]}”`;
  const instead = fitting ? ` Chọn ${quoted(fitting)}.` : '';
  return `${quoted(paper)} không phải “${componentNames[component]}”: ${why}. Đối chiếu Tên giấy tờ và Loại giấy tờ với tên thành phần hồ sơ.${instead}`;
}

function componentSteps(variant: DossierVariant, component: DossierComponent): ScenarioStep[] {
  const name = componentNames[component];
  const fitting = fittingPaper(variant, component);
  const notYet: WrongAction = {
    kind: 'click',
    target: 'submit',
    feedback: 'Còn thành phần hồ sơ chưa có tệp: gắn đủ các thành phần rồi mới bấm “Nộp hồ sơ”.',
  };
  const nothingToView: WrongAction = {
    kind: 'click',
    target: control.view(component),
    feedback: `Thành phần “${name}” chưa có tệp nên chưa có gì để xem.`,
  };
  const group = 'components';

  if (!fitting) {
    const explain = `Kho không có ${name.charAt(0).toLowerCase()}${name.slice(1)}, nên tải bản điện tử lên. ${certifiedCopies}`;
    return [
      {
        id: stepId.attach(component),
        screen: 'components',
        guideStep: 'p2-b3',
        group,
        instruction: `Thành phần “${name}”: kho không có giấy tờ phù hợp, nên bấm “${text.chooseFile}” để tải tệp lên.`,
        correct: [
          {
            kind: 'click',
            target: control.chooseFile(component),
            explain,
            describe: 'Kho không có giấy tờ này: tải tệp lên.',
          },
          { kind: 'click', target: control.scan(component), explain },
        ],
        hint: `Xem lại Kho dữ liệu cá nhân: không có ${name.charAt(0).toLowerCase()}${name.slice(1)}. Dùng “${text.chooseFile}”.`,
        wrong: [
          {
            kind: 'click',
            target: control.fromStore(component),
            feedback: `Kho dữ liệu cá nhân không có giấy tờ nào là “${name}”, nên không lấy từ kho được: bấm “${text.chooseFile}” để tải bản điện tử lên. ${certifiedCopies}`,
          },
          nothingToView,
          notYet,
        ],
      },
    ];
  }

  const others = variant.store.filter((id) => id !== fitting.id).map((id) => papers[id]!);
  const uploadInstead = `Kho đã có ${quoted(fitting)}: tải tệp mới lên thì hồ sơ không được tính là tái sử dụng. Bấm “${text.fromStore}”.`;
  const close = 'store-close';
  return [
    {
      id: stepId.open(component),
      screen: 'components',
      guideStep: 'p2-b3',
      group,
      instruction: `Thành phần “${name}”: kho có giấy tờ phù hợp, nên bấm “${text.fromStore}” ở dòng của thành phần này.`,
      correct: [{ kind: 'click', target: control.fromStore(component), describe: 'Kho có giấy tờ này: lấy từ kho.' }],
      hint: `Nút “${text.fromStore}” ở cột ${text.columns[2]}, dòng “${name}”.`,
      wrong: [
        { kind: 'click', target: control.chooseFile(component), feedback: uploadInstead },
        { kind: 'click', target: control.scan(component), feedback: uploadInstead },
        nothingToView,
        notYet,
      ],
    },
    {
      id: stepId.pick(component),
      screen: 'store-dialog',
      guideStep: 'p2-b4',
      group,
      after: stepId.open(component),
      cancel: close,
      instruction: `Trong hộp “${store.title}”, đánh dấu ô ${store.columns[0]} ở dòng ${quoted(fitting)}.`,
      correct: [
        { kind: 'tick', target: control.pick(fitting.id), value: true, describe: `Giấy tờ phù hợp: ${fitting.title}.` },
      ],
      hint: `Tìm dòng có Tên giấy tờ ${quoted(fitting)} (Loại giấy tờ: ${fitting.kind}).`,
      wrong: [
        ...others.map((paper): WrongAction => ({
          kind: 'tick',
          target: control.pick(paper.id),
          feedback: mismatch(paper, component, fitting),
        })),
        {
          kind: 'click',
          target: 'store-update',
          feedback: `Chưa chọn giấy tờ nào: đánh dấu ô ${store.columns[0]} ở dòng cần lấy rồi mới bấm “${store.update}”.`,
        },
      ],
    },
    {
      id: stepId.update(component),
      screen: 'store-dialog',
      guideStep: 'p2-b4',
      group,
      after: stepId.pick(component),
      cancel: close,
      instruction: `Bấm “${store.update}” để gắn giấy tờ đã chọn vào thành phần hồ sơ.`,
      correct: [{ kind: 'click', target: 'store-update', describe: `Nút ${store.update} ở cuối hộp.` }],
      hint: `Nút “${store.update}” ở cuối hộp “${store.title}”.`,
      wrong: [
        ...others.map((paper): WrongAction => ({
          kind: 'tick',
          target: control.pick(paper.id),
          feedback: `Mỗi thành phần chỉ lấy một giấy tờ, và ${mismatch(paper, component, fitting)}`,
        })),
        {
          kind: 'tick',
          target: control.pick(fitting.id),
          value: false,
          feedback: `Giữ dấu chọn ở ${quoted(fitting)}: đó đúng là giấy tờ cần lấy. Bấm “${store.update}”.`,
        },
      ],
    },
  ];
}

function buildSteps(variant: DossierVariant): ScenarioStep[] {
  const wrongMenu = (item: HcpvPersonalMenuItem, feedback: string): WrongAction => ({
    kind: 'click',
    target: control.menuItem(item),
    feedback,
  });
  return [
    {
      id: 'b1-login',
      screen: 'home',
      guideStep: 'p2-b1',
      // Said before the first click, in the modes that show instructions (the goal says it in Kiểm tra):
      // the annex, written before 01/07/2024, logs in with a portal account; this simulator uses VNeID.
      instruction: `Bấm “Đăng nhập” ở góc trên cổng dịch vụ công của tỉnh. ${LOGIN_CHANGED}`,
      correct: [{ kind: 'click', target: 'login', describe: 'Nút Đăng nhập ở đầu trang.' }],
      hint: 'Nút “Đăng nhập” ở góc trên bên phải.',
      wrong: [
        {
          kind: 'click',
          target: control.nav('nop-truc-tuyen'),
          feedback: 'Muốn nộp hồ sơ trực tuyến thì phải đăng nhập trước: bấm “Đăng nhập”.',
        },
      ],
    },
    {
      id: 'b1-vneid',
      screen: 'login',
      guideStep: 'p2-b1',
      instruction: `Cổng chuyển sang trang đăng nhập của Cổng Dịch vụ công quốc gia. Chọn “${dvcqg.login.kinds.vneid.label}”.`,
      correct: [
        { kind: 'click', target: 'kind-vneid', describe: 'Từ 01/07/2024, tài khoản cá nhân đăng nhập bằng VNeID.' },
      ],
      hint: 'Từ 01/07/2024, cá nhân đăng nhập bằng tài khoản VNeID: ô thứ hai.',
      wrong: [
        {
          kind: 'click',
          target: 'kind-cong',
          feedback:
            'Từ ngày 01/07/2024, tài khoản cá nhân do Cổng cấp không còn dùng để đăng nhập: chọn tài khoản Định danh điện tử cấp bởi Bộ Công an (VNeID), sau khi đã liên kết theo Phụ lục 1.',
        },
        {
          kind: 'click',
          target: 'kind-buu-dien',
          feedback: `Tài khoản Bưu điện Việt Nam không dành cho cán bộ, công chức, viên chức. Chọn “${dvcqg.login.kinds.vneid.label}”.`,
        },
      ],
    },
    {
      id: 'b1-approve',
      screen: 'vneid-app',
      guideStep: 'p2-b1',
      instruction: `Trên điện thoại (mô phỏng), ứng dụng VNeID đã quét mã QR: bấm “${vneid.approve}”.`,
      correct: [{ kind: 'click', target: 'app-approve', describe: 'Xác nhận đăng nhập trong ứng dụng VNeID.' }],
      hint: `Nút “${vneid.approve}” trên màn hình điện thoại.`,
    },
    {
      id: 'b2-menu',
      screen: 'home-user',
      guideStep: 'p2-b2',
      instruction: `Bấm “${hcpv.personalMenuTitle}” ở góc trên để mở menu cá nhân.`,
      correct: [{ kind: 'click', target: 'personal-menu', describe: 'Menu Hồ sơ cá nhân.' }],
      hint: `“${hcpv.personalMenuTitle}” ở góc trên bên phải, có dấu ▼.`,
      wrong: [
        {
          kind: 'click',
          target: control.nav('nop-truc-tuyen'),
          feedback:
            'Trước khi nộp, xem trong kho có những giấy tờ gì: mở “Hồ sơ cá nhân” → “Kho dữ liệu cá nhân” (Bước 2).',
        },
      ],
    },
    {
      id: 'b2-store',
      screen: 'home-user',
      guideStep: 'p2-b2',
      instruction: `Chọn “${hcpv.personalMenu['kho-du-lieu-ca-nhan']}”.`,
      correct: [
        { kind: 'click', target: control.menuItem('kho-du-lieu-ca-nhan'), describe: 'Mục Kho dữ liệu cá nhân.' },
      ],
      hint: 'Mục thứ tư của menu “Hồ sơ cá nhân”.',
      wrong: [
        wrongMenu('dang-xuat', 'Chưa đăng xuất lúc này: chọn “Kho dữ liệu cá nhân”.'),
        wrongMenu(
          'quan-ly-ho-so',
          '“Quản lý hồ sơ đã nộp” là nơi theo dõi hồ sơ đã nộp; giấy tờ dùng lại được nằm ở “Kho dữ liệu cá nhân”.',
        ),
        { kind: 'click', target: 'personal-menu', feedback: 'Menu đang mở: chọn “Kho dữ liệu cá nhân” trong menu.' },
      ],
    },
    {
      id: 'b3-nav',
      screen: 'store-list',
      guideStep: 'p2-b3',
      instruction: `Đã xem các giấy tờ trong kho. Bấm “${hcpv.nav['nop-truc-tuyen']}” trên thanh menu để bắt đầu nộp hồ sơ.`,
      correct: [
        { kind: 'click', target: control.nav('nop-truc-tuyen'), describe: 'Mục Nộp trực tuyến trên thanh menu.' },
      ],
      hint: `Mục thứ hai của thanh menu: “${hcpv.nav['nop-truc-tuyen']}”.`,
      wrong: [
        {
          kind: 'click',
          target: control.nav('tra-cuu-ho-so'),
          feedback: '“Tra cứu hồ sơ” để theo dõi hồ sơ đã nộp. Bấm “Nộp trực tuyến”.',
        },
      ],
    },
    {
      id: 'b3-procedure',
      screen: 'procedures',
      guideStep: 'p2-b3',
      instruction: `Ở thủ tục “${procedures['cap-cchn']}”, bấm “Nộp hồ sơ”.`,
      correct: [
        { kind: 'click', target: control.procedure('cap-cchn'), describe: 'Thủ tục Cấp Chứng chỉ hành nghề dược.' },
      ],
      hint: `Dòng đầu tiên: “${procedures['cap-cchn']}”.`,
      wrong: [
        {
          kind: 'click',
          target: control.procedure('cap-lai-cchn'),
          feedback:
            '“Cấp lại” dành cho chứng chỉ bị mất, hỏng hoặc sai thông tin. Ở đây là đề nghị cấp chứng chỉ: chọn “Cấp Chứng chỉ hành nghề dược”.',
        },
        {
          kind: 'click',
          target: control.procedure('lltp'),
          feedback: 'Không cần xin Phiếu lý lịch tư pháp mới khi kho đã có: chọn “Cấp Chứng chỉ hành nghề dược”.',
        },
      ],
    },
    {
      id: 'b3-receive',
      screen: 'declaration',
      guideStep: 'p2-b3',
      instruction: `Thông tin người nộp đã được điền sẵn từ tài khoản. Ở ô “Hình thức nhận kết quả”, chọn “${receiveOptions['truc-tuyen']}”.`,
      correct: [{ kind: 'choose', target: 'receive', value: 'truc-tuyen', describe: 'Nhận kết quả trực tuyến.' }],
      hint: 'Nhận kết quả trực tuyến thì bản điện tử được lưu vào Kho dữ liệu cá nhân, lần sau dùng lại được.',
      wrong: [
        {
          kind: 'choose',
          target: 'receive',
          feedback:
            'Chọn nhận kết quả trực tuyến: kết quả điện tử được lưu vào Kho dữ liệu cá nhân, lần sau lấy từ kho được.',
        },
        {
          kind: 'click',
          target: 'declaration-next',
          feedback: 'Chưa chọn hình thức nhận kết quả: chọn “Nhận kết quả trực tuyến” rồi bấm “Tiếp tục”.',
        },
      ],
    },
    {
      id: 'b3-next',
      screen: 'declaration',
      guideStep: 'p2-b3',
      instruction: 'Bấm “Tiếp tục” để sang bước gắn thành phần hồ sơ.',
      correct: [{ kind: 'click', target: 'declaration-next', describe: 'Nút Tiếp tục.' }],
      hint: 'Nút “Tiếp tục” ở cuối tờ khai.',
    },
    ...components.flatMap((component) => componentSteps(variant, component)),
    {
      id: 'kt-submit',
      screen: 'components',
      guideStep: 'p2-kt',
      instruction: `Mọi thành phần đã có tệp; thành phần lấy từ kho có dòng “${text.reused}”. Bấm “Nộp hồ sơ”.`,
      correct: [{ kind: 'click', target: 'submit', describe: 'Nút Nộp hồ sơ.' }],
      hint: 'Nút “Nộp hồ sơ” dưới bảng thành phần hồ sơ.',
    },
  ];
}

const title = 'Lấy kết quả từ Kho dữ liệu cá nhân khi nộp hồ sơ';
const portalName = 'cổng dịch vụ công của tỉnh';

function buildScenario(variant: DossierVariant): Scenario {
  const componentControls = components.flatMap((component) => [
    control.chooseFile(component),
    control.scan(component),
    control.fromStore(component),
    control.view(component),
  ]);
  return {
    id: SCENARIO_ID,
    title,
    goal: `Hãy nộp trực tuyến hồ sơ “${procedures['cap-cchn']}” cho ${persona.name} trên ${portalName}: thành phần nào có giấy tờ phù hợp trong Kho dữ liệu cá nhân thì lấy từ kho, thành phần nào không có thì tải tệp lên. ${LOGIN_CHANGED}`,
    persona: { name: persona.name, idNumber: persona.idNumber, procedure: procedures['cap-cchn'] },
    variables: (random) => ({ dossierNumber: digits(random, 4) }),
    screens: {
      home: { title: hcpv.brand, controls: frameControls(false) },
      login: { title: dvcqg.login.title, controls: ['kind-cong', 'kind-vneid', 'kind-buu-dien'] },
      'vneid-app': { title: 'Ứng dụng VNeID trên điện thoại', controls: ['app-approve'] },
      'home-user': { title: hcpv.brand, controls: frameControls(true) },
      'store-list': { title: hcpv.personalMenu['kho-du-lieu-ca-nhan'], controls: frameControls(true) },
      procedures: {
        title: hcpv.nav['nop-truc-tuyen'],
        controls: [...frameControls(true), ...(Object.keys(procedures) as ProcedureId[]).map(control.procedure)],
      },
      declaration: { title: procedures['cap-cchn'], controls: [...frameControls(true), 'receive', 'declaration-next'] },
      components: { title: text.sectionTitle, controls: [...frameControls(true), ...componentControls, 'submit'] },
      'store-dialog': {
        title: store.title,
        controls: [...variant.store.map(control.pick), 'store-update', 'store-close'],
      },
      receipt: { title: 'Nộp hồ sơ thành công', controls: frameControls(true) },
    },
    steps: buildSteps(variant),
    finalScreen: 'receipt',
    finishedText: 'Bạn đã nộp hồ sơ. Giấy biên nhận bên dưới ghi mã hồ sơ và số thành phần lấy từ kho.',
    defaultFeedback: 'Chưa đúng bước này. Đọc lại yêu cầu ở trên (hoặc bấm “Gợi ý”).',
    realDataWarning: 'Đây là mô phỏng: không nhập thông tin thật.',
    typoFeedback: 'Giá trị này chưa đúng.',
    passMark: 80,
    targetSeconds: 240,
  };
}

/** The task of a run: fixed while learning (the guide's example), drawn from the seed in Kiểm tra. */
export function variantFor(mode: Mode, seed: number): DossierVariant {
  return mode === 'test' ? drawVariant(seed) : learningVariant;
}

export const source: ScenarioSource = {
  id: SCENARIO_ID,
  title,
  build: (mode, seed) => buildScenario(variantFor(mode, seed)),
};

/** How each component got its file so far: taken from the store, uploaded, or not yet. */
export type Attachment = 'store' | 'file' | null;

export function attachments(done: readonly string[]): Record<DossierComponent, Attachment> {
  const entries = components.map((component): [DossierComponent, Attachment] => [
    component,
    done.includes(stepId.update(component)) ? 'store' : done.includes(stepId.attach(component)) ? 'file' : null,
  ]);
  return Object.fromEntries(entries) as Record<DossierComponent, Attachment>;
}

/** The component whose "Lấy từ kho" dialog is open, judged from the steps due now. */
export function dialogComponent(due: readonly ScenarioStep[]): DossierComponent | undefined {
  return components.find((component) =>
    due.some((step) => step.id === stepId.pick(component) || step.id === stepId.update(component)),
  );
}

/** A made-up dossier code: the submission day and a seeded number, labelled as made up wherever shown. */
export function dossierCode(finishedAt: number, dossierNumber: string): string {
  const day = vietnamDay(new Date(finishedAt)).replaceAll('-', '').slice(2);
  return `000.00.18.H08-${day}-${dossierNumber}`;
}
