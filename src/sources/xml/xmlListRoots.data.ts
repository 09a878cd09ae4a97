/**
 * What a file is, judged by its XML root element (local name, namespace prefix dropped): the list it holds
 * and, when this library reads it, the format to load it as. XML loaders use it to tell a user who gave the
 * wrong file what the file really is ("that is the UN list; load it as un-xml"). Reviewed as data: add a row
 * when a new list format turns up, never an `if` in code.
 */
export const XML_LIST_ROOTS: Readonly<Record<string, { list: string; format?: string }>> = {
  sdnList: { list: 'an OFAC SDN or consolidated (non-SDN) XML list', format: 'ofac-xml' },
  CONSOLIDATED_LIST: { list: 'the UN list', format: 'un-xml' },
  export: { list: 'the EU FSF list', format: 'eu-xml' },
  'data-set': { list: 'the Canada SEMA list', format: 'canada-xml' },
  Sanctions: { list: "OFAC's advanced XML (sdn_advanced.xml), which is not supported; use SDN.XML instead" },
  'swiss-sanctions-list': { list: 'the Swiss SECO list, which is not supported' },
  ArrayOfFinancialSanctionsTarget: { list: 'the UK OFSI ConList XML, which is not supported; use the CSV' },
  Designations: { list: 'the UK Sanctions List XML, which is not supported; use the CSV or ODS' },
  html: { list: 'an HTML web page, not a list: the download probably returned an error page' },
};
