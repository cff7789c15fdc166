/** "Phù Cát, ngày 29 tháng 11 năm 2026": the day the report is printed, in Vietnam's time. */
import { formatDocumentDate } from '../../dates';

export default function ReportDate({ place }: { place: string }) {
  return (
    <span>
      {place}, {formatDocumentDate(new Date())}
    </span>
  );
}
