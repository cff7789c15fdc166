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
  fake,
  useDueTarget,
} from '../../portals/frames';
import { ScreenHeading, SimButton, SimCheckbox, SimSelect } from '../../ui/controls';
import { useSim } from '../../ui/context';
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
      <div class="pm-hcpv">
        <div class="pm-header pm-hcpv-header">
          <div>
            <p class="pm-hcpv-province">{hcpv.province}</p>
            <p class="pm-hcpv-brand">{hcpv.brand}</p>
          </div>
          {loggedIn ? (
            <div class="pm-account">
              <SimButton id="personal-menu" class="pm-hcpv-account" expanded={menuOpen}>
                {hcpv.personalMenuTitle} <span aria-hidden="true">▼</span>
              </SimButton>
              {menuOpen && (
                <ul class="pm-menu" aria-label={hcpv.personalMenuTitle}>
                  {menuItems.map(([item, label]) => (
                    <li>
                      <SimButton id={control.menuItem(item)} class="pm-menu-item">
                        {label}
                      </SimButton>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : (
            <SimButton id="login" class="pm-hcpv-account">
              Đăng nhập
            </SimButton>
          )}
        </div>
        <nav aria-label="Menu chính của cổng">
          <ul class="pm-hcpv-nav">
            {navItems.map(([item, label]) => (
              <li>
                <SimButton id={control.nav(item)} class={item === current ? 'pm-hcpv-current' : 'pm-hcpv-link'}>
                  {label}
                  {item === current && <span class="sr-only"> (trang đang mở)</span>}
                </SimButton>
              </li>
            ))}
          </ul>
        </nav>
        {banner && (
          <div class="pm-hcpv-banner">
            <p class="pm-hcpv-banner-title">{hcpv.processTitle}</p>
            <ol class="pm-hcpv-process">
              {hcpv.process.map((step, index) => (
                <li>
                  <span class="pm-hcpv-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {step}
                </li>
              ))}
            </ol>
          </div>
        )}
        <div class="pm-body">{children}</div>
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
    <p class="pm-success">
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
      <p class="pm-breadcrumb">
        {hcpv.personalMenuTitle} › {hcpv.personalMenu['kho-du-lieu-ca-nhan']}
      </p>
      <ScreenHeading>{hcpv.personalMenu['kho-du-lieu-ca-nhan']}</ScreenHeading>
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
    <ul class="pm-procedures">
      {(Object.entries(procedures) as Array<[ProcedureId, string]>).map(([id, name]) => (
        <li>
          <span class="pm-procedure-name">{name}</span>
          <SimButton id={control.procedure(id)} class="pm-hcpv-primary">
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
    ['Thư điện tử', persona.email],
  ];
  return (
    <Hcpv current="nop-truc-tuyen">
      <p class="pm-breadcrumb">
        {hcpv.nav['nop-truc-tuyen']} › {procedures['cap-cchn']}
      </p>
      <form class="pm-panel pm-form" onSubmit={(event) => event.preventDefault()}>
        <ScreenHeading>{procedures['cap-cchn']}</ScreenHeading>
        <p class="pm-hcpv-section">Thông tin người nộp hồ sơ (lấy từ tài khoản)</p>
        <dl class="pm-facts">
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
          <SimButton id="declaration-next" class="pm-hcpv-primary" submit>
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
    <div class="pm-attached">
      <span class="pm-file">
        <span class="pm-pdf" aria-hidden="true">
          PDF
        </span>
        <DocumentCode value={paper ? paper.file : `${component}_tai-len.pdf`} />
      </span>
      {paper ? (
        <span class="pm-reused">
          <span aria-hidden="true">✓ </span>
          {hcpv.dossier.reused}
        </span>
      ) : (
        <span class="pm-uploaded">Tệp tải lên từ máy (không tính là tái sử dụng)</span>
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
      class="pm-components"
    >
      {components.map((component) => {
        const from = attached[component];
        return (
          <tr>
            <th scope="row" data-label={nameColumn} class="pm-component-name">
              {text.components[component]} <em>{text.original}</em>
            </th>
            <td data-label={countColumn}>1</td>
            <td data-label={fileColumn}>
              {from ? (
                <Attached component={component} from={from} />
              ) : (
                <span class="pm-actions" role="group" aria-label={componentNames[component]}>
                  <SimButton id={control.chooseFile(component)} class="pm-secondary">
                    {text.chooseFile}
                  </SimButton>
                  <SimButton id={control.scan(component)} class="pm-secondary">
                    {text.scan}
                  </SimButton>
                  <SimButton id={control.fromStore(component)} class="pm-hcpv-primary">
                    {text.fromStore}
                  </SimButton>
                  <SimButton id={control.view(component)} class="pm-secondary">
                    {text.view}
                  </SimButton>
                </span>
              )}
            </td>
            <td data-label={signColumn} class="pm-sign">
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
      <p class="pm-breadcrumb">
        {hcpv.nav['nop-truc-tuyen']} › {procedures['cap-cchn']}
      </p>
      {behindDialog ? (
        <p class="pm-hcpv-section">{hcpv.dossier.sectionTitle}</p>
      ) : (
        <ScreenHeading>{hcpv.dossier.sectionTitle}</ScreenHeading>
      )}
      <p>
        Đã gắn {done}/{components.length} thành phần, trong đó {reused} lấy từ kho.
      </p>
      <ComponentsTable />
      <p class="pm-submit">
        <SimButton id="submit" class="pm-hcpv-primary">
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
    <div class="pm-dialog-layer">
      <ComponentsPage behindDialog />
      {/* Not aria-modal: that would hide the simulator's own instructions and feedback from screen readers. */}
      <div class="pm-dialog pm-store" role="dialog" aria-labelledby="pm-store-title">
        <ScreenHeading>
          <span id="pm-store-title">{text.title}</span>
        </ScreenHeading>
        {component && <p>Thành phần hồ sơ: {componentNames[component]}</p>}
        <PortalTable caption={text.title} columns={text.columns} cards>
          {variant.store.map((id, index) => {
            const paper = papers[id]!;
            return (
              <tr class={picked === id ? 'pm-picked' : undefined}>
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
                  <em class="pm-store-warning">{text.warning}</em>
                </td>
                <td data-label={fileColumn}>
                  <span class="pm-pdf" aria-hidden="true">
                    PDF
                  </span>
                  <span class="sr-only">{paper.file}</span>
                </td>
                <td data-label={infoColumn}>
                  <dl class="pm-info">
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
        <p class="pm-small">
          {text.pager(1, variant.store.length)} {text.goTo} {text.page} | {text.show} {text.perPage}
        </p>
        <p class="pm-actions pm-dialog-actions">
          <SimButton id="store-close" class="pm-secondary">
            {text.close}
          </SimButton>
          <SimButton id="store-update" class="pm-hcpv-primary">
            {text.update}
          </SimButton>
        </p>
      </div>
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
      <div class="pm-receipt">
        <ScreenHeading>Nộp hồ sơ thành công</ScreenHeading>
        <dl class="pm-facts">
          <div>
            <dt>Mã hồ sơ</dt>
            <dd>
              <strong class="pm-code">{dossierCode(finishedAt, values['dossierNumber'] ?? '0000')}</strong>
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
        <ul class="pm-receipt-list">
          {components.map((component) => (
            <li>
              {componentNames[component]}:{' '}
              {attached[component] === 'store' ? 'lấy từ kho (tái sử dụng)' : 'tải tệp lên'}
            </li>
          ))}
        </ul>
        <p class="pm-small">
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
