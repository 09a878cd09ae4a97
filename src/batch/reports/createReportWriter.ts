import { createCsvReportWriter } from './csvReport.js';
import { createHtmlReportWriter } from './htmlReport.js';
import { createJsonlReportWriter, createJsonReportWriter } from './jsonReport.js';
import type { ReportFormat, ReportWriter } from './reportWriter.js';

/** The report writer for a format (see reportFormatOf to pick it from a file name). */
export function createReportWriter(format: ReportFormat): ReportWriter {
  switch (format) {
    case 'csv':
      return createCsvReportWriter();
    case 'json':
      return createJsonReportWriter();
    case 'jsonl':
      return createJsonlReportWriter();
    case 'html':
      return createHtmlReportWriter();
  }
}
