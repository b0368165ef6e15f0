import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { frontMatterBlock } from "./front-matter.ts";

/**
 * The line of a front matter field in its file ("image.alt" → the line of `alt:` under `image:`),
 * so that a message can send the editor there. A field that is absent points at the closest block
 * that is present ("image" for a missing "image.alt"); a missing top-level field gives no line.
 */
export function fieldLine(text: string, field: string): number | undefined {
  const block = frontMatterBlock(text);
  return block ? lineOfField(block.yaml, field, block.firstLine) : undefined;
}

/**
 * The line of a field in a YAML or JSON text (JSON is YAML) whose first line is `firstLine` of its
 * file: the line of its key, or of the closest block present when it is absent. Data files use it too.
 */
export function lineOfField(yamlText: string, field: string, firstLine = 1): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  // Walk down the field's path: each key found gives its line; the last one found is the answer.
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const key of field.split(".")) {
    let offset: number | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      node = pair?.value;
    } else if (isSeq(node) && /^\d+$/.test(key)) {
      node = node.items[Number(key)];
      offset = isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
    } else {
      node = undefined;
    }
    if (offset === undefined) break;
    line = firstLine + lineCounter.linePos(offset).line - 1;
  }
  return line;
}
