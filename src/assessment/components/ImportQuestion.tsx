/** "Thay dữ liệu trên máy này bằng tệp?": asked before a file replaces newer work or another person's. */
import type { ImportToConfirm } from '../file-actions';
import { t } from '../strings';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  question: ImportToConfirm;
  onReplace: () => void;
  onKeep: () => void;
}

export function ImportQuestion({ question, onReplace, onKeep }: Props) {
  return (
    <ConfirmDialog
      id="hoi-nhap-tep"
      title={t.file.confirmImportTitle}
      confirmLabel={t.file.confirmImportYes}
      cancelLabel={t.file.confirmImportNo}
      onConfirm={onReplace}
      onCancel={onKeep}
    >
      {question.reasons.map((reason) => (
        <p key={reason}>{reason}</p>
      ))}
    </ConfirmDialog>
  );
}
