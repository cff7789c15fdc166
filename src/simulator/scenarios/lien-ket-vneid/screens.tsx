/**
 * The Phụ lục 1 screens, drawn from the run's state: the national portal (home, login, OTP, notice,
 * account menu, Thông tin định danh) and VNeID (login, OTP, the phone app approving a QR scan). Labels
 * come from portal-text.ts, the same constants the guide's static figures print.
 */
import type { FunctionComponent } from 'preact';
import { formatDate } from '../../../dates/index';
import { persona } from '../../portals/persona';
import { dvcqg, statusNames, vneid } from '../../portals/portal-text';
import { ScreenHeading, SimButton, SimField, SimInert } from '../../ui/controls';
import { useSim } from '../../ui/context';
import { Dvcqg, LoginChooser, PortalTable, Vneid, VneidApproval, fake, useDueTarget } from '../../portals/frames';
import { controlLabels, simPersona } from './scenario';

const services = ['Thông tin và dịch vụ', 'Thanh toán trực tuyến', 'Phản ánh kiến nghị', 'Tra cứu hồ sơ'];

function HomeBody({ linked }: { linked?: boolean }) {
  return (
    <>
      <ScreenHeading>{dvcqg.name}</ScreenHeading>
      {linked && (
        <p class="portal-success">Liên kết tài khoản thành công. Lần sau có thể đăng nhập bằng tài khoản VNeID.</p>
      )}
      <p>{dvcqg.slogan}.</p>
      <ul class="portal-tiles">
        {services.map((service) => (
          <li>
            <SimInert class="portal-tile">{service}</SimInert>
          </li>
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

const PortalLogin: FunctionComponent = () => (
  <Dvcqg>
    <form class="portal-panel portal-form" onSubmit={(event) => event.preventDefault()}>
      <ScreenHeading>{dvcqg.login.kinds.cong.label}</ScreenHeading>
      <SimField id="login-user" label="Tên đăng nhập" />
      <SimField id="login-password" label="Mật khẩu" secret />
      <p>
        <SimButton id="login-submit" class="portal-primary" submit>
          {controlLabels.homeLogin}
        </SimButton>
      </p>
    </form>
  </Dvcqg>
);

function OtpForm({ field, submit }: { field: string; submit: string }) {
  return (
    <form class="portal-panel portal-form" onSubmit={(event) => event.preventDefault()}>
      <ScreenHeading>Nhập mã xác thực OTP</ScreenHeading>
      <p>
        Mã xác thực OTP đã được gửi đến số điện thoại {persona.phone}
        {fake}.
      </p>
      <SimField id={field} label="Mã xác thực OTP" numeric />
      <p>
        <SimButton id={submit} class="portal-primary" submit>
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
    <div class="portal-dialog">
      <ScreenHeading>{dvcqg.linkNotice.title}</ScreenHeading>
      <p>{dvcqg.linkNotice.body}</p>
      <p>
        <strong>{dvcqg.linkNotice.requirementLabel}</strong> {dvcqg.linkNotice.requirement}
      </p>
      <p class="portal-actions">
        <SimButton id="notice-skip" class="portal-secondary">
          {dvcqg.linkNotice.skip}
        </SimButton>
        <SimButton id="notice-vneid" class="portal-primary">
          {dvcqg.linkNotice.loginWithVneid}
        </SimButton>
      </p>
    </div>
  </Dvcqg>
);

function SideMenu() {
  const due = useDueTarget();
  const open = due === 'side-dinh-danh';
  return (
    <ul class="portal-side">
      <li>
        <SimButton id="side-tai-khoan" class="portal-side-group" expanded={open}>
          {controlLabels.sideAccount}
        </SimButton>
        {open && (
          <ul>
            <li>
              <SimButton id="side-dinh-danh" class="portal-side-item">
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
    <p class="portal-breadcrumb">Trang chủ › {dvcqg.accountMenu['thong-tin-ca-nhan']}</p>
    <div class="portal-layout">
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
  const { run, still } = useSim();
  const verified = run.done.includes('b3-update');
  const saved = run.done.includes('b4-save') && !run.done.includes('b5-logout');
  const linked = isLinked(run.done);
  const text = dvcqg.identity;
  // The population database fills everything but the e-mail, which stays as the user typed it.
  const statusOf = (field: Field): Status =>
    verified ? (field === 'email' ? 'unverified' : 'verified') : before[field];
  return (
    <Dvcqg user>
      <p class="portal-breadcrumb">{text.breadcrumb.join(' › ')}</p>
      <div class="portal-toolbar">
        <ScreenHeading>{text.title}</ScreenHeading>
        <span class="portal-actions">
          <SimButton id="update-registry" class="portal-primary">
            {text.updateFromRegistry}
          </SimButton>
          <SimButton id="edit" class="portal-secondary">
            {text.edit}
          </SimButton>
        </span>
      </div>
      {verified && !saved && !linked && (
        <p class="portal-success">Đã lấy thông tin từ CSDL Quốc gia về Dân cư. Bấm “{text.save}” để lưu.</p>
      )}
      {saved && <p class="portal-success">Cập nhật thông tin thành công.</p>}
      <PortalTable caption={text.title} columns={text.columns}>
        {(Object.entries(text.fields) as Array<[Field, string]>).map(([field, label]) => {
          const status = statusOf(field);
          return (
            <tr>
              <th scope="row">{label}</th>
              <td>{status === 'missing' ? '' : persona[field]}</td>
              <td>
                <span class={`portal-status portal-${status}`} aria-hidden="true">
                  {icons[status]}
                </span>
                <span class="portal-status-text">{statusNames[status]}</span>
              </td>
            </tr>
          );
        })}
      </PortalTable>
      <div class="portal-legend">
        <p>{text.legendTitle}</p>
        <ul>
          {(Object.entries(text.legend) as Array<[Status, readonly [string, string]]>).map(
            ([status, [name, meaning]]) => (
              <li>
                <span class={`portal-status portal-${status}`} aria-hidden="true">
                  {icons[status]}
                </span>
                <strong>{name}</strong> {meaning}
              </li>
            ),
          )}
        </ul>
      </div>
      <p class="portal-save">
        <SimButton id="save" class="portal-primary">
          {text.save}
        </SimButton>
      </p>
      {linked && (
        <div class="portal-linked">
          <p class="portal-linked-title">{text.linkedTitle}</p>
          <p>
            <strong>{text.linkedAccount}</strong> {persona.idNumber}
            {fake}
          </p>
          <p>{text.linkedKind}</p>
          <p>
            {/* The guide's picture keeps the story's date; a run shows the day it linked. */}
            {text.linkedOn} {still ? persona.linkedOn : formatDate(new Date(run.finishedAt ?? Date.now()))}
          </p>
        </div>
      )}
    </Dvcqg>
  );
};

/** The source's "Kích hoạt" link: on the real portal it starts a first activation, which this task does not need. */
const activateNote = `“${vneid.activate}” dùng để kích hoạt tài khoản định danh điện tử lần đầu. Tài khoản VNeID trong mô phỏng đã kích hoạt: gõ số định danh và mật khẩu trong thẻ “dữ liệu giả định”, hoặc bấm “${controlLabels.qr}”.`;

const VneidLogin: FunctionComponent = () => (
  <Vneid>
    <div class="portal-vneid-panels">
      <form class="portal-panel portal-form" onSubmit={(event) => event.preventDefault()}>
        <ScreenHeading>
          {vneid.name} – {vneid.title}
        </ScreenHeading>
        <p class="portal-small">
          {vneid.activatePrompt}{' '}
          <SimInert class="portal-text-link" note={activateNote}>
            {vneid.activate}
          </SimInert>
        </p>
        <SimField id="vneid-id" label={vneid.idLabel} />
        <SimField id="vneid-password" label={vneid.passwordLabel} secret />
        <p>
          <SimButton id="vneid-submit" class="portal-primary" submit>
            {vneid.submit}
          </SimButton>
        </p>
      </form>
      <div class="portal-panel portal-qr">
        <span class="portal-qr-code" aria-hidden="true" />
        <p>{vneid.qrPrompt}</p>
        <SimButton id="vneid-qr" class="portal-secondary">
          {controlLabels.qr}
        </SimButton>
        <p class="portal-small">(Mô phỏng: bấm nút này thay cho việc quét mã bằng điện thoại.)</p>
      </div>
    </div>
  </Vneid>
);

const VneidOtp: FunctionComponent = () => (
  <Vneid>
    <OtpForm field="vneid-otp-code" submit="vneid-otp-submit" />
  </Vneid>
);

const VneidApp: FunctionComponent = () => <VneidApproval portal="Cổng Dịch vụ công quốc gia" />;

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
