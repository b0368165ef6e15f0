/**
 * Spans of text that typesetting leaves exactly as written, beyond what typograf already hides
 * (tags and their attributes, <code>, <pre>, <kbd>, <samp>, <var>, <script>, <style>, URLs with a scheme).
 * The typography check skips the same spans, so that the two always agree.
 */
import type { Numbers } from "./numbers.ts";

export interface ProtectedSpan {
  pattern: RegExp;
  /**
   * A quick test a text passes if it may hold such a span: the pattern is then looked for (each
   * costs a pass over the text). `numbers` tells what the text's numbers look like, if it has any.
   */
  mayHold(text: string, numbers: Numbers | undefined): boolean;
}

const IDENTIFIER_WORDS = ["concept", "n°", "nº", "no.", "No.", "réf.", "ref.", "ID"];

export const PROTECTED: ProtectedSpan[] = [
  // E-mail addresses: "nom@exemple.org".
  { pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, mayHold: (text) => text.includes("@") },
  // Addresses, whole: typograf's own pattern stops at characters such as "'" that addresses may contain.
  { pattern: /\b(?:https?|ftp|file):\/\/[^\s<>"]+/g, mayHold: (text) => text.includes("://") },
  // Addresses without a scheme: "www.coe.int/congress".
  { pattern: /\bwww\.[^\s<>"]+/g, mayHold: (text) => text.includes("www.") },
  // Phone numbers in international form: "+33 1 23 45 67 89", "+33 (0)3 88 41 20 00".
  { pattern: /\+\d[\d\s\u00A0\u202F().-]{5,}\d/g, mayHold: (_text, numbers) => numbers?.afterPlus === true },
  // Postal codes before a town ("75004 Paris", "F-67075 Strasbourg"), which digit grouping would split.
  { pattern: /\b(?:[A-Z]{1,2}-)?\d{5}(?=[\s\u00A0]+\p{Lu})/gu, mayHold: (_text, numbers) => numbers?.fiveDigits === true },
  // Identifiers: long digit runs joined to letters ("0900001680088eaa", "F-67075"), and numbers
  // named as identifiers ("concept 676011", "n° 12345"); digit grouping is for quantities.
  { pattern: /(?<![\p{L}\p{N}-])(?=[\p{L}\p{N}-]*(?:\p{L}-?\d{5}|\d{5}-?\p{L}))[\p{L}\p{N}-]+/gu, mayHold: (_text, numbers) => numbers?.fiveDigits === true },
  {
    pattern: /(?:\bconcept|n°|nº|\bno\.|\bréf\.|\bref\.|\bID)\s*\d+/giu,
    mayHold: (text, numbers) => numbers?.afterIdentifierWord === true && IDENTIFIER_WORDS.some((word) => text.includes(word)),
  },
  // Names written with a mark of their own: the Council of Europe's campaign "Dosta!".
  { pattern: /\bDosta!/g, mayHold: (text) => text.includes("Dosta!") },
];
