/**
 * Where the general transliteration (any-ascii) romanizes a script differently from the way sanctions lists
 * spell names from it, the list's convention, applied before any-ascii. Keys are exact strings of the source
 * script; longer keys are tried first; a value padded with spaces stands as a word of its own. Reviewed as data, one block per script.
 */
export const SCRIPT_OVERRIDES: Readonly<Record<string, string>> = {
  // Greek: lists follow ELOT 743 ("Papadopoulos"), any-ascii spells ου as "oy" and μπ/ντ letter by letter.
  ου: 'ou',
  Ου: 'Ou',
  ΟΥ: 'OU',
  ού: 'ou',
  Ού: 'Ou',
  ΟΎ: 'OU',
  Μπ: 'B',
  ΜΠ: 'B',
  Ντ: 'D',
  ΝΤ: 'D',
  γγ: 'ng',
  γκ: 'gk',
  // Ukrainian Є and Ї as the national romanization writes them at the start of a word (YEHOR, YIZHAK).
  Є: 'Ye',
  Ї: 'Yi',
  // Ukrainian ЬО after a consonant is the Russian Ё (ФЬОДОРОВ, ФЁДОРОВ), which any-ascii writes E (FEDOROV); written
  // letter for letter, it was F'ODOROV, read FODOROV.
  ЬО: 'E',
  ьо: 'e',
  // Arabic: the alif is a long A, which lists write (صدام SADDAM, عدنان ADNAN) and any-ascii leaves out; the tāʾ
  // marbūṭa ends a name in a vowel, as lists write it (حمزة HAMZA, فاطمة FATIMA), not in H.
  ا: 'a',
  ة: 'a',
  // The alif with a hamza, which any-ascii writes as a quote that splits no word and is dropped: lists write it as
  // the vowel it carries, A above (أحمد AHMAD, أنصار ANSAR) and I below (إبراهيم IBRAHIM, إسماعيل ISMAIL).
  أ: 'a',
  إ: 'i',
  // The ʿayn, which any-ascii writes as a quote that splits no word and is dropped, lists write as a vowel (عمر
  // OMAR, علاء ALAA, عسل ASAL, عواض AWAD): without it, names read as the tables' Latin words (MR a title, LA a
  // stop word, SL a legal form) and as other listed words (WAD as VAD).
  ع: 'a',
  // The ḍād, which any-ascii writes D, lists write as D, DH or Z, as they do ظ and ذ (DH): FADL, FADHIL and FAZL,
  // RAMADAN, ROMDHANE and RAMZAN (Persian and Urdu say it Z). Written DH, it reads as both (see analyseNormalized).
  ض: 'dh',
  // ʿAbd ("servant of"), which heads a compound name (عبد الرحمن, ABD AL-RAHMAN): lists write its ʿayn as A,
  // and ʿAbd Allāh as one word (written apart, it is joined like any name closed by Allāh: see transliterate).
  عبد: 'Abd',
  عبدالله: 'Abdullah',
  // Korean: syllables as lists write them (McCune–Reischauer for the DPRK), not Revised Romanization; one word
  // each, like the other syllables.
  김: ' Kim ',
  리: ' Ri ',
  이: ' Ri ',
  박: ' Pak ',
  최: ' Choe ',
  정: ' Jong ',
  강: ' Kang ',
  조: ' Jo ',
  윤: ' Yun ',
  장: ' Jang ',
  한: ' Han ',
  은: ' Un ',
  일: ' Il ',
  성: ' Song ',
};
