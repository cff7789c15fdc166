/**
 * What both simulators draw the same way: the browser window, the national portal's frame and login
 * chooser, VNeID's frame and the phone approving a QR login. Labels come from portal-text.ts, the same
 * constants the guides' static figures print.
 */
import type { ComponentChildren } from 'preact';
import { persona } from './persona';
import { addedForPracticeNote, dvcqg, vneid } from './portal-text';
import { currentSteps } from '../engine/machine';
import { ScreenHeading, SimButton } from '../ui/controls';
import { useSim } from '../ui/context';
import './portals.css';

/** After a made-up value, so no screen shows one without saying so. */
export const fake = <span class="portal-fake"> (giả định)</span>;

export const addedForPractice = <span class="portal-fake"> ({addedForPracticeNote})</span>;

/**
 * A result code or file name such as `<số định danh>.KQ.G18.000123_Signed_….pdf`, allowed to wrap after each dot
 * or underscore, so a narrow column breaks it at its parts rather than mid-number.
 */
export function DocumentCode({ value }: { value: string }) {
  return (
    <span class="portal-code">
      {value.split(/(?<=[._])/).map((part, index) => (index === 0 ? part : [<wbr />, part]))}
    </span>
  );
}

interface PortalTableProps {
  /** Read by screen readers; the portal shows no caption. */
  caption: string;
  columns: readonly string[];
  /** Rows become cards on a narrow screen, each cell labelled with its column (cells carry `data-label`). */
  cards?: boolean;
  class?: string;
  children: ComponentChildren;
}

/** A portal's data table: the caption and column headings every table draws; the rows are the caller's. */
export function PortalTable({ caption, columns, cards = false, class: extra, children }: PortalTableProps) {
  return (
    <table class={['portal-table', cards && 'portal-cards', extra].filter(Boolean).join(' ')}>
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** `inert`: a dialog is open over the page, which then takes no input and is left out for assistive technology. */
export function Browser({
  address,
  inert = false,
  children,
}: {
  address: string;
  inert?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class="portal-browser" inert={inert}>
      {/* The same address bar on every screen drawn in a guide: left out of search. */}
      <p class="portal-bar" data-pagefind-ignore>
        <span class="portal-dots" aria-hidden="true">
          ● ● ●
        </span>
        <span class="portal-address">
          <span class="sr-only">Địa chỉ trang: </span>
          {address}
        </span>
      </p>
      {children}
    </div>
  );
}

/** The control the step due now is about: a menu is drawn open when one of its items is due. */
export function useDueTarget(): string | undefined {
  const { run, scenario } = useSim();
  return currentSteps(scenario, run)[0]?.correct[0]?.target;
}

/** The national portal's frame; `login` shows the header's "Đăng nhập" (only on the home page, so a login form has one). */
export function Dvcqg({ user, login, children }: { user?: boolean; login?: boolean; children: ComponentChildren }) {
  const due = useDueTarget();
  const menuOpen = due === 'menu-thong-tin-ca-nhan' || due === 'menu-dang-xuat';
  return (
    <Browser address={dvcqg.address}>
      <div class="portal-dvcqg">
        <div class="portal-header">
          {/* The portal's name and slogan, repeated on every figure: left out of search. */}
          <div class="portal-brand" data-pagefind-ignore>
            <span class="portal-emblem" aria-hidden="true">
              ★
            </span>
            <div>
              <p class="portal-name">{dvcqg.name}</p>
              <p class="portal-slogan">{dvcqg.slogan}</p>
            </div>
          </div>
          {user ? (
            <div class="portal-account">
              <SimButton id="account-menu" class="portal-user" expanded={menuOpen}>
                {persona.name} <span aria-hidden="true">[▼]</span>
              </SimButton>
              {menuOpen && (
                <ul class="portal-menu" aria-label="Menu tài khoản">
                  <li>
                    <SimButton id="menu-thong-tin-ca-nhan" class="portal-menu-item">
                      {dvcqg.accountMenu['thong-tin-ca-nhan']}
                    </SimButton>
                  </li>
                  <li>
                    <SimButton id="menu-dang-xuat" class="portal-menu-item">
                      {dvcqg.accountMenu['dang-xuat']}
                    </SimButton>
                  </li>
                </ul>
              )}
            </div>
          ) : (
            login && (
              <SimButton id="home-login" class="portal-login-link">
                {dvcqg.login.title}
              </SimButton>
            )
          )}
        </div>
        <div class="portal-body">{children}</div>
      </div>
    </Browser>
  );
}

/** The national portal's "Đăng nhập" page: the three kinds of account, and the system notice. */
export function LoginChooser() {
  return (
    <Dvcqg>
      <div class="portal-panel">
        <ScreenHeading>{dvcqg.login.title}</ScreenHeading>
        <p>{dvcqg.login.prompt}</p>
        <ul class="portal-kinds">
          {(['cong', 'vneid', 'buu-dien'] as const).map((kind) => (
            <li>
              <SimButton id={`kind-${kind}`} class="portal-kind">
                <span class="portal-kind-label">{dvcqg.login.kinds[kind].label}</span>
                {dvcqg.login.kinds[kind].note && <span class="portal-kind-note">{dvcqg.login.kinds[kind].note}</span>}
              </SimButton>
            </li>
          ))}
        </ul>
        <div class="portal-notice-text">
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
}

export function Vneid({ children }: { children: ComponentChildren }) {
  return (
    <Browser address="vneid.gov.vn">
      <div class="portal-vneid">
        <p class="portal-vneid-brand" aria-hidden="true">
          VN<span>e</span>ID
        </p>
        {children}
      </div>
    </Browser>
  );
}

/** The VNeID app on the learner's phone, after a QR scan: approving the login to `portal`. */
export function VneidApproval({ portal }: { portal: string }) {
  return (
    <div class="portal-phone">
      <p class="portal-phone-bar">Ứng dụng VNeID (mô phỏng)</p>
      <ScreenHeading>Xác nhận đăng nhập</ScreenHeading>
      <p>Bạn đã quét mã QR để đăng nhập {portal}.</p>
      <p>
        Tài khoản: {persona.name}
        {fake}
      </p>
      <p>
        <SimButton id="app-approve" class="portal-primary">
          {vneid.approve}
        </SimButton>
      </p>
    </div>
  );
}
