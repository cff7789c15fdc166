/** "Xóa toàn bộ dữ liệu tự đánh giá trên máy này?": the one destructive action, asked first. */
import { t } from '../strings';
import { ConfirmDialog } from './ConfirmDialog';

export function ClearQuestion({ onClear, onKeep }: { onClear: () => void; onKeep: () => void }) {
  return (
    <ConfirmDialog
      id="hoi-xoa-du-lieu"
      title={t.file.confirmClearTitle}
      confirmLabel={t.file.confirmClearYes}
      cancelLabel={t.file.confirmClearNo}
      danger
      onConfirm={onClear}
      onCancel={onKeep}
    >
      <p>{t.file.confirmClearBody}</p>
    </ConfirmDialog>
  );
}
