import { InputError } from '../errors.js';
import type { ListFormat } from '../model/loadResult.js';
import { canadaXmlLoader } from './canadaXml.js';
import { cslCsvLoader } from './cslCsv.js';
import { cslJsonLoader } from './cslJson.js';
import { dfatXlsxLoader } from './dfatXlsx.js';
import { euXmlLoader } from './euXml.js';
import { ftmJsonLoader } from './ftmJson.js';
import type { ListLoader } from './loaderTypes.js';
import { ofacCsvLoader } from './ofacCsv.js';
import { ofacXmlLoader } from './ofacXml.js';
import { opensanctionsCsvLoader } from './opensanctionsCsv.js';
import { ukCsvLoader } from './ukCsv.js';
import { ukOdsLoader, ukXlsxLoader } from './ukSheet.js';
import { unXmlLoader } from './unXml.js';
import { watchlistJsonLoader } from './watchlistJson.js';

/**
 * Every list format the library reads, in detection order: the most specific sniffers first, the
 * catch-all custom-list CSV last.
 */
export const LIST_LOADERS: readonly ListLoader[] = [
  ofacXmlLoader,
  unXmlLoader,
  euXmlLoader,
  canadaXmlLoader,
  ukOdsLoader,
  ukXlsxLoader,
  dfatXlsxLoader,
  watchlistJsonLoader,
  cslJsonLoader,
  ftmJsonLoader,
  ofacCsvLoader,
  cslCsvLoader,
  ukCsvLoader,
  opensanctionsCsvLoader,
];

const byFormat = new Map<ListFormat, ListLoader>(LIST_LOADERS.map((loader) => [loader.format, loader]));

/**
 * The loader for a format name.
 *
 * @throws InputError when the name is not a known format; the message lists the known ones.
 */
export function loaderFor(format: string): ListLoader {
  const loader = byFormat.get(format as ListFormat);
  if (!loader) {
    throw new InputError(
      'format',
      `unknown list format "${format}"; known formats: ${[...byFormat.keys()].join(', ')}`,
    );
  }
  return loader;
}
