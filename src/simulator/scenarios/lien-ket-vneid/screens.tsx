/**
 * The Phụ lục 1 screens, drawn from the run's state: the national portal (home, login, OTP, notice,
 * account menu, Thông tin định danh) and VNeID (login, OTP, the phone app approving a QR scan). Labels
 * come from portal-text.ts, the same constants the guide's static figures print.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { formatDate } from '../../../dates/index';
import { persona } from '../../../portal-mock/persona';
import { dvcqg, statusNames, vneid } from '../../../portal-mock/portal-text';
import { currentSteps } from '../../engine/machine';
import { ScreenHeading, SimButton, SimField } from '../../ui/controls';
import { useSim } from '../../ui/context';
import { controlLabels, scenario, simPersona } from './scenario';
import './screens.css';

const fake = <span class="pm-fake"> (giả định)</span>;

function Browser({ address, children }: { address: string; children: ComponentChildren }) {
  return (
    <div class="pm-browser">
      <p class="pm-bar">
        <span class="pm-dots" aria-hidden="true">
          ● ● ●
        </span>
        <span class="pm-address">
          <span class="sr-only">Địa chỉ trang: </span>
          {address}
        </span>
      </p>
      {children}
    </div>
  );
}

/** What the current step is about to do: opens the account menu or a side-menu group. */
function dueTarget(): string | undefined {
  const { run } = useSim();
  return currentSteps(scenario, run)[0]?.correct[0]?.target;
}

/** The portal's frame; `login` shows the header's "Đăng nhập" (only on the home page, so a login form has one). */
function Dvcqg({ user, login, children }: { user?: boolean; login?: boolean; children: ComponentChildren }) {
  const due = dueTarget();
  const menuOpen = due === 'menu-thong-tin-ca-nhan' || due === 'menu-dang-xuat';
  return (
    <Browser address={dvcqg.address}>
      <div class="pm-dvcqg">
        <div class="pm-header">
          <div class="pm-brand">
            <span class="pm-emblem" aria-hidden="true">
              ★
            </span>
            <div>
              <p class="pm-name">{dvcqg.name}</p>
              <p class="pm-slogan">{dvcqg.slogan}</p>
            </div>
          </div>
          {user ? (
            <div class="pm-account">
              <SimButton id="account-menu" class="pm-user" expanded={menuOpen}>
                {simPersona.name} <span aria-hidden="true">[▼]</span>
              </SimButton>
              {menuOpen && (
                <ul class="pm-menu" aria-label="Menu tài khoản">
                  <li>
                    <SimButton id="menu-thong-tin-ca-nhan" class="pm-menu-item">
                      {dvcqg.accountMenu['thong-tin-ca-nhan']}
                    </SimButton>
                  </li>
                  <li>
                    <SimButton id="menu-dang-xuat" class="pm-menu-item">
                      {dvcqg.accountMenu['dang-xuat']}
                    </SimButton>
                  </li>
                </ul>
              )}
            </div>
          ) : (
            login && (
              <SimButton id="home-login" class="pm-login-link">
                {controlLabels.homeLogin}
              </SimButton>
            )
          )}
        </div>
        <div class="pm-body">{children}</div>
      </div>
    </Browser>
  );
}

const services = ['Thông tin và dịch vụ', 'Thanh toán trực tuyến', 'Phản ánh kiến nghị', 'Tra cứu hồ sơ'];

function HomeBody({ linked }: { linked?: boolean }) {
  return (
    <>
      <ScreenHeading>{dvcqg.name}</ScreenHeading>
      {linked && <p class="pm-success">Liên kết tài khoản thành công. Lần sau có thể đăng nhập bằng tài khoản VNeID.</p>}
      <p>{dvcqg.slogan}.</p>
      <ul class="pm-tiles">
        {services.map((service) => (
          <li>{service}</li>
        ))}
      </ul>
    </>
  );
}

const Home: FunctionComponent = () => (
  <Dvcqg login>
    <HomeBody />
  </Dvcqg>
);

const isLinked = (done: string[]) => done.includes('b7-otp-submit') || done.includes('b7-app');

const HomeUser: FunctionComponent = () => {
  const { run } = useSim();
  return (
    <Dvcqg user>
      <HomeBody linked={isLinked(run.done)} />
    </Dvcqg>
  );
};

const LoginChooser: FunctionComponent = () => (
  <Dvcqg>
    <div class="pm-panel">
      <ScreenHeading>{dvcqg.login.title}</ScreenHeading>
      <p>{dvcqg.login.prompt}</p>
      <ul class="pm-kinds">
        {(['cong', 'vneid', 'buu-dien'] as const).map((kind) => (
          <li>
            <SimButton id={`kind-${kind}`} class="pm-kind">
              <span class="pm-kind-label">{dvcqg.login.kinds[kind].label}</span>
              {dvcqg.login.kinds[kind].note && <span class="pm-kind-note">{dvcqg.login.kinds[kind].note}</span>}
            </SimButton>
          </li>
        ))}
      </ul>
      <div class="pm-notice-text">
        <p>
          <strong>{dvcqg.login.noticeTitle}</strong> {dvcqg.login.notice}
        </p>
        {dvcqg.login.noticeSteps.map(([label, text]) => (
          <p>
            <strong>{label}</strong> {text}
          </p>
        ))}
      </div>
    </div>
  </Dvcqg>
);

const PortalLogin: FunctionComponent = () => (
  <Dvcqg>
    <form class="pm-panel pm-form" onSubmit={(event) => event.preventDefault()}>
      <ScreenHeading>{dvcqg.login.kinds.cong.label}</ScreenHeading>
      <SimField id="login-user" label="Tên đăng nhập" />
      <SimField id="login-password" label="Mật khẩu" secret />
      <p>
        <SimButton id="login-submit" class="pm-primary" submit>
          {controlLabels.homeLogin}
        </SimButton>
      </p>
    </form>
  </Dvcqg>
);

function OtpForm({ field, submit }: { field: string; submit: string }) {
  return (
    <form class="pm-panel pm-form" onSubmit={(event) => event.preventDefault()}>
      <ScreenHeading>Nhập mã xác thực OTP</ScreenHeading>
      <p>
        Mã xác thực OTP đã được gửi đến số điện thoại {persona.phone}
        {fake}.
      </p>
      <SimField id={field} label="Mã xác thực OTP" numeric />
      <p>
        <SimButton id={submit} class="pm-primary" submit>
          {controlLabels.otpSubmit}
        </SimButton>
      </p>
    </form>
  );
}

const Otp: FunctionComponent = () => (
  <Dvcqg>
    <OtpForm field="otp-code" submit="otp-submit" />
  </Dvcqg>
);

const Notice: FunctionComponent = () => (
  <Dvcqg user>
    <div class="pm-dialog">
      <ScreenHeading>{dvcqg.linkNotice.title}</ScreenHeading>
      <p>{dvcqg.linkNotice.body}</p>
      <p>
        <strong>{dvcqg.linkNotice.requirementLabel}</strong> {dvcqg.linkNotice.requirement}
      </p>
      <p class="pm-actions">
        <SimButton id="notice-skip" class="pm-secondary">
          {dvcqg.linkNotice.skip}
        </SimButton>
        <SimButton id="notice-vneid" class="pm-primary">
          {dvcqg.linkNotice.loginWithVneid}
        </SimButton>
      </p>
    </div>
  </Dvcqg>
);

function SideMenu() {
  const due = dueTarget();
  const open = due === 'side-dinh-danh';
  return (
    <ul class="pm-side">
      <li>
        <SimButton id="side-tai-khoan" class="pm-side-group" expanded={open}>
          {controlLabels.sideAccount}
        </SimButton>
        {open && (
          <ul>
            <li>
              <SimButton id="side-dinh-danh" class="pm-side-item">
                {controlLabels.sideIdentity}
              </SimButton>
            </li>
          </ul>
        )}
      </li>
    </ul>
  );
}

const Personal: FunctionComponent = () => (
  <Dvcqg user>
    <p class="pm-breadcrumb">Trang chủ › {dvcqg.accountMenu['thong-tin-ca-nhan']}</p>
    <div class="pm-layout">
      <SideMenu />
      <div>
        <ScreenHeading>{dvcqg.accountMenu['thong-tin-ca-nhan']}</ScreenHeading>
        <p>
          {simPersona.name}
          {fake}
        </p>
        <p>Chọn mục ở cột bên trái để xem hoặc cập nhật thông tin.</p>
      </div>
    </div>
  </Dvcqg>
);

type Status = keyof typeof statusNames;
type Field = keyof typeof dvcqg.identity.fields;
/** Before the update the account holds only what its owner typed when registering. */
const before: Record<Field, Status> = {
  name: 'unverified',
  oldIdNumber: 'missing',
  idNumber: 'unverified',
  birthDate: 'unverified',
  phone: 'unverified',
  gender: 'unverified',
  birthPlace: 'missing',
  email: 'unverified',
  hometown: 'missing',
  address: 'missing',
};
const icons: Record<Status, string> = { verified: '✓', unverified: '!', missing: '✕' };

const Identity: FunctionComponent = () => {
  const { run } = useSim();
  const verified = run.done.includes('b3-update');
  const saved = run.done.includes('b4-save') && !run.done.includes('b5-logout');
  const linked = isLinked(run.done);
  const text = dvcqg.identity;
  // The population database fills everything but the e-mail, which stays as the user typed it.
  const statusOf = (field: Field): Status => (verified ? (field === 'email' ? 'unverified' : 'verified') : before[field]);
  return (
    <Dvcqg user>
      <p class="pm-breadcrumb">{text.breadcrumb.join(' › ')}</p>
      <div class="pm-toolbar">
        <ScreenHeading>{text.title}</ScreenHeading>
        <span class="pm-actions">
          <SimButton id="update-registry" class="pm-primary">
            {text.updateFromRegistry}
          </SimButton>
          <SimButton id="edit" class="pm-secondary">
            {text.edit}
          </SimButton>
        </span>
      </div>
      {verified && !saved && !linked && <p class="pm-success">Đã lấy thông tin từ CSDL Quốc gia về Dân cư. Bấm “{text.save}” để lưu.</p>}
      {saved && <p class="pm-success">Cập nhật thông tin thành công.</p>}
      <table class="pm-table">
        <caption class="sr-only">{text.title}</caption>
        <thead>
          <tr>
            {text.columns.map((column) => (
              <th scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(Object.entries(text.fields) as Array<[Field, string]>).map(([field, label]) => {
            const status = statusOf(field);
            return (
              <tr>
                <th scope="row">{label}</th>
                <td>{status === 'missing' ? '' : persona[field]}</td>
                <td>
                  <span class={`pm-status pm-${status}`} aria-hidden="true">
                    {icons[status]}
                  </span>
                  <span class="pm-status-text">{statusNames[status]}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="pm-legend">
        <p>{text.legendTitle}</p>
        <ul>
          {(Object.entries(text.legend) as Array<[Status, readonly [string, string]]>).map(([status, [name, meaning]]) => (
            <li>
              <span class={`pm-status pm-${status}`} aria-hidden="true">
                {icons[status]}
              </span>
              <strong>{name}</strong> {meaning}
            </li>
          ))}
        </ul>
      </div>
      <p class="pm-save">
        <SimButton id="save" class="pm-primary">
          {text.save}
        </SimButton>
      </p>
      {linked && (
        <div class="pm-linked">
          <p class="pm-linked-title">{text.linkedTitle}</p>
          <p>
            <strong>{text.linkedAccount}</strong> {persona.idNumber}
            {fake}
          </p>
          <p>{text.linkedKind}</p>
          <p>
            {text.linkedOn} {formatDate(new Date(run.finishedAt ?? Date.now()))}
          </p>
        </div>
      )}
    </Dvcqg>
  );
};

function Vneid({ children }: { children: ComponentChildren }) {
  return (
    <Browser address="vneid.gov.vn">
      <div class="pm-vneid">
        <p class="pm-vneid-brand" aria-hidden="true">
          VN<span>e</span>ID
        </p>
        {children}
      </div>
    </Browser>
  );
}

const VneidLogin: FunctionComponent = () => (
  <Vneid>
    <div class="pm-vneid-panels">
      <form class="pm-panel pm-form" onSubmit={(event) => event.preventDefault()}>
        <ScreenHeading>
          {vneid.name} – {vneid.title}
        </ScreenHeading>
        <SimField id="vneid-id" label={vneid.idLabel} />
        <SimField id="vneid-password" label={vneid.passwordLabel} secret />
        <p>
          <SimButton id="vneid-submit" class="pm-primary" submit>
            {vneid.submit}
          </SimButton>
        </p>
      </form>
      <div class="pm-panel pm-qr">
        <span class="pm-qr-code" aria-hidden="true" />
        <p>{vneid.qrPrompt}</p>
        <SimButton id="vneid-qr" class="pm-secondary">
          {controlLabels.qr}
        </SimButton>
        <p class="pm-small">(Mô phỏng: bấm nút này thay cho việc quét mã bằng điện thoại.)</p>
      </div>
    </div>
  </Vneid>
);

const VneidOtp: FunctionComponent = () => (
  <Vneid>
    <OtpForm field="vneid-otp-code" submit="vneid-otp-submit" />
  </Vneid>
);

const VneidApp: FunctionComponent = () => (
  <div class="pm-phone">
    <p class="pm-phone-bar">Ứng dụng VNeID (mô phỏng)</p>
    <ScreenHeading>Xác nhận đăng nhập</ScreenHeading>
    <p>Bạn đã quét mã QR để đăng nhập Cổng Dịch vụ công quốc gia.</p>
    <p>
      Tài khoản: {simPersona.name}
      {fake}
    </p>
    <p>
      <SimButton id="app-approve" class="pm-primary">
        {controlLabels.approve}
      </SimButton>
    </p>
  </div>
);

/** Screen components by the scenario's screen ids. */
export const screens: Record<string, FunctionComponent> = {
  home: Home,
  'login-chooser': LoginChooser,
  'portal-login': PortalLogin,
  otp: Otp,
  notice: Notice,
  'home-user': HomeUser,
  personal: Personal,
  identity: Identity,
  'vneid-login': VneidLogin,
  'vneid-otp': VneidOtp,
  'vneid-app': VneidApp,
};
