/**
 * Spans of text that typesetting leaves exactly as written, beyond what typograf already hides
 * (tags and their attributes, <code>, <pre>, <kbd>, <samp>, <var>, <script>, <style>, URLs with a scheme).
 * The typography check skips the same spans, so that the two always agree.
 */
export const PROTECTED: RegExp[] = [
  // E-mail addresses: "nom@exemple.org".
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Addresses, whole: typograf's own pattern stops at characters such as "'" that addresses may contain.
  /\b(?:https?|ftp|file):\/\/[^\s<>"]+/g,
  // Addresses without a scheme: "www.coe.int/congress".
  /\bwww\.[^\s<>"]+/g,
  // Phone numbers in international form: "+33 1 23 45 67 89", "+33 (0)3 88 41 20 00".
  /\+\d[\d\s\u00A0\u202F().-]{5,}\d/g,
  // Postal codes before a town ("75004 Paris", "F-67075 Strasbourg"), which digit grouping would split.
  /\b(?:[A-Z]{1,2}-)?\d{5}(?=[\s\u00A0]+\p{Lu})/gu,
  // References: "CM/Rec(2012)9", "Res(2013)4"; their digits are never grouped or spaced.
  /[\p{L}\p{N}]+(?:\/[\p{L}\p{N}().-]+)+/gu,
  /\b\p{Lu}[\p{L}]*\(\d{4}\)\d+/gu,
  // Identifiers: long digit runs joined to letters ("0900001680088eaa", "F-67075"), and numbers
  // named as identifiers ("concept 676011", "n° 12345"); digit grouping is for quantities.
  /[\p{L}\p{N}-]*(?:\p{L}-?\d{5,}|\d{5,}-?\p{L})[\p{L}\p{N}-]*/gu,
  /(?:\bconcept|n°|nº|\bno\.|\bréf\.|\bref\.|\bID)\s*\d+/giu,
  // Names written with a mark of their own: the Council of Europe's campaign "Dosta!".
  /\bDosta!/g,
];
