/**
 * The Phụ lục 2 screens, drawn from the run's state: the provincial portal ("Hành chính phục vụ") with
 * its top menu, five-step banner and "Hồ sơ cá nhân" menu; the store listing; the procedure list; the
 * declaration; the dossier components with the "Lấy từ kho" dialog; the receipt. The national login
 * and the VNeID phone are the shared ones. Labels come from portal-text.ts.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { formatDate } from '../../../dates/index';
import { persona } from '../../portals/persona';
import { hcpv, type DossierComponent, type HcpvNavItem, type HcpvPersonalMenuItem } from '../../portals/portal-text';
import { currentSteps, valuesOf } from '../../engine/machine';
import {
  Browser,
  DocumentCode,
  LoginChooser,
  PortalTable,
  VneidApproval,
  addedForPractice,
  fake,
  useDueTarget,
} from '../../portals/frames';
import { ScreenHeading, SimButton, SimCheckbox, SimSelect } from '../../ui/controls';
import { useSim } from '../../ui/context';
import { SimDialog } from '../../ui/SimDialog';
import { componentNames, components, fittingPaper, papers } from './dossier';
import {
  attachments,
  control,
  dialogComponent,
  dossierCode,
  procedures,
  receiveOptions,
  stepId,
  variantFor,
  type ProcedureId,
} from './scenario';
import './screens.css';

const bytes = new Intl.NumberFormat('vi-VN');
const navItems = Object.entries(hcpv.nav) as Array<[HcpvNavItem, string]>;
const menuItems = Object.entries(hcpv.personalMenu) as Array<[HcpvPersonalMenuItem, string]>;

function useVariant() {
  const { run } = useSim();
  return variantFor(run.mode, run.seed);
}

interface FrameProps {
  loggedIn?: boolean;
  current?: HcpvNavItem;
  banner?: boolean;
  /** A modal dialog is open: the page behind it takes no input. */
  behindDialog?: boolean;
  children: ComponentChildren;
}

/** The provincial portal around a page. Its real address is not shown: the frame names the portal instead. */
function Hcpv({ loggedIn = true, current, banner = false, behindDialog = false, children }: FrameProps) {
  const due = useDueTarget();
  const menuOpen = menuItems.some(([item]) => due === control.menuItem(item));
  return (
    <Browser address={hcpv.tab} inert={behindDialog}>
      <div class="portal-hcpv">
        <div class="portal-header portal-hcpv-header">
          <div>
            <p class="portal-hcpv-province">{hcpv.province}</p>
            <p class="portal-hcpv-brand">{hcpv.brand}</p>
          </div>
          {loggedIn ? (
            <div class="portal-account">
              <SimButton id="personal-menu" class="portal-hcpv-account" expanded={menuOpen}>
                {hcpv.personalMenuTitle} <span aria-hidden="true">▼</span>
              </SimButton>
              {menuOpen && (
                <ul class="portal-menu" aria-label={hcpv.personalMenuTitle}>
                  {menuItems.map(([item, label]) => (
                    <li>
                      <SimButton id={control.menuItem(item)} class="portal-menu-item">
                        {label}
                      </SimButton>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <SimButton id="login" class="portal-hcpv-account">
              Đăng nhập
            </SimButton>
          )}
        </div>
        <nav aria-label="Menu chính của cổng">
          <ul class="portal-hcpv-nav">
            {navItems.map(([item, label]) => (
              <li>
                <SimButton id={control.nav(item)} class={item === current ? 'portal-hcpv-current' : 'portal-hcpv-link'}>
                  {label}
                  {item === current && <span class="sr-only"> (trang đang mở)</span>}
                </SimButton>
              </li>
            ))}
          </ul>
        </nav>
        {banner && (
          <div class="portal-hcpv-banner">
            <p class="portal-hcpv-banner-title">{hcpv.processTitle}</p>
            <ol class="portal-hcpv-process">
              {hcpv.process.map((step, index) => (
                <li>
                  <span class="portal-hcpv-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {step}
                </li>
              ))}
            </ol>
          </div>
        )}
        <div class="portal-body">{children}</div>
      </div>
    </Browser>
  );
}

const Home: FunctionComponent = () => (
  <Hcpv loggedIn={false} banner>
    <ScreenHeading>{hcpv.brand}</ScreenHeading>
    <p>Cổng dịch vụ công của tỉnh: tra cứu thủ tục, nộp hồ sơ trực tuyến, theo dõi và nhận kết quả.</p>
  </Hcpv>
);

const Login: FunctionComponent = () => <LoginChooser />;

const VneidApp: FunctionComponent = () => <VneidApproval portal="cổng dịch vụ công của tỉnh" />;

const HomeUser: FunctionComponent = () => (
  <Hcpv banner>
    <ScreenHeading>{hcpv.brand}</ScreenHeading>
    <p class="portal-success">
      Đăng nhập thành công bằng tài khoản VNeID: {persona.name}
      {fake}.
    </p>
  </Hcpv>
);

const StoreList: FunctionComponent = () => {
  const variant = useVariant();
  const columns = ['STT', 'Mã giấy tờ', 'Tên giấy tờ', 'Loại giấy tờ', 'Dung lượng (byte)', 'Số lần sử dụng'] as const;
  return (
    <Hcpv>
      <p class="portal-breadcrumb">
        {hcpv.personalMenuTitle} › {hcpv.personalMenu['kho-du-lieu-ca-nhan']}
      </p>
      <ScreenHeading>{hcpv.personalMenu['kho-du-lieu-ca-nhan']}</ScreenHeading>
      {/* The source shows only the menu item; this page is drawn from the store dialog's columns. */}
      <p class="portal-fake">Văn bản gốc không có hình trang này: mô phỏng vẽ thêm để luyện tập.</p>
      <p>
        Kết quả điện tử và bản sao chứng thực điện tử của {persona.name}
        {fake}: dùng lại được khi nộp hồ sơ bằng nút “{hcpv.dossier.fromStore}”.
      </p>
      <PortalTable caption={hcpv.personalMenu['kho-du-lieu-ca-nhan']} columns={columns} cards>
        {variant.store.map((id, index) => {
          const paper = papers[id]!;
          return (
            <tr>
              <td data-label={columns[0]}>{index + 1}</td>
              <td data-label={columns[1]}>
                <DocumentCode value={paper.code} />
              </td>
              <th scope="row" data-label={columns[2]}>
                {paper.title}
                {!paper.inSource && addedForPractice}
              </th>
              <td data-label={columns[3]}>{paper.kind}</td>
              <td data-label={columns[4]}>{bytes.format(paper.bytes)}</td>
              <td data-label={columns[5]}>{paper.uses}</td>
            </tr>
          );
        })}
      </PortalTable>
    </Hcpv>
  );
};

const Procedures: FunctionComponent = () => (
  <Hcpv current="nop-truc-tuyen">
    <ScreenHeading>{hcpv.nav['nop-truc-tuyen']}</ScreenHeading>
    <p>Chọn thủ tục hành chính cần nộp hồ sơ.</p>
    <ul class="portal-procedures">
      {(Object.entries(procedures) as Array<[ProcedureId, string]>).map(([id, name]) => (
        <li>
          <span class="portal-procedure-name">{name}</span>
          <SimButton id={control.procedure(id)} class="portal-hcpv-primary">
            Nộp hồ sơ<span class="sr-only"> – {name}</span>
          </SimButton>
        </li>
      ))}
    </ul>
  </Hcpv>
);

const Declaration: FunctionComponent = () => {
  const { run } = useSim();
  const rows: Array<[string, ComponentChildren]> = [
    ['Họ và tên', persona.name],
    [
      'Số định danh cá nhân',
      <>
        {persona.idNumber}
        {fake}
      </>,
    ],
    ['Ngày sinh', persona.birthDate],
    ['Địa chỉ thường trú', persona.address],
    ['Email', persona.email],
  ];
  return (
    <Hcpv current="nop-truc-tuyen">
      <p class="portal-breadcrumb">
        {hcpv.nav['nop-truc-tuyen']} › {procedures['cap-cchn']}
      </p>
      <form class="portal-panel portal-form" onSubmit={(event) => event.preventDefault()}>
        <ScreenHeading>{procedures['cap-cchn']}</ScreenHeading>
        <p class="portal-hcpv-section">Thông tin người nộp hồ sơ (lấy từ tài khoản)</p>
        <dl class="portal-facts">
          {rows.map(([label, value]) => (
            <div>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <SimSelect
          id="receive"
          label="Hình thức nhận kết quả"
          options={receiveOptions}
          value={run.done.includes('b3-receive') ? 'truc-tuyen' : ''}
          placeholder="– Chọn hình thức nhận kết quả –"
        />
        <p>
          <SimButton id="declaration-next" class="portal-hcpv-primary" submit>
            Tiếp tục
          </SimButton>
        </p>
      </form>
    </Hcpv>
  );
};

/** The file a component shows once attached: the signed PDF from the store, or the one uploaded. */
function Attached({ component, from }: { component: DossierComponent; from: 'store' | 'file' }) {
  const variant = useVariant();
  const paper = from === 'store' ? fittingPaper(variant, component) : undefined;
  return (
    <div class="portal-attached">
      <span class="portal-file">
        <span class="portal-pdf" aria-hidden="true">
          PDF
        </span>
        <DocumentCode value={paper ? paper.file : `${component}_tai-len.pdf`} />
      </span>
      {paper ? (
        <span class="portal-reused">
          <span aria-hidden="true">✓ </span>
          {hcpv.dossier.reused}
        </span>
      ) : (
        <span class="portal-uploaded">Tệp tải lên từ máy (không tính là tái sử dụng)</span>
      )}
    </div>
  );
}

function ComponentsTable() {
  const { run } = useSim();
  const attached = attachments(run.done);
  const text = hcpv.dossier;
  const [nameColumn, countColumn, fileColumn, signColumn] = text.columns;
  return (
    <PortalTable
      caption={`${text.sectionTitle} – ${procedures['cap-cchn']}`}
      columns={text.columns}
      cards
      class="portal-components"
    >
      {components.map((component) => {
        const from = attached[component];
        return (
          <tr>
            <th scope="row" data-label={nameColumn} class="portal-component-name">
              {text.components[component]} <em>{text.original}</em>
            </th>
            <td data-label={countColumn}>1</td>
            <td data-label={fileColumn}>
              {from ? (
                <Attached component={component} from={from} />
              ) : (
                <span class="portal-actions" role="group" aria-label={componentNames[component]}>
                  <SimButton id={control.chooseFile(component)} class="portal-secondary">
                    {text.chooseFile}
                  </SimButton>
                  <SimButton id={control.scan(component)} class="portal-secondary">
                    {text.scan}
                  </SimButton>
                  <SimButton id={control.fromStore(component)} class="portal-hcpv-primary">
                    {text.fromStore}
                  </SimButton>
                  <SimButton id={control.view(component)} class="portal-secondary">
                    {text.view}
                  </SimButton>
                </span>
              )}
            </td>
            <td data-label={signColumn} class="portal-sign">
              <span aria-hidden="true">{from === 'store' ? '☑' : '☐'}</span> {text.sign}
              <span class="sr-only">{from === 'store' ? ' (đã đánh dấu)' : ' (chưa đánh dấu)'}</span>
            </td>
          </tr>
        );
      })}
    </PortalTable>
  );
}

function ComponentsPage({ behindDialog = false }: { behindDialog?: boolean }) {
  const { run } = useSim();
  const attached = Object.values(attachments(run.done));
  const done = attached.filter(Boolean).length;
  const reused = attached.filter((from) => from === 'store').length;
  return (
    <Hcpv current="nop-truc-tuyen" behindDialog={behindDialog}>
      <p class="portal-breadcrumb">
        {hcpv.nav['nop-truc-tuyen']} › {procedures['cap-cchn']}
      </p>
      {behindDialog ? (
        <p class="portal-hcpv-section">{hcpv.dossier.sectionTitle}</p>
      ) : (
        <ScreenHeading>{hcpv.dossier.sectionTitle}</ScreenHeading>
      )}
      <p>
        Đã gắn {done}/{components.length} thành phần, trong đó {reused} lấy từ kho.
      </p>
      <ComponentsTable />
      <p class="portal-submit">
        <SimButton id="submit" class="portal-hcpv-primary">
          Nộp hồ sơ
        </SimButton>
      </p>
    </Hcpv>
  );
}

const Components: FunctionComponent = () => <ComponentsPage />;

const StoreDialog: FunctionComponent = () => {
  const { run, scenario } = useSim();
  const variant = useVariant();
  const component = dialogComponent(currentSteps(scenario, run));
  const picked = component && run.done.includes(stepId.pick(component)) ? component : null;
  const text = hcpv.store;
  const [chooseColumn, numberColumn, codeColumn, titleColumn, fileColumn, infoColumn] = text.columns;
  return (
    <div class="portal-dialog-layer">
      <ComponentsPage behindDialog />
      <SimDialog
        title={text.title}
        titleId="portal-store-title"
        closeControl="store-close"
        opener={component && control.fromStore(component)}
        class="portal-store"
      >
        {component && <p>Thành phần hồ sơ: {componentNames[component]}</p>}
        <PortalTable caption={text.title} columns={text.columns} cards>
          {variant.store.map((id, index) => {
            const paper = papers[id]!;
            return (
              <tr class={picked === id ? 'portal-picked' : undefined}>
                <td data-label={chooseColumn}>
                  <SimCheckbox
                    id={control.pick(id)}
                    label={`${chooseColumn}: ${paper.title}`}
                    checked={picked === id}
                  />
                </td>
                <td data-label={numberColumn}>{index + 1}</td>
                <td data-label={codeColumn}>
                  <DocumentCode value={paper.code} />
                </td>
                <td data-label={titleColumn}>
                  <strong>{paper.title}</strong>
                  {!paper.inSource && addedForPractice}
                  <em class="portal-store-warning">{text.warning}</em>
                </td>
                <td data-label={fileColumn}>
                  <span class="portal-pdf" aria-hidden="true">
                    PDF
                  </span>
                  <span class="sr-only">{paper.file}</span>
                </td>
                <td data-label={infoColumn}>
                  <dl class="portal-info">
                    <div>
                      <dt>{text.kindLabel}</dt>
                      <dd>{paper.kind}</dd>
                    </div>
                    <div>
                      <dt>{text.storeLabel}</dt>
                      <dd>{text.storeKind}</dd>
                    </div>
                    <div>
                      <dt>{text.sizeLabel}</dt>
                      <dd>{bytes.format(paper.bytes)}</dd>
                    </div>
                    <div>
                      <dt>{text.summaryLabel}</dt>
                      <dd>
                        {paper.title} {text.summaryJoin} {persona.name}
                      </dd>
                    </div>
                    <div>
                      <dt>{text.usesLabel}</dt>
                      <dd>{paper.uses}</dd>
                    </div>
                  </dl>
                </td>
              </tr>
            );
          })}
        </PortalTable>
        <p class="portal-small">
          {text.pager(1, variant.store.length)} {text.goTo} {text.page} | {text.show} {text.perPage}
        </p>
        <p class="portal-actions portal-dialog-actions">
          <SimButton id="store-close" class="portal-secondary">
            {text.close}
          </SimButton>
          <SimButton id="store-update" class="portal-hcpv-primary">
            {text.update}
          </SimButton>
        </p>
      </SimDialog>
    </div>
  );
};

const Receipt: FunctionComponent = () => {
  const { run, scenario } = useSim();
  const attached = attachments(run.done);
  const reused = components.filter((component) => attached[component] === 'store');
  const finishedAt = run.finishedAt ?? Date.now();
  const values = valuesOf(scenario, run.seed);
  return (
    <Hcpv>
      <div class="portal-receipt">
        <ScreenHeading>Nộp hồ sơ thành công</ScreenHeading>
        <dl class="portal-facts">
          <div>
            <dt>Mã hồ sơ</dt>
            <dd>
              <strong class="portal-code">{dossierCode(finishedAt, values['dossierNumber'] ?? '0000')}</strong>
              {fake}
            </dd>
          </div>
          <div>
            <dt>Thủ tục</dt>
            <dd>{procedures['cap-cchn']}</dd>
          </div>
          <div>
            <dt>Người nộp</dt>
            <dd>{persona.name}</dd>
          </div>
          <div>
            <dt>Ngày nộp</dt>
            <dd>{formatDate(new Date(finishedAt))}</dd>
          </div>
          <div>
            <dt>Thành phần hồ sơ lấy từ kho</dt>
            <dd>
              <strong>
                {reused.length}/{components.length}
              </strong>
            </dd>
          </div>
        </dl>
        <ul class="portal-receipt-list">
          {components.map((component) => (
            <li>
              {componentNames[component]}:{' '}
              {attached[component] === 'store' ? 'lấy từ kho (tái sử dụng)' : 'tải tệp lên'}
            </li>
          ))}
        </ul>
        <p class="portal-small">
          Hồ sơ có ít nhất một thành phần lấy từ kho được tính vào chỉ tiêu “Tỷ lệ khai thác, sử dụng lại thông tin số
          hóa”. Theo dõi hồ sơ ở “{hcpv.personalMenu['quan-ly-ho-so']}”.
        </p>
      </div>
    </Hcpv>
  );
};

/** Screen components by the scenario's screen ids. */
export const screens: Record<string, FunctionComponent> = {
  home: Home,
  login: Login,
  'vneid-app': VneidApp,
  'home-user': HomeUser,
  'store-list': StoreList,
  procedures: Procedures,
  declaration: Declaration,
  components: Components,
  'store-dialog': StoreDialog,
  receipt: Receipt,
};
