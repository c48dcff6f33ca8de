import type { ReviewReport } from '../../../linting/report/reviewReportTypes';
import { useAppStore } from '../../../state/hooks';
import { downloadBlob } from '../editor/downloadBlob';
import { REPORT_UI_TEXTS as U } from './texts';

/** Download the report as HTML (prints to PDF) or CSV. */
export function ReportExportButtons({ report }: { report: ReviewReport }) {
  const store = useAppStore();
  const download = (format: 'html' | 'csv') => {
    const file = store.getState().exportReviewReport(report, format);
    downloadBlob(new Blob([file.text], { type: file.mime }), file.fileName);
  };
  return (
    <>
      <span className="muted small" style={{ marginRight: 'auto' }}>{U.printHint}</span>
      <button className="btn" onClick={() => download('csv')}>{U.exportCsv}</button>
      <button className="btn primary" onClick={() => download('html')}>{U.exportHtml}</button>
    </>
  );
}
