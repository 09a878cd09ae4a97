import type { ListFormat, LoadResult } from '../model/loadResult.js';
import type { LoadOptions } from './loaderTypes.js';
import { loadList } from './loadList.js';

type FormatLoader = (path: string, options?: LoadOptions) => Promise<LoadResult>;

const loadAs =
  (format: ListFormat): FormatLoader =>
  (path, options = {}) =>
    loadList({ ...options, format, path });

/** Loads an OFAC SDN.XML or consolidated (non-SDN) XML file; refuses it when `Record_Count` disagrees. */
export const loadOfacXml: FormatLoader = loadAs('ofac-xml');
/** Loads an OFAC legacy CSV set: a folder with sdn.csv (or cons_prim.csv) and optional alt/add/comments files, or one sdn.csv. */
export const loadOfacCsv: FormatLoader = loadAs('ofac-csv');
/** Loads the UN Security Council consolidated list XML. */
export const loadUnXml: FormatLoader = loadAs('un-xml');
/** Loads the EU Financial Sanctions Files (FSF) XML export. */
export const loadEuXml: FormatLoader = loadAs('eu-xml');
/** Loads the UK OFSI consolidated list CSV (ConList.csv). */
export const loadUkCsv: FormatLoader = loadAs('uk-csv');
/** Loads the UK FCDO UK Sanctions List spreadsheet (ODS). */
export const loadUkOds: FormatLoader = loadAs('uk-ods');
/** Loads the UK FCDO UK Sanctions List spreadsheet (XLSX). */
export const loadUkXlsx: FormatLoader = loadAs('uk-xlsx');
/** Loads the trade.gov Consolidated Screening List CSV. */
export const loadCslCsv: FormatLoader = loadAs('csl-csv');
/** Loads the trade.gov Consolidated Screening List JSON. */
export const loadCslJson: FormatLoader = loadAs('csl-json');
/** Loads Canada's SEMA consolidated autonomous sanctions list XML. */
export const loadCanadaXml: FormatLoader = loadAs('canada-xml');
/** Loads Australia's DFAT consolidated list XLSX, folding alias rows (7209a, 7209b) into their listing. */
export const loadDfatXlsx: FormatLoader = loadAs('dfat-xlsx');
/** Loads OpenSanctions FollowTheMoney JSON lines, turning Ownership, Directorship, Family and other links into relationships. */
export const loadFtmJson: FormatLoader = loadAs('ftm-json');
/** Loads an OpenSanctions "simple CSV" export, or a team's own CSV watchlist (only a `name` column is required). */
export const loadOpenSanctionsCsv: FormatLoader = loadAs('opensanctions-csv');
/** Loads a watchlist in the project's own JSON format (see `WatchlistFileSchema`). */
export const loadWatchlistJson: FormatLoader = loadAs('watchlist-json');
